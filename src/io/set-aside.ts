/** Damaged evidence is never deleted: it is renamed beside itself so a person can look at it, and recomputed. */
import { renameSync } from 'node:fs';
import { onFile } from './file-error.js';

/** Rename `path` to `<path>.damaged-<UTC timestamp>` and return the new name. */
export function setAside(path: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.damaged-${stamp}`;
  onFile(path, () => renameSync(path, target));
  return target;
}
