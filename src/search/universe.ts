/**
 * What a search reads from a ground truth, laid out once in typed arrays (searches make millions of look-ups):
 * per-run validation accuracy and training time, means, and for each search space the member rows, a membership
 * mask and the best mean test accuracy (the regret's reference, Eq. 11).
 */
import type { GroundTruth } from '../nasbench/ground-truth.js';
import { SPACE_NAMES, inSpace, type SpaceName } from '../space/spaces.js';

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

export interface SearchUniverse {
  readonly groundTruth: GroundTruth;
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

/** One universe per ground truth per process. */
export function searchUniverse(groundTruth: GroundTruth): SearchUniverse {
  let universe = universes.get(groundTruth);
  if (!universe) {
    universe = buildUniverse(groundTruth);
    universes.set(groundTruth, universe);
  }
  return universe;
}

function buildUniverse(gt: GroundTruth): SearchUniverse {
  const size = gt.size;
  const runCount = new Uint8Array(size);
  let runSlots = 1;
  for (let i = 0; i < size; i++) {
    runCount[i] = gt.runs(i);
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
      validation[i * runSlots + r] = gt.validationAccuracy(i, r);
      trainingTime[i * runSlots + r] = gt.trainingTime(i, r);
      time += trainingTime[i * runSlots + r];
    }
    meanValidation[i] = gt.meanValidationAccuracy(i);
    meanTest[i] = gt.meanTestAccuracy(i);
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
  return { groundTruth: gt, size, runSlots, runCount, validation, trainingTime, meanValidation, meanTest, meanTrainingTime, members };
}
