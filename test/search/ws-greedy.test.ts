/**
 * GS_ws with a super-net that scores cells in batches (ws-greedy.ts) against the synchronous GS_ws of runs.ts on the
 * same proxies: the same visits, a cache that scores each cell once per super-net, and a search study that takes the
 * recorded visits for GS_ws and gives the same runs.
 */
import { describe, expect, it } from 'vitest';
import type { WsScorer } from '../../src/search/proxy.js';
import { wsRun } from '../../src/search/runs.js';
import { greedySearch } from '../../src/search/algorithms.js';
import { neighbourGraphOf } from '../../src/search/neighbour-graph.js';
import { derivedRandom } from '../../src/random.js';
import { runSearchStudy } from '../../src/search/study.js';
import { searchUniverse } from '../../src/search/universe.js';
import { CachedSupernetScorer, greedyWsSearch, type RecordedWsSearch, type SupernetScorer } from '../../src/search/ws-greedy.js';
import { cellHash } from '../../src/space/hash.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

const gt = fakeGroundTruth({ maxVertices: 5 });
const universe = searchUniverse(gt);
// A proxy that ranks like the truth with a per-cell distortion (as test/search/study.test.ts's fake super-net).
const proxyOf = (hash: string) => gt.meanValidationAccuracy(gt.indexOf(hash)) + 0.02 * ((parseInt(hash.slice(0, 6), 16) % 1000) / 1000);
const syncScorer: WsScorer = { label: 'fake super-net', score: (_cell, hash) => proxyOf(hash) };
let batches = 0;
const batchScorer: SupernetScorer = {
  label: 'fake super-net',
  scoreCells: async (cells) => {
    batches++;
    return cells.map((c) => proxyOf(cellHash(c)));
  },
};

describe('GS_ws with a batch scorer', () => {
  it('visits what the synchronous GS_ws visits, scoring each neighbourhood as one batch', async () => {
    const scorer = new CachedSupernetScorer(batchScorer);
    const recorded = await greedyWsSearch({ universe, space: 'A2', scorer, evaluations: 80, seed: 4, run: 1 });
    const sync = wsRun({ universe, space: 'A2', algorithm: 'GS', evaluations: 80, seed: 4, run: 1, scorer: syncScorer, supernetTrainingTime: 0, proxyEvaluationTime: 4 });
    expect(recorded.visits.length).toBe(80);
    expect(sync.proxyEvaluations).toBe(80);
    // Fewer batches than cells: a neighbourhood is scored at once.
    expect(batches).toBeLessThan(80);
    // The same seeded stream as runs.ts's GS_ws run 1 on A2.
    const expected = greedySearch(universe.members('A2'), neighbourGraphOf(gt), 80, derivedRandom(4, 'search/A2/GS_ws/1'), (row) => proxyOf(gt.hash(row)));
    expect(recorded.visits.map((v) => gt.indexOf(v.hash))).toEqual([...expected]);
    expect(recorded.visits.map((v) => gt.indexOf(v.hash))).toContain(sync.oneShotRow);
  });

  it('scores a cell once per super-net across the runs that share it', async () => {
    const scorer = new CachedSupernetScorer(batchScorer);
    const runs = await Promise.all([0, 1, 2].map((run) => greedyWsSearch({ universe, space: 'A2', scorer, evaluations: 60, seed: 4, run })));
    const distinct = new Set(runs.flatMap((r) => r.visits.map((v) => v.hash))).size;
    expect(scorer.scored).toBe(distinct);
    expect(distinct).toBeLessThan(180);
  });

  it('feeds a search study: recorded visits give the GS_ws runs the synchronous scorer gives', async () => {
    const scorer = new CachedSupernetScorer(batchScorer);
    const recorded: RecordedWsSearch[] = [];
    for (let run = 0; run < 3; run++) recorded.push(await greedyWsSearch({ universe, space: 'A2', scorer, evaluations: 40, seed: 6, run }));
    const common = { groundTruth: gt, spaces: ['A2'] as const, baselineRuns: 4, wsRuns: 3, evaluations: 40, seed: 6 };
    const fromRecords = runSearchStudy({ ...common, recordedWsSearches: () => recorded });
    const direct = runSearchStudy({ ...common, wsScorer: () => syncScorer });
    const gsWs = (s: typeof direct) => s.perSpace[0].curves.find((c) => c.algorithm === 'GS_ws');
    expect(gsWs(fromRecords)).toEqual(gsWs(direct));
    expect(fromRecords.perSpace[0].oneShot.map((o) => o.comparison)).toEqual(['GS_ws vs RS_bs', 'GS_ws vs GS_bs', 'GS_bs vs RS_bs']);
  });
});
