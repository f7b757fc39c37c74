/**
 * The 108-epoch view of NAS-Bench-101 that the paper's claims use: the official table (imported from the user's
 * .tfrecord by `ws-repro bench import`) or the authors' subset of 151,644 cells. Every consumer reports `kind` and
 * `source` of the one it used.
 */
import type { Cell } from '../space/cell.js';

/** Rows are 0..size-1. */
export interface GroundTruth {
  /** 'partial': a table in the official format that lacks cells, runs or budgets of the official file. */
  readonly kind: 'official' | 'partial' | 'subset';
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
