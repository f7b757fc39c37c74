/** File-system errors that name the file: Node's EISDIR / EBADF messages do not always say which path failed. */

/** An expected failure about one file: the message starts with its path. */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly code?: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'FileError';
  }
}

const PLAIN: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of this path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EBADF: 'not a usable file',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
};

/** `error` as a FileError naming `path` (kept as is when it already is one). */
export function fileError(path: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const problem = code && PLAIN[code] ? `${PLAIN[code]} (${code})` : (error as Error)?.message ?? String(error);
  return new FileError(path, problem, code);
}

/** Run a file-system call on `path`, naming the path in whatever it throws. */
export function onFile<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw fileError(path, error);
  }
}
