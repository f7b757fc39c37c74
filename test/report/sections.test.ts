import { describe, expect, test } from 'vitest';
import type { ReplicationResult } from '../../src/evidence/replication-result.js';
import { replicatedEntries } from '../../src/evidence/replicated-entries.js';
import { searchSection } from '../../src/report/sections/search.js';
import { runSearchStudy } from '../../src/search/study.js';
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
