/**
 * Golden checks on the full NAS-Bench-101 space (slow: the enumerated cell table, and the authors' subset).
 * Run with WS_REPRO_SLOW=1.
 */
import { describe, expect, it } from 'vitest';
import type { GroundTruth } from '../../src/nasbench/ground-truth.js';
import { loadAuthorsEvaluations } from '../../src/authors/evaluations.js';
import { loadSubsetGroundTruth } from '../../src/nasbench/subset.js';
import { NASBENCH_CELLS, loadCellTable } from '../../src/space/cell-table.js';
import { neighbours } from '../../src/space/neighbourhood.js';
import { SPACE_NAMES } from '../../src/space/spaces.js';
import { derivedRandom, randomInt } from '../../src/random.js';
import { authorsScorers } from '../../src/search/authors-scorer.js';
import { neighbourGraphOf } from '../../src/search/neighbour-graph.js';
import { runSearchStudy } from '../../src/search/study.js';

describe.skipIf(!process.env.WS_REPRO_SLOW)('search on the full space (slow)', () => {
  it('cellKey tells all 423,624 cells apart, and neighbour lists equal src/space/neighbourhood.ts', () => {
    const table = loadCellTable();
    // Only what the neighbour graph reads; metrics are not needed.
    const gt = { kind: 'official', source: 'cell table', size: table.size, cell: (i: number) => table.cell(i) } as GroundTruth;
    // The constructor throws if two rows share a key; the table's rows have distinct official hashes.
    const graph = neighbourGraphOf(gt);
    expect(table.size).toBe(NASBENCH_CELLS);
    const random = derivedRandom(3, 'full-space/neighbours');
    for (let k = 0; k < 300; k++) {
      const i = randomInt(random, table.size);
      const space = SPACE_NAMES[k % SPACE_NAMES.length];
      if (!table.inSpace(space, i)) continue;
      const expected = neighbours(table.cell(i), space)
        .map((nb) => table.indexOf(nb.hash))
        .filter((row) => row !== i)
        .sort((a, b) => a - b);
      const listed = [...graph.neighbours(i)].filter((row) => table.inSpace(space, row)).sort((a, b) => a - b);
      expect(listed).toEqual(expected);
    }
  });

  it("runs the random-search study on the authors' subset with their proxies, skipping greedy search", () => {
    const study = runSearchStudy({
      groundTruth: loadSubsetGroundTruth(),
      evaluations: 1000,
      wsEvaluations: 100,
      wsScorer: authorsScorers(loadAuthorsEvaluations()),
      seed: 0,
    });
    expect(study.universe).toBe('subset');
    expect(study.perSpace.map((s) => s.space)).toEqual([...SPACE_NAMES]);
    for (const space of study.perSpace) {
      expect(space.oneShot.map((c) => c.comparison)).toEqual(['RS_ws vs RS_bs']);
      expect(space.oneShot[0].nA).toBe(25);
      expect(space.oneShot[0].nB).toBe(100);
      expect(space.wsProxyEvaluations).toBe(100);
    }
    expect(study.skipped.map((s) => s.what)).toEqual([
      'GS_bs and GS_ws (greedy local search) on every space, and the comparisons that involve them',
    ]);
  }, 900_000);
});
