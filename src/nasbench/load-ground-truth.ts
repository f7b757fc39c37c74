/**
 * Loads a ground truth named by where it lies on this machine: the official table's cache (written by
 * `ws-repro bench import`) or the authors' subset. Which one a run uses is decided once, at the top (src/jobs).
 */
import { readCache } from './cache.js';
import { loadSubsetGroundTruth } from './subset.js';
import type { NasBenchTable } from './table.js';

export type GroundTruthSource = { readonly kind: 'official'; readonly cache: string } | { readonly kind: 'subset' };

/** The official table from a cache written by `ws-repro bench import`; all budgets via `budget()` / `metric()`. */
export function loadOfficialGroundTruth(cachePath: string): NasBenchTable {
  return readCache(cachePath);
}

export function loadGroundTruth(source: GroundTruthSource): NasBenchTable {
  return source.kind === 'official' ? loadOfficialGroundTruth(source.cache) : loadSubsetGroundTruth();
}
