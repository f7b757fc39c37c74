/** Where a result came from: the code's commit and checksums of the data it read. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

/** The git commit of the working tree, with "+dirty" when it has uncommitted changes; "unknown" outside git. */
export function codeCommit(cwd = process.cwd()): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    return 'unknown';
  }
}

/** sha256 of a file, streamed (the official NAS-Bench-101 file is 0.5-2 GB). */
export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', (error) => reject(new Error(`${path}: ${error.message}`)))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * A location as a report may show it: repository-relative inside the checkout, else the file name alone (a cache
 * folder or a download directory says nothing about the data; its checksum does). Absolute paths inside a longer
 * text (e.g. "/home/u/.cache/nasbench.bin (sha256:...)") are rewritten the same way.
 */
export function portablePath(text: string, root = process.cwd()): string {
  return text.replace(/(^|[\s('"=])(\/[^\s()'",;]+)/g, (_m, before: string, path: string) => {
    const inside = path === root ? '.' : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : basename(path);
    return `${before}${inside}`;
  });
}
