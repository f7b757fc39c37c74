/**
 * What a search reads from a ground truth, laid out once in typed arrays (searches make millions of look-ups):
 * per-run search signal (validation accuracy) and training time, means, the regret's target (mean test accuracy)
 * and for each search space the member rows, a membership mask and the best target (Eq. 11's first term).
 *
 * On the official table and the authors' subset these are the table's own metrics. The full-space run-0 table has
 * one metric, so there (decided for issue 11, stated in every verdict and chart that uses it):
 * - signal and target are both the run-0 test accuracy: a baseline search reads the very number its regret is
 *   scored on (no validation/test gap, one run: no run-to-run noise), and the regret is Eq. 11 with run-0 test
 *   accuracy in place of the mean over 3 runs;
 * - the time of a standalone training is the authors' recorded run-0 time where their subset holds the cell
 *   (exact), else the log-linear estimate of time-model.ts fitted on that subset.
 * `basis` says which of the two a universe is.
 */
import type { GroundTruth } from '../nasbench/ground-truth.js';
import { SPACE_NAMES, inSpace, type SpaceName } from '../space/spaces.js';
import { fitTimeModel, type TimeModel } from './time-model.js';

export interface SpaceMembers {
  readonly space: SpaceName;
  /** Rows of the space's cells, in row order. */
  readonly rows: Int32Array;
  /** 1 for a member row. */
  readonly mask: Uint8Array;
  /** max over the space of the mean test accuracy: Eq. 11's first term. */
  readonly bestMeanTest: number;
  /** Mean over the space of the mean training time (paper 4.3: the super-net training time estimate). */
  readonly meanTrainingTime: number;
}

/** How a full-space universe stands in for the metrics its table lacks. */
export interface FullSpaceBasis {
  readonly signal: 'run-0 test accuracy';
  readonly target: 'run-0 test accuracy';
  /** Rows whose time is the authors' recorded run-0 time, and rows whose time is the model's estimate. */
  readonly recordedTimes: number;
  readonly estimatedTimes: number;
  readonly timeModel: { readonly rSquared: number; readonly medianRelativeError: number; readonly fittedOn: string; readonly cells: number };
}

export interface SearchUniverse {
  readonly groundTruth: GroundTruth;
  /** 'table': the ground truth's own metrics; else what stands in for the full-space table's missing ones. */
  readonly basis: 'table' | FullSpaceBasis;
  readonly size: number;
  /** Run slots per row (the largest run count). */
  readonly runSlots: number;
  readonly runCount: Uint8Array;
  /** [row * runSlots + run] */
  readonly validation: Float64Array;
  readonly trainingTime: Float64Array;
  readonly meanValidation: Float64Array;
  readonly meanTest: Float64Array;
  readonly meanTrainingTime: Float64Array;
  members(space: SpaceName): SpaceMembers;
}

const universes = new WeakMap<GroundTruth, SearchUniverse>();

/**
 * One universe per ground truth per process. The full-space run-0 table needs `timeReference`, a table with
 * training times (the authors' subset), for its time axis.
 */
export function searchUniverse(groundTruth: GroundTruth, timeReference?: GroundTruth): SearchUniverse {
  let universe = universes.get(groundTruth);
  if (!universe) {
    if (groundTruth.kind !== 'full-space-run0') universe = buildUniverse(groundTruth, tableMetrics(groundTruth), 'table');
    else {
      if (!timeReference) throw new Error(`${groundTruth.source}: a search on the full-space run-0 table needs a table with training times (the authors' subset) for its time axis`);
      const { metrics, basis } = fullSpaceMetrics(groundTruth, timeReference);
      universe = buildUniverse(groundTruth, metrics, basis);
    }
    universes.set(groundTruth, universe);
  }
  return universe;
}

/** Per-row metrics a universe lays out. */
interface RowMetrics {
  runs(i: number): number;
  validation(i: number, run: number): number;
  time(i: number, run: number): number;
  meanValidation(i: number): number;
  meanTest(i: number): number;
}

function tableMetrics(gt: GroundTruth): RowMetrics {
  return {
    runs: (i) => gt.runs(i),
    validation: (i, r) => gt.validationAccuracy(i, r),
    time: (i, r) => gt.trainingTime(i, r),
    meanValidation: (i) => gt.meanValidationAccuracy(i),
    meanTest: (i) => gt.meanTestAccuracy(i),
  };
}

/** The full-space table's stand-ins (module comment): run-0 test accuracy as signal and target; recorded or estimated times. */
function fullSpaceMetrics(gt: GroundTruth, timeReference: GroundTruth): { metrics: RowMetrics; basis: FullSpaceBasis } {
  let model: TimeModel | undefined;
  const time = new Float64Array(gt.size);
  let recordedTimes = 0;
  for (let i = 0; i < gt.size; i++) {
    const row = timeReference.indexOf(gt.hash(i));
    if (row >= 0) {
      time[i] = timeReference.trainingTime(row, 0);
      recordedTimes++;
    } else {
      model ??= fitTimeModel(timeReference);
      time[i] = model.estimate(gt.cell(i));
    }
  }
  model ??= fitTimeModel(timeReference);
  const run0 = (i: number) => gt.testAccuracy(i, 0);
  return {
    metrics: { runs: () => 1, validation: run0, time: (i) => time[i], meanValidation: run0, meanTest: run0 },
    basis: {
      signal: 'run-0 test accuracy',
      target: 'run-0 test accuracy',
      recordedTimes,
      estimatedTimes: gt.size - recordedTimes,
      timeModel: { rSquared: model.fit.rSquared, medianRelativeError: model.medianRelativeError, fittedOn: model.source, cells: model.fit.n },
    },
  };
}

function buildUniverse(gt: GroundTruth, metrics: RowMetrics, basis: SearchUniverse['basis']): SearchUniverse {
  const size = gt.size;
  const runCount = new Uint8Array(size);
  let runSlots = 1;
  for (let i = 0; i < size; i++) {
    runCount[i] = metrics.runs(i);
    if (runCount[i] < 1) throw new Error(`${gt.source}: row ${i} (${gt.hash(i)}) has no run`);
    runSlots = Math.max(runSlots, runCount[i]);
  }
  const validation = new Float64Array(size * runSlots);
  const trainingTime = new Float64Array(size * runSlots);
  const meanValidation = new Float64Array(size);
  const meanTest = new Float64Array(size);
  const meanTrainingTime = new Float64Array(size);
  // Every space's mask in one pass: unpacking a cell is the costly part.
  const masks = new Map<SpaceName, Uint8Array>(SPACE_NAMES.map((s) => [s, new Uint8Array(size)]));
  for (let i = 0; i < size; i++) {
    let time = 0;
    for (let r = 0; r < runCount[i]; r++) {
      validation[i * runSlots + r] = metrics.validation(i, r);
      trainingTime[i * runSlots + r] = metrics.time(i, r);
      time += trainingTime[i * runSlots + r];
    }
    meanValidation[i] = metrics.meanValidation(i);
    meanTest[i] = metrics.meanTest(i);
    meanTrainingTime[i] = time / runCount[i];
    if (!Number.isFinite(meanValidation[i] + meanTest[i] + meanTrainingTime[i])) {
      throw new Error(`${gt.source}: row ${i} (${gt.hash(i)}) has a missing 108-epoch metric`);
    }
    const cell = gt.cell(i);
    for (const [space, mask] of masks) mask[i] = inSpace(space, cell) ? 1 : 0;
  }
  const cache = new Map<SpaceName, SpaceMembers>();
  const members = (space: SpaceName): SpaceMembers => {
    let found = cache.get(space);
    if (!found) {
      const mask = masks.get(space)!;
      const rows: number[] = [];
      let bestMeanTest = -Infinity;
      let time = 0;
      for (let i = 0; i < size; i++) {
        if (!mask[i]) continue;
        rows.push(i);
        bestMeanTest = Math.max(bestMeanTest, meanTest[i]);
        time += meanTrainingTime[i];
      }
      if (rows.length === 0) throw new Error(`${gt.source}: no cell of space ${space}`);
      found = { space, rows: Int32Array.from(rows), mask, bestMeanTest, meanTrainingTime: time / rows.length };
      cache.set(space, found);
    }
    return found;
  };
  return { groundTruth: gt, basis, size, runSlots, runCount, validation, trainingTime, meanValidation, meanTest, meanTrainingTime, members };
}
