import { describe, expect, it } from 'vitest';
import { derivedRandom } from '../../src/random.js';
import { regretAt, regretCurve } from '../../src/search/regret.js';
import { StandaloneEvaluations } from '../../src/search/standalone.js';
import { searchUniverse } from '../../src/search/universe.js';
import { baselineRun } from '../../src/search/runs.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

describe('regret (Eq. 11)', () => {
  it('follows the cell with the best validation score so far (hand-computed)', () => {
    // rows 0..3, mean test [0.90, 0.80, 0.95, 0.85], best of the space 0.96; validation order 0.5, 0.7, 0.6, 0.9.
    const meanTest = [0.9, 0.8, 0.95, 0.85];
    const curve = regretCurve([0, 1, 2, 3], [0.5, 0.7, 0.6, 0.9], [10, 20, 30, 40], 100, meanTest, 0.96);
    // Best-validation cell after each evaluation: 0, 1, 1, 3 -> regrets 0.06, 0.16, 0.16, 0.11 at 110, 130, 160, 200.
    expect([...curve.times]).toEqual([110, 130, 200]);
    expect([...curve.regrets].map((r) => +r.toFixed(10))).toEqual([0.06, 0.16, 0.11]);
    expect(curve.endTime).toBe(200);
    // Eq. 11 can rise: a better validation score picked a worse test accuracy.
    expect(curve.regrets[1]).toBeGreaterThan(curve.regrets[0]);
    expect(regretAt(curve, 109)).toBeNaN();
    expect(regretAt(curve, 110)).toBeCloseTo(0.06, 12);
    expect(regretAt(curve, 159)).toBeCloseTo(0.16, 12);
    expect(regretAt(curve, 1e9)).toBeCloseTo(0.11, 12);
  });

  it('never increases when validation ranks cells as test does (mean scores), and reaches 0 on the whole space', () => {
    const gt = fakeGroundTruth({ maxVertices: 5 });
    const universe = searchUniverse(gt);
    for (const algorithm of ['RS', 'GS'] as const) {
      const curve = baselineRun({ universe, space: 'A2', algorithm, evaluations: 100_000, seed: 3, run: 0, baselineScore: 'mean' });
      for (let k = 1; k < curve.regrets.length; k++) expect(curve.regrets[k]).toBeLessThan(curve.regrets[k - 1]);
      expect(curve.regrets[curve.regrets.length - 1]).toBe(0);
      expect(curve.evaluations).toBe(universe.members('A2').rows.length);
    }
  });
});

describe('standalone evaluations', () => {
  const gt = fakeGroundTruth({ maxVertices: 4 });
  const universe = searchUniverse(gt);

  it('reads one sampled run (value and its training time) or the means', () => {
    const sampled = new StandaloneEvaluations(universe, 200, 'sampled-run', derivedRandom(1, 'runs'));
    const runsSeen = new Set<number>();
    for (let k = 0; k < 200; k++) {
      const row = k % gt.size;
      const score = sampled.evaluate(row);
      const run = [0, 1, 2].find((r) => gt.validationAccuracy(row, r) === score && gt.trainingTime(row, r) === sampled.costs[k]);
      expect(run).toBeDefined();
      runsSeen.add(run!);
    }
    expect(runsSeen.size).toBe(3);
    const mean = new StandaloneEvaluations(universe, 1, 'mean', derivedRandom(1, 'runs'), (row) => 7 * row);
    expect(mean.evaluate(2)).toBe(gt.meanValidationAccuracy(2));
    expect(mean.costs[0]).toBe(14);
  });
});
