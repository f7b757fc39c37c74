import { describe, expect, it } from 'vitest';
import type { WsScorer } from '../../src/search/proxy.js';
import { wsRun } from '../../src/search/runs.js';
import { runSearchStudy } from '../../src/search/study.js';
import { searchUniverse } from '../../src/search/universe.js';
import { chooseZeroCostGuide, loadZeroCostGuide, zeroCostGuide, type RecordedProxyRow } from '../../src/search/zero-cost-guide.js';
import { trainableParameters } from '../../src/space/parameters.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

const gt = fakeGroundTruth({ maxVertices: 5 });
const universe = searchUniverse(gt);

const supernet = (run: number): WsScorer => ({
  label: `fake super-net ${run % 5}`,
  score: (_cell, hash) => gt.meanValidationAccuracy(gt.indexOf(hash)) + 0.001 * (parseInt(hash.slice(0, 4), 16) % 7) * (run % 3),
});

const row = (proxy: string, network: string, spearmanWithAccuracy: number, secondsPerCell = 0.001): RecordedProxyRow => ({
  proxy,
  network,
  init: 'naslib',
  cells: 500,
  spearmanWithAccuracy,
  secondsPerCell,
});

describe('the zero-cost guide', () => {
  it('is the best recorded proxy computable without a network, with the best of all beside it', () => {
    const rows = [row('params', 'nasbench', 0.70, 0.002), row('flops', 'nasbench', 0.72, 0.001), row('synflow', 'nasbench', 0.8, 4), row('params', 'smoke', 0.9)];
    const choice = chooseZeroCostGuide(rows, 'rows');
    expect([choice.proxy, choice.spearmanWithAccuracy, choice.secondsPerCell, choice.network]).toEqual(['flops', 0.72, 0.001, 'nasbench']);
    expect(choice.bestRecorded).toEqual({ proxy: 'params', network: 'smoke', spearmanWithAccuracy: 0.9 });
    expect(() => chooseZeroCostGuide([row('synflow', 'nasbench', 0.8)], 'rows')).toThrow(/rows: no params or flops row/);
  });

  it('is the parameter count on the recorded comparison (params 0.7161 > flops 0.7146, results/zero-cost-naslib.json)', () => {
    const { choice, scorer } = loadZeroCostGuide();
    expect(choice.proxy).toBe('params');
    expect(choice.spearmanWithAccuracy).toBe(0.7161);
    expect(choice.secondsPerCell).toBeLessThan(0.01);
    const cell = gt.cell(0);
    // NASLib reports params in millions of NAS-Bench-101's trainable parameters (128 filters).
    expect(scorer.score(cell, gt.hash(0))).toBe(trainableParameters(cell) / 1e6);
  });
});

describe('zero-cost-guided search', () => {
  const secondsPerCell = 0.5;
  const guide = zeroCostGuide({ ...chooseZeroCostGuide([row('params', 'nasbench', 0.7, secondsPerCell)], 'test rows') });
  const options = {
    groundTruth: gt,
    spaces: ['A2'] as const,
    baselineRuns: 10,
    wsRuns: 6,
    evaluations: 40,
    seed: 3,
    baselineScore: 'mean' as const,
    wsScorer: (_space: string, run: number) => supernet(run),
  };
  const study = runSearchStudy({ ...options, zeroCostGuide: guide });
  const space = study.perSpace[0];

  it('is repeatable for a seed, runs as many runs as WS, and records its guide', () => {
    expect(runSearchStudy({ ...options, zeroCostGuide: guide })).toEqual(study);
    expect(space.curves.map((c) => [c.algorithm, c.runs])).toEqual([
      ['RS_bs', 10],
      ['GS_bs', 10],
      ['RS_ws', 6],
      ['GS_ws', 6],
      ['RS_zc', 6],
      ['GS_zc', 6],
    ]);
    expect(study.settings.zeroCostGuide?.proxy).toBe('params');
  });

  it("starts at the proxy's cost and includes each verification's standalone training in the time axis", () => {
    // The study's RS_zc runs, recomputed: 40 proxy evaluations x 0.5 s, no super-net, then the top-proxy cell's
    // standalone training (its mean time: 'mean' scores) ends the one-shot.
    const runs = Array.from({ length: 6 }, (_, run) =>
      wsRun({ universe, space: 'A2', algorithm: 'RS', evaluations: 40, seed: 3, run, baselineScore: 'mean', scorer: guide.scorer, supernetTrainingTime: 0, proxyEvaluationTime: secondsPerCell, guide: 'zc' }),
    );
    for (const r of runs) {
      expect(r.oneShotTime).toBeCloseTo(40 * secondsPerCell + universe.meanTrainingTime[r.oneShotRow], 9);
      expect(r.curve.times[0]).toBe(r.oneShotTime);
      // Every visited cell is verified: 40 standalone trainings after the proxy search.
      expect(r.curve.evaluations).toBe(40);
    }
    const budget = space.oneShotBudgets.find((b) => b.algorithm === 'RS_zc')!;
    expect(budget.seconds).toBeCloseTo(runs.reduce((t, r) => t + r.oneShotTime, 0) / 6, 9);
    const members = universe.members('A2');
    for (const algorithm of ['RS_zc', 'GS_zc'] as const) {
      const budget = space.oneShotBudgets.find((b) => b.algorithm === algorithm)!;
      // 40 proxy evaluations x 0.5 s, no super-net; then at least one standalone training (mean times: 'mean' scores).
      const fastest = Math.min(...Array.from(members.rows, (r) => universe.meanTrainingTime[r]));
      expect(budget.seconds).toBeGreaterThanOrEqual(40 * secondsPerCell + fastest);
      const curve = space.curves.find((c) => c.algorithm === algorithm)!;
      // Every run verifies its 40 visited cells: its search time is 20 s plus 40 trainings.
      expect(curve.meanEndTime).toBeGreaterThan(20 + 40 * fastest);
    }
  });

  it('compares with RS_bs at its own one-shot budget and with the WS searches at theirs, leaving the paper parts unchanged', () => {
    const comparisons = space.oneShot.map((c) => [c.comparison, c.budgetFrom]);
    expect(comparisons).toContainEqual(['RS_zc vs RS_bs', 'RS_zc']);
    expect(comparisons).toContainEqual(['GS_zc vs RS_bs', 'GS_zc']);
    expect(comparisons).toContainEqual(['RS_ws vs RS_zc', 'RS_ws']);
    expect(comparisons).toContainEqual(['GS_ws vs GS_zc', 'GS_ws']);
    const rsZc = space.oneShot.find((c) => c.comparison === 'RS_zc vs RS_bs')!;
    const budget = space.oneShotBudgets.find((b) => b.algorithm === 'RS_zc')!;
    expect(rsZc.budgetSeconds).toBe(budget.seconds);
    expect(rsZc.meanRegretA).toBeCloseTo(100 * budget.meanRegret, 9);
    expect([rsZc.nA, rsZc.nB]).toEqual([6, 10]);
    const equalCompute = space.oneShot.find((c) => c.comparison === 'RS_ws vs RS_zc')!;
    expect(equalCompute.budgetSeconds).toBe(space.oneShotBudgets.find((b) => b.algorithm === 'RS_ws')!.seconds);
    // Without the guide the paper's comparisons and C17's late ones are the same.
    const without = runSearchStudy(options).perSpace[0];
    expect(space.late).toEqual(without.late);
    expect(space.oneShot.filter((c) => !c.comparison.includes('_zc'))).toEqual(without.oneShot);
  });
});
