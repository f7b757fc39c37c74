/**
 * The one way ws-repro writes a file: the bytes go to a temporary file with a unique name in the same directory,
 * then a rename puts them in place, so a reader sees the old file or the new one, never half of one. On failure the
 * temporary file is removed and the error names the destination.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileError } from './file-error.js';

export type FileContent = string | Uint8Array | readonly ArrayBufferView[];

/** Write `content` (text, bytes, or byte chunks written in order) to `path` atomically. */
export function writeFileAtomic(path: string, content: FileContent): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fileError(path, error);
  }
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx');
    const chunks = typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content instanceof Uint8Array ? [content] : content;
    for (const chunk of chunks) {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw fileError(path, error);
  }
}
