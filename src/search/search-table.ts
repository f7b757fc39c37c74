/**
 * The table a search study runs on, given the run's ground truth. The official table (complete or partial) serves
 * as it is. The authors' subset cannot host greedy search (a neighbourhood leaves it), so the study runs on the
 * embedded full-space run-0 table instead, with the subset as the time reference of its universe (universe.ts
 * says what stands in for the metrics the run-0 table lacks); the subset-vs-full-space validation
 * (universe-validation.ts) measures what that changes.
 */
import type { GroundTruth } from '../nasbench/ground-truth.js';
import { loadFullSpaceRun0 } from '../nasbench/full-space-run0.js';

export interface SearchTable {
  readonly groundTruth: GroundTruth;
  readonly timeReference?: GroundTruth;
  readonly validateOnSubset?: boolean;
}

export function searchTableFor(runGroundTruth: GroundTruth): SearchTable {
  return runGroundTruth.kind === 'subset'
    ? { groundTruth: loadFullSpaceRun0(), timeReference: runGroundTruth, validateOnSubset: true }
    : { groundTruth: runGroundTruth };
}
