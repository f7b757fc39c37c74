/**
 * Which NAS-Bench-101 ground truth a consumer uses: the official table (imported from the user's .tfrecord by
 * `ws-repro bench import`) or, when none was imported, the authors' subset of 151,644 cells. Every consumer
 * reports `kind` and `source` of the one it used.
 */
import { existsSync } from 'node:fs';
import type { Cell } from '../space/cell.js';
import { defaultCachePath, readCache } from './cache.js';
import { loadSubsetGroundTruth } from './subset.js';
import type { NasBenchTable } from './table.js';

/** The 108-epoch view of NAS-Bench-101 that the paper's claims use; rows are 0..size-1. */
export interface GroundTruth {
  readonly kind: 'official' | 'subset';
  /** File path and sha256 of the official file, or the authors' data file. */
  readonly source: string;
  /** Number of distinct cells. */
  readonly size: number;
  /** Row of an official module hash; -1 when absent. */
  indexOf(hash: string): number;
  hash(i: number): string;
  /** The pruned cell. */
  cell(i: number): Cell;
  /** Runs at 108 epochs (3). */
  runs(i: number): number;
  /** End of training, 108 epochs. */
  validationAccuracy(i: number, run: number): number;
  testAccuracy(i: number, run: number): number;
  trainingTime(i: number, run: number): number;
  meanValidationAccuracy(i: number): number;
  meanTestAccuracy(i: number): number;
  trainableParameters(i: number): number;
}

export { loadSubsetGroundTruth } from './subset.js';

/** The official table from a cache written by `ws-repro bench import`; all budgets via `budget()` / `metric()`. */
export function loadOfficialGroundTruth(cachePath: string): NasBenchTable {
  return readCache(cachePath);
}

/** The official cache at the default path when the user imported one, else the authors' subset. */
export function defaultGroundTruth(cachePath = defaultCachePath()): NasBenchTable {
  return existsSync(cachePath) ? loadOfficialGroundTruth(cachePath) : loadSubsetGroundTruth();
}
