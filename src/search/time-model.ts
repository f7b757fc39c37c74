/**
 * Standalone training time of a cell where no table records it (the full-space run-0 table has no times):
 * a log-linear model fitted on the authors' subset, log(mean 108-epoch training time over the 3 runs) against
 * log(trainable parameters), log(FLOPs), vertex count, edge count, and the numbers of 3x3 and 1x1 convolutions
 * (the max-pool count is vertices - 2 minus those two). The fit's R^2 and median relative error are reported
 * wherever its estimates are used.
 */
import { CONV1X1, CONV3X3, type Cell } from '../space/cell.js';
import { flopsOfLayers } from '../space/flops.js';
import { networkLayers, parametersOfLayers } from '../space/parameters.js';
import { leastSquares, type LinearFit } from '../stats/least-squares.js';
import type { GroundTruth } from '../nasbench/ground-truth.js';

export const TIME_FEATURES = ['log parameters', 'log FLOPs', 'vertices', 'edges', 'conv3x3', 'conv1x1'] as const;

export function timeFeatures(cell: Cell): number[] {
  let edges = 0;
  for (const row of cell.matrix) for (const x of row) edges += x;
  let conv3 = 0;
  let conv1 = 0;
  for (const op of cell.ops) {
    if (op === CONV3X3) conv3++;
    else if (op === CONV1X1) conv1++;
  }
  // One layout of the 32x32 network serves both counts (they differ only in what they sum).
  const layers = networkLayers(cell);
  return [Math.log(parametersOfLayers(layers)), Math.log(flopsOfLayers(layers)), cell.matrix.length, edges, conv3, conv1];
}

export interface TimeModel {
  readonly fit: LinearFit;
  /** Median over the fitted cells of |estimate / recorded mean time - 1|. */
  readonly medianRelativeError: number;
  /** Where it was fitted (the reference ground truth's source). */
  readonly source: string;
  /** Estimated seconds of one 108-epoch training. */
  estimate(cell: Cell): number;
}

/** Fitted on every row of `reference` (a table with training times: the authors' subset or the official table). */
export function fitTimeModel(reference: GroundTruth): TimeModel {
  const rows: number[][] = [];
  const logTimes: number[] = [];
  for (let i = 0; i < reference.size; i++) {
    let time = 0;
    const runs = reference.runs(i);
    for (let r = 0; r < runs; r++) time += reference.trainingTime(i, r);
    if (!(time > 0)) throw new Error(`${reference.source}: row ${i} (${reference.hash(i)}) has no training time`);
    rows.push(timeFeatures(reference.cell(i)));
    logTimes.push(Math.log(time / runs));
  }
  const fit = leastSquares(rows, logTimes);
  const predict = (features: readonly number[]) => Math.exp(fit.intercept + fit.coefficients.reduce((s, c, j) => s + c * features[j], 0));
  const errors = rows.map((features, i) => Math.abs(predict(features) / Math.exp(logTimes[i]) - 1)).sort((a, b) => a - b);
  return {
    fit,
    medianRelativeError: errors[Math.floor(errors.length / 2)],
    source: reference.source,
    estimate: (cell) => predict(timeFeatures(cell)),
  };
}
