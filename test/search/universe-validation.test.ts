/**
 * The full-space universe's stand-ins (universe.ts) and the subset-vs-full-space validation, on a small complete
 * fake space: a "full-space" table with only a run-0 test accuracy, and a "subset" holding every other cell with
 * three runs and training times.
 */
import { describe, expect, it } from 'vitest';
import type { GroundTruth } from '../../src/nasbench/ground-truth.js';
import { runSearchStudy } from '../../src/search/study.js';
import { searchUniverse } from '../../src/search/universe.js';
import { validateSpace } from '../../src/search/universe-validation.js';
import { inSpace } from '../../src/space/spaces.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

const complete = fakeGroundTruth({ maxVertices: 5 });
// Run-0 test accuracy: the fake's mean test accuracy plus a per-row offset (so it differs from the subset's mean).
const run0 = (i: number) => complete.meanTestAccuracy(i) + 0.001 * (i % 7);
const fullSpace: GroundTruth = {
  ...complete,
  kind: 'full-space-run0',
  runs: () => 1,
  validationAccuracy: () => NaN,
  testAccuracy: (i, run) => (run === 0 ? run0(i) : NaN),
  trainingTime: () => NaN,
  meanValidationAccuracy: () => NaN,
  meanTestAccuracy: () => NaN,
};
const held = Array.from({ length: complete.size }, (_, i) => i).filter((i) => i % 2 === 0);
const subset: GroundTruth = {
  ...complete,
  kind: 'subset',
  size: held.length,
  indexOf: (hash) => {
    const i = complete.indexOf(hash);
    return i >= 0 && i % 2 === 0 ? i / 2 : -1;
  },
  hash: (r) => complete.hash(held[r]),
  cell: (r) => complete.cell(held[r]),
  validationAccuracy: (r, run) => complete.validationAccuracy(held[r], run),
  testAccuracy: (r, run) => complete.validationAccuracy(held[r], run),
  trainingTime: (r, run) => complete.trainingTime(held[r], run),
  meanValidationAccuracy: (r) => complete.meanValidationAccuracy(held[r]),
  meanTestAccuracy: (r) => complete.meanTestAccuracy(held[r]),
};

describe('full-space universe', () => {
  const universe = searchUniverse(fullSpace, subset);

  it('reads run-0 test accuracy as signal and target, recorded run-0 times where the subset has them, else the model', () => {
    expect(() => searchUniverse({ ...fullSpace })).toThrow(/needs a table with training times/);
    if (universe.basis === 'table') throw new Error('expected a full-space basis');
    expect([universe.basis.recordedTimes, universe.basis.estimatedTimes]).toEqual([held.length, complete.size - held.length]);
    expect(universe.basis.timeModel.cells).toBe(held.length);
    expect(universe.basis.timeModel.rSquared).toBeGreaterThan(0);
    for (let i = 0; i < complete.size; i += 11) {
      expect([universe.runSlots, universe.validation[i], universe.meanTest[i]]).toEqual([1, run0(i), run0(i)]);
      if (i % 2 === 0) expect(universe.trainingTime[i]).toBe(complete.trainingTime(i, 0));
      // The fake's times, 1000 + 100 x vertices + U(0, 50), are within 4% of a function of the vertex count.
      else expect(Math.abs(universe.trainingTime[i] / complete.trainingTime(i, 0) - 1)).toBeLessThan(0.05);
    }
  });

  it('runs greedy search on every space, and says what stands in for the missing metrics', () => {
    const study = runSearchStudy({ groundTruth: fullSpace, timeReference: subset, spaces: ['A2'], baselineRuns: 4, evaluations: 30, seed: 2 });
    expect(study.universe).toBe('full-space-run0');
    expect(study.basis).toBe(universe.basis);
    expect(study.perSpace[0].curves.map((c) => c.algorithm)).toEqual(['RS_bs', 'GS_bs']);
    expect(study.perSpace[0].bestMeanTest).toBe(Math.max(...complete.cells.map((c, i) => (inSpace('A2', c) ? run0(i) : -1))));
  });

  it('on the subset, runs greedy search only where the caller names a space', () => {
    const study = runSearchStudy({ groundTruth: subset, spaces: ['A2', 'Ares'], greedyOnSubset: ['A2'], baselineRuns: 4, evaluations: 30, seed: 2 });
    expect(study.perSpace.map((s) => s.curves.map((c) => c.algorithm))).toEqual([['RS_bs', 'GS_bs'], ['RS_bs']]);
    expect(study.skipped[0].what).toBe('GS_bs and GS_ws (greedy local search) on Ares, and the comparisons that involve them');
  });
});

describe('subset vs full-space validation', () => {
  const common = { groundTruth: fullSpace, timeReference: subset, spaces: ['A2', 'Ares'] as const, baselineRuns: 8, evaluations: 40, seed: 3 };
  const study = runSearchStudy({ ...common, validateOnSubset: true });
  const [a2, ares] = study.perSpace.map((s) => s.validation!);
  const full = searchUniverse(fullSpace, subset);

  it('runs RS on every space and GS where asked, on both universes, with the same seeds (repeatable)', () => {
    expect(a2.rows.map((r) => r.algorithm)).toEqual(['RS_bs']);
    expect(runSearchStudy({ ...common, validateOnSubset: true }).perSpace[0].validation).toEqual(a2);
    expect(a2.rows[0].subset.cells).toBe(searchUniverse(subset).members('A2').rows.length);
    expect(a2.rows[0].fullSpace.cells).toBe(complete.cells.filter((c) => inSpace('A2', c)).length);
    expect(a2.subsetCoverage).toBeCloseTo(a2.rows[0].subset.cells / a2.rows[0].fullSpace.cells, 12);
    expect(a2.rows[0].final.difference).toBeCloseTo(a2.rows[0].fullSpace.meanFinalRegret - a2.rows[0].subset.meanFinalRegret, 12);
    // The full-space side is the study's own RS_bs runs: the same mean final regret.
    expect(a2.rows[0].fullSpace.meanFinalRegret / 100).toBeCloseTo(study.perSpace[0].curves.find((c) => c.algorithm === 'RS_bs')!.meanFinalRegret, 12);
    expect(ares.rows.length).toBe(1);
    expect(runSearchStudy(common).perSpace[0].validation).toBeUndefined();
  });

  it('judges GS_bs vs RS_bs on each universe at the one-shot budget and at the end, flagging a change', () => {
    const withGreedy = validateSpace(searchUniverse(subset), full, 'A2', { runs: 8, evaluations: 40, seed: 3, greedy: true, proxyEvaluationTime: 4 });
    expect(withGreedy.rows.map((r) => r.algorithm)).toEqual(['RS_bs', 'GS_bs']);
    expect(withGreedy.verdicts.map((v) => v.when)).toEqual(['one-shot budget', 'end of search']);
    for (const v of withGreedy.verdicts) expect(v.changes).toBe(v.subset.verdict !== v.fullSpace.verdict);
  });
});
