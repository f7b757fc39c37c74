/**
 * The 108-epoch view of NAS-Bench-101 that the paper's claims use: the official table (imported from the user's
 * .tfrecord by `ws-repro bench import`), the authors' subset of 151,644 cells (3 runs, validation and test, times),
 * or the full-space run-0 table (every cell, run-0 test accuracy only; the metrics it lacks read NaN). Every
 * consumer reports `kind` and `source` of the one it used.
 */
import type { Cell } from '../space/cell.js';

/** 'partial': a table in the official format that lacks cells, runs or budgets of the official file (never "official"). */
export type GroundTruthKind = 'official' | 'partial' | 'subset' | 'full-space-run0';

/** Human labels that keep the three ground truths apart in every report. */
export const GROUND_TRUTH_LABELS: Readonly<Record<GroundTruthKind, string>> = {
  official: 'official NAS-Bench-101 table',
  partial: 'partial NAS-Bench-101 table (fewer cells, runs or budgets than the official file)',
  subset: "authors' subset (151,644 cells, 3 runs)",
  'full-space-run0': 'full-space run-0 table (423,624 cells, run-0 test accuracy only)',
};

/** Rows are 0..size-1. */
export interface GroundTruth {
  readonly kind: GroundTruthKind;
  /** File path and sha256 of the official file, the authors' data file or the embedded run-0 table. */
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
