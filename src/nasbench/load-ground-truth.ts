/**
 * Loads a ground truth named by where it lies on this machine: the official table's cache (written by
 * `ws-repro bench import`) or the authors' subset. Which one a run uses is decided once, at the top (src/jobs).
 */
import { readCache } from './cache.js';
import { loadSubsetGroundTruth } from './subset.js';
import type { NasBenchTable } from './table.js';

export type GroundTruthSource = { readonly kind: 'official'; readonly cache: string } | { readonly kind: 'subset' };

const warned = new Set<string>();

/**
 * The table of a cache written by `ws-repro bench import`; all budgets via `budget()` / `metric()`. A partial table
 * (fewer cells, runs or budgets than the official file) is never taken for the official one silently: its kind says
 * 'partial', and loading it says so on stderr once per process.
 */
export function loadOfficialGroundTruth(cachePath: string): NasBenchTable {
  const table = readCache(cachePath);
  if (table.kind === 'partial' && !warned.has(cachePath)) {
    warned.add(cachePath);
    process.stderr.write(`${cachePath}: a partial NAS-Bench-101 table (${table.size} cells, budgets ${table.budgets.join(', ')}), not the official one; what is computed on it is labelled partial\n`);
  }
  return table;
}

export function loadGroundTruth(source: GroundTruthSource): NasBenchTable {
  return source.kind === 'official' ? loadOfficialGroundTruth(source.cache) : loadSubsetGroundTruth();
}
