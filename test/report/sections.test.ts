import { describe, expect, test } from 'vitest';
import type { ReplicationResult } from '../../src/evidence/replication-result.js';
import { replicatedEntries } from '../../src/evidence/replicated-entries.js';
import { searchSection } from '../../src/report/sections/search.js';
import { runSearchStudy } from '../../src/search/study.js';
import { chooseZeroCostGuide, zeroCostGuide } from '../../src/search/zero-cost-guide.js';
import { fakeGroundTruth } from '../search/fake-ground-truth.js';

/** A result reduced to what the Table 3 mapping reads; the correlations are made-up inputs, not measurements. */
const result = (variant: string, supernet: number, spearmanNoFt: number, spearmanBnsFt: number, failed: string | null = null) =>
  ({ space: 'A2', variant, supernet, failed, spearmanNoFt, spearmanBnsFt, cells: [] }) as unknown as ReplicationResult;

describe('replicatedCells', () => {
  test('a baseline super-net gives no-ft and bns-ft, another variant its own setting; failed ones are counted apart', () => {
    const cells = replicatedEntries([result('baseline', 0, 0.1, 0.5), result('baseline', 1, 0.2, 0.6), result('baseline', 2, 0, 0, 'constant'), result('avg-3', 0, 0.3, 0.7)]);
    expect(cells).toEqual([
      { setting: 'no-ft', space: 'A2', values: [0.1, 0.2], failed: [2] },
      { setting: 'bns-ft', space: 'A2', values: [0.5, 0.6], failed: [2] },
      { setting: 'avg-3', space: 'A2', values: [0.7], failed: [] },
    ]);
  });

  test('an unknown variant is an error that names the result', () => {
    expect(() => replicatedEntries([result('fancy', 3, 0, 0)])).toThrow(/A2\/fancy\/3: unknown variant "fancy"/);
  });
});

describe('searchSection on the authors-subset kind of ground truth', () => {
  test('says what could not run and why, and still draws the baseline curves', async () => {
    const study = runSearchStudy({ groundTruth: fakeGroundTruth({ maxVertices: 4, kind: 'subset' }), spaces: ['A2'], baselineRuns: 5, evaluations: 20, seed: 1, gridPoints: 10 });
    const section = await searchSection(study);
    const skips = section.tables.find((t) => t.caption.startsWith('Not run'))!;
    // runSearchStudy skips greedy search (subset universe) and the WS searches (no scorer given).
    expect(skips.rows.map((r) => r[0])).toEqual([
      'GS_bs and GS_ws (greedy local search) on every space, and the comparisons that involve them',
      'RS_ws and GS_ws (weight-sharing searches) and the one-shot comparisons',
    ]);
    expect(section.tables.some((t) => t.caption.startsWith('Table 4'))).toBe(false);
    expect(section.figures.length).toBe(1);
    expect(section.figures[0].svg).toContain('RS_bs');
    expect(section.intro).toContain('2 part(s) could not run');
  });
});

describe('searchSection with zero-cost-guided searches', () => {
  test('one chart of every space for "which guide finds better cells?" and a table of the guided comparisons', async () => {
    const gt = fakeGroundTruth({ maxVertices: 5 });
    const rows = [{ proxy: 'params', network: 'nasbench', init: 'naslib', cells: 500, spearmanWithAccuracy: 0.7, secondsPerCell: 0.001 }];
    const study = runSearchStudy({
      groundTruth: gt,
      spaces: ['A2', 'Ares'],
      baselineRuns: 4,
      wsRuns: 3,
      evaluations: 20,
      seed: 2,
      gridPoints: 10,
      wsScorer: () => ({ label: 'fake super-net', score: (_cell, hash) => gt.meanValidationAccuracy(gt.indexOf(hash)) }),
      zeroCostGuide: zeroCostGuide(chooseZeroCostGuide(rows, 'test rows')),
    });
    const section = await searchSection(study);
    const guides = section.figures.filter((f) => f.title === 'For the same compute, which guide finds better cells?');
    expect(guides.length).toBe(1);
    for (const text of ['A2', 'Ares', 'RS_bs', 'RS_ws', 'GS_ws', 'RS_zc', 'GS_zc']) expect(guides[0].svg).toContain(text);
    expect(guides[0].caption).toContain('zero-cost proxy params');
    // Chart text at 12 px or more (src/report/charts.ts READABLE_TEXT).
    const sizes = [...guides[0].svg.matchAll(/font-size="(\d+(?:\.\d+)?)px"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // The paper's Fig. 2 panels keep the paper's algorithms only.
    for (const figure of section.figures.filter((f) => f.title.startsWith('Search, '))) expect(figure.svg).not.toContain('RS_zc');
    const table = section.tables.find((t) => t.caption.startsWith('Beyond the paper'))!;
    expect(table.rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(
      ['A2', 'Ares'].flatMap((space) => ['RS_zc vs RS_bs', 'GS_zc vs RS_bs', 'RS_ws vs RS_zc', 'GS_ws vs GS_zc'].map((c) => `${space} ${c}`)),
    );
  });
});
