import { describe, expect, it } from 'vitest';
import type { AuthorsEvaluation } from '../../src/authors/evaluations.js';
import { cellHash } from '../../src/space/hash.js';
import { authorsScorers, failedToConverge } from '../../src/search/authors-scorer.js';
import type { WsScorer } from '../../src/search/proxy.js';
import { runSearchStudy } from '../../src/search/study.js';
import { searchUniverse } from '../../src/search/universe.js';
import { wsRun } from '../../src/search/runs.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

const gt = fakeGroundTruth({ maxVertices: 5 });
const universe = searchUniverse(gt);

/** A super-net stand-in: a proxy that ranks like the truth, with a seeded per-cell distortion. */
const supernet = (run: number): WsScorer => ({
  label: `fake super-net ${run % 5}`,
  score: (cell, hash) => {
    const row = gt.indexOf(hash);
    const wobble = (parseInt(hash.slice(0, 6), 16) % 1000) / 1000;
    return gt.meanValidationAccuracy(row) + 0.02 * wobble * (1 + (run % 5)) + 0 * cell.ops.length;
  },
});

describe('search study', () => {
  const options = {
    groundTruth: gt,
    spaces: ['A2', 'Ares'] as const,
    baselineRuns: 12,
    wsRuns: 6,
    evaluations: 60,
    seed: 5,
    wsScorer: (_space: string, run: number) => supernet(run),
  };
  const study = runSearchStudy(options);

  it('is repeatable for a seed', () => {
    expect(runSearchStudy(options)).toEqual(study);
  });

  it('runs every algorithm and comparison on the official universe', () => {
    expect(study.universe).toBe('official');
    expect(study.skipped).toEqual([]);
    for (const space of study.perSpace) {
      expect(space.curves.map((c) => c.algorithm).sort()).toEqual(['GS_bs', 'GS_ws', 'RS_bs', 'RS_ws']);
      expect(space.oneShot.map((c) => c.comparison)).toEqual([
        'RS_ws vs RS_bs',
        'GS_ws vs RS_bs',
        'RS_ws vs GS_bs',
        'GS_ws vs GS_bs',
        'GS_bs vs RS_bs',
      ]);
      expect(space.late.map((c) => c.comparison).sort()).toEqual(['GS_bs vs GS_ws', 'GS_bs vs RS_bs', 'GS_bs vs RS_ws']);
      // The late budget is the earliest end of any run: every run has its final cell by then.
      for (const late of space.late) expect(late.runsOverBudget).toBe(0);
      for (const curve of space.curves) {
        expect(curve.runs).toBe(curve.algorithm.endsWith('_ws') ? 6 : 12);
        expect(curve.times.length).toBe(60);
        curve.median.forEach((m, k) => {
          if (m === null) return;
          expect(curve.lower[k]!).toBeLessThanOrEqual(m);
          expect(curve.upper[k]!).toBeGreaterThanOrEqual(m);
          expect(m).toBeGreaterThanOrEqual(0);
        });
      }
    }
  });

  it('compares one-shot WS regrets with baseline regrets at the mean one-shot time', () => {
    const space = study.perSpace[0];
    const rsWs = space.oneShotBudgets.find((b) => b.algorithm === 'RS_ws')!;
    // Recompute RS_ws one-shot regrets from the runs themselves; the WS start time is super-net + 60 proxies x 4 s.
    const runs = Array.from({ length: 6 }, (_, run) =>
      wsRun({
        universe,
        space: 'A2',
        algorithm: 'RS',
        evaluations: 60,
        seed: 5,
        run,
        scorer: supernet(run),
        supernetTrainingTime: space.supernetTrainingTime,
        proxyEvaluationTime: 4,
      }),
    );
    expect(space.supernetTrainingTime).toBe(universe.members('A2').meanTrainingTime);
    expect(rsWs.seconds).toBeCloseTo(runs.reduce((s, r) => s + r.oneShotTime, 0) / 6, 9);
    for (const r of runs) expect(r.oneShotTime).toBeGreaterThan(space.supernetTrainingTime + 240);
    const comparison = space.oneShot.find((c) => c.comparison === 'RS_ws vs RS_bs')!;
    expect(comparison.budgetSeconds).toBe(rsWs.seconds);
    expect(comparison.meanRegretA).toBeCloseTo((100 * runs.reduce((s, r) => s + r.oneShotRegret, 0)) / 6, 9);
    expect(comparison.nA).toBe(6);
    expect(comparison.nB).toBe(12);
  });

  it('skips greedy search on the subset universe, and WS greedy search with a partial proxy', () => {
    const subset = { ...gt, kind: 'subset' as const };
    const domain = gt.cells.filter((_, i) => i % 2 === 0).map(cellHash);
    const partial = (_space: string, run: number): WsScorer => ({ ...supernet(run), domain });
    const result = runSearchStudy({ ...options, groundTruth: subset, spaces: ['A2'], wsScorer: partial });
    expect(result.universe).toBe('subset');
    expect(result.skipped[0].howToSupply).toContain('ws-repro bench import nasbench_only108.tfrecord');
    expect(result.perSpace[0].curves.map((c) => c.algorithm)).toEqual(['RS_bs', 'RS_ws']);
    expect(result.perSpace[0].oneShot.map((c) => c.comparison)).toEqual(['RS_ws vs RS_bs']);
    expect(result.perSpace[0].late).toEqual([]);
    // Without WS runs the baselines still meet at the nominal one-shot budget.
    const baselinesOnly = runSearchStudy({ ...options, spaces: ['A2'], wsScorer: undefined });
    const members = universe.members('A2');
    const [only] = baselinesOnly.perSpace[0].oneShot;
    expect(baselinesOnly.perSpace[0].oneShot.length).toBe(1);
    expect([only.comparison, only.budgetFrom]).toEqual(['GS_bs vs RS_bs', 'nominal']);
    // super-net (= mean standalone time) + 60 proxy evaluations x 4 s + one mean standalone training.
    expect(only.budgetSeconds).toBeCloseTo(2 * members.meanTrainingTime + 60 * 4, 6);
    expect(baselinesOnly.skipped.map((s) => s.reason)).toEqual(['no proxy scorer was given']);
    const official = runSearchStudy({ ...options, spaces: ['A2'], wsScorer: partial });
    expect(official.skipped.map((s) => s.what)).toEqual(['GS_ws on A2']);
    // A 10-cell domain is scored whole (60 evaluations asked): runs 0 and 5 share fake super-net 0, so they pick
    // the same cell and the 6 runs pick at most 5 distinct cells.
    const tiny = universe.members('A2').rows.slice(0, 10);
    const small = (_space: string, run: number): WsScorer => ({ ...supernet(run), domain: [...tiny].map((r) => gt.hash(r)) });
    const whole = runSearchStudy({ ...options, spaces: ['A2'], wsScorer: small }).perSpace[0];
    expect(whole.wsProxyEvaluations).toBe(10);
    expect(whole.oneShotBudgets[0].distinctCells).toBeLessThanOrEqual(5);
    expect(official.perSpace[0].wsProxyEvaluations).toBeLessThanOrEqual(Math.ceil(universe.members('A2').rows.length / 2));
  });
});

describe("the authors' recorded proxies as a scorer", () => {
  const row = (supernet: number, cell: number, proxy: number): AuthorsEvaluation => ({
    setting: 'bns-ft',
    space: 'A1',
    supernet,
    cell: gt.cells[cell],
    trainableParameters: 0,
    proxyAccuracy: proxy,
    validationAccuracy: [0, 0, 0],
    testAccuracy: [0, 0, 0],
    trainingTime: [0, 0, 0],
  });
  // Super-net 1 failed (constant proxies); 0 and 2 converged.
  const rows = [row(0, 3, 0.5), row(0, 4, 0.6), row(1, 3, 0.1), row(1, 4, 0.1), row(2, 4, 0.7), row(2, 5, 0.2)];

  it('uses the converged super-nets in turn and scores only their cells', () => {
    const source = authorsScorers(rows);
    const first = source('A1', 0);
    const second = source('A1', 1);
    expect(source('A1', 2)).toBe(first);
    expect(first.label).toBe('authors bns-ft A1 super-net 0');
    expect(second.label).toBe('authors bns-ft A1 super-net 2');
    expect(first.score(gt.cells[4], cellHash(gt.cells[4]))).toBe(0.6);
    expect(first.score(gt.cells[5], cellHash(gt.cells[5]))).toBeNaN();
    expect(second.domain).toEqual([cellHash(gt.cells[4]), cellHash(gt.cells[5])]);
    expect(() => source('A2', 0)).toThrow(/no converged bns-ft super-net for A2/);
  });

  it('detects a failed super-net: constant or chance-level proxies', () => {
    expect(failedToConverge([0.1, 0.1, 0.1])).toBe(true);
    expect(failedToConverge([0.05, 0.1, 0.09])).toBe(true);
    expect(failedToConverge([0.3, 0.5, 0.1])).toBe(false);
  });
});
