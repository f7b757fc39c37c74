/**
 * Per search space: how many of its cells a ground truth holds, and its best cell by run-0 test accuracy (the one
 * metric every ground truth has for the cells it holds: the full-space run-0 table for all 423,624).
 */
import { SPACE_NAMES, inSpace, type SpaceName } from '../space/spaces.js';
import type { GroundTruth, GroundTruthKind } from './ground-truth.js';

export interface SpaceBest {
  readonly cells: number;
  readonly best: { readonly hash: string; readonly testAccuracyRun0: number };
  readonly groundTruth: GroundTruthKind;
}

export function spaceBests(gt: GroundTruth): Record<SpaceName, SpaceBest> {
  const cells = new Map<SpaceName, number>(SPACE_NAMES.map((s) => [s, 0]));
  const bestRow = new Map<SpaceName, number>();
  for (let i = 0; i < gt.size; i++) {
    const cell = gt.cell(i);
    const accuracy = gt.testAccuracy(i, 0);
    if (!Number.isFinite(accuracy)) throw new Error(`${gt.source}: row ${i} (${gt.hash(i)}) has no run-0 test accuracy`);
    for (const space of SPACE_NAMES) {
      if (!inSpace(space, cell)) continue;
      cells.set(space, cells.get(space)! + 1);
      const best = bestRow.get(space);
      if (best === undefined || accuracy > gt.testAccuracy(best, 0)) bestRow.set(space, i);
    }
  }
  const out = {} as Record<SpaceName, SpaceBest>;
  for (const space of SPACE_NAMES) {
    const row = bestRow.get(space);
    if (row === undefined) throw new Error(`${gt.source}: no cell of space ${space}`);
    out[space] = { cells: cells.get(space)!, best: { hash: gt.hash(row), testAccuracyRun0: gt.testAccuracy(row, 0) }, groundTruth: gt.kind };
  }
  return out;
}
