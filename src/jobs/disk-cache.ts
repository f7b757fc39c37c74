/**
 * A per-checkout disk cache for expensive, deterministic evidence (the re-analysis of the 210,000 raw rows takes
 * ~15 s, and every claim spec runs in its own process). The key hashes the input files' sizes and mtimes and every
 * source file under src/, so any code or data change recomputes. Written atomically; the first line of an entry is
 * the sha256 of the rest, checked on every read: a damaged entry is set aside (kept) and recomputed, saying so.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic-write.js';
import { setAside } from '../io/set-aside.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex as sha256 } from '../io/sha256.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
export const CACHE_DIR = fileURLToPath(new URL('../../.cache/claims/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();
}

export function cacheKey(name: string, inputFiles: readonly string[]): string {
  const hash = createHash('sha256').update(name);
  for (const file of inputFiles) {
    const { size, mtimeMs } = existsSync(file) ? statSync(file) : { size: -1, mtimeMs: -1 };
    hash.update(`${file}:${size}:${mtimeMs}`);
  }
  for (const file of sourceFiles(SRC)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}


// JSON has no NaN / Infinity; keep them so a cached value equals a fresh one.
const NON_FINITE = '__nonFinite';
const replacer = (_: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { [NON_FINITE]: String(v) } : v);
const reviver = (_: string, v: unknown) =>
  v !== null && typeof v === 'object' && NON_FINITE in v ? Number((v as Record<string, string>)[NON_FINITE]) : v;

/** The cached value for (name, input files (absent ones count as absent), sources), or compute, store and return it. */
export function cachedJson<T>(name: string, inputFiles: readonly string[], compute: () => T, dir = CACHE_DIR): T {
  const file = join(dir, `${name}-${cacheKey(name, inputFiles)}.json`);
  if (existsSync(file)) {
    const entry = readFileSync(file, 'utf8');
    const newline = entry.indexOf('\n');
    const text = entry.slice(newline + 1);
    if (newline === 64 && sha256(text) === entry.slice(0, 64)) return JSON.parse(text, reviver) as T;
    process.stderr.write(`${file}: damaged cache entry (does not match its sha256); moved to ${setAside(file)}; recomputing\n`);
  }
  const value = compute();
  const text = JSON.stringify(value, replacer);
  writeFileAtomic(file, `${sha256(text)}\n${text}`);
  // Entries of this name under older keys can never be read again.
  for (const old of readdirSync(dir)) {
    if (old.startsWith(`${name}-`) && old.endsWith('.json') && join(dir, old) !== file && /^[0-9a-f]{16}\.json$/.test(old.slice(name.length + 1))) {
      rmSync(join(dir, old), { force: true });
    }
  }
  return value;
}
