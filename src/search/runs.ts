/**
 * One search run, the unit of work (seeded by (seed, space, algorithm, run), so runs can be spread over workers).
 * Baseline: the search reads standalone evaluations directly, time = their training times. Weight-sharing: the
 * search reads proxies; afterwards the visited cells are trained standalone in order of decreasing proxy (4.3),
 * from the time super-net training and every proxy evaluation took. A zero-cost-guided run (RS_zc, GS_zc) is a WS
 * run whose proxy is training-free: no super-net (0 s) and the proxy's own seconds per cell.
 */
import { derivedRandom } from '../random.js';
import type { SpaceName } from '../space/spaces.js';
import { greedySearch, randomSearch, type Algorithm, type Evaluate, type SearchDomain } from './algorithms.js';
import { neighbourGraphOf } from './neighbour-graph.js';
import { proxyOfRow, scorerDomain, type WsScorer } from './proxy.js';
import { regretCurve, type RegretCurve } from './regret.js';
import { StandaloneEvaluations, type BaselineScore, type StandaloneTime } from './standalone.js';
import type { SearchUniverse } from './universe.js';

export interface RunSpec {
  readonly universe: SearchUniverse;
  readonly space: SpaceName;
  readonly algorithm: Algorithm;
  readonly evaluations: number;
  readonly seed: number | string;
  readonly run: number;
  readonly baselineScore?: BaselineScore;
  readonly standaloneTime?: StandaloneTime;
}

function search(spec: RunSpec, domain: SearchDomain, label: string, evaluate: Evaluate): Int32Array {
  const random = derivedRandom(spec.seed, `search/${spec.space}/${label}/${spec.run}`);
  return spec.algorithm === 'RS'
    ? randomSearch(domain, spec.evaluations, random, evaluate)
    : greedySearch(domain, neighbourGraphOf(spec.universe.groundTruth), spec.evaluations, random, evaluate);
}

export function baselineRun(spec: RunSpec): RegretCurve {
  const { universe, space } = spec;
  const members = universe.members(space);
  const random = derivedRandom(spec.seed, `runs/${space}/${spec.algorithm}_bs/${spec.run}`);
  const standalone = new StandaloneEvaluations(
    universe,
    spec.evaluations,
    spec.baselineScore ?? 'sampled-run',
    random,
    spec.standaloneTime,
  );
  const rows = search(spec, members, `${spec.algorithm}_bs`, standalone.evaluate);
  return regretCurve(rows, standalone.scores, standalone.costs, 0, universe.meanTest, members.bestMeanTest);
}

export interface WsRunSpec extends RunSpec {
  readonly scorer: WsScorer;
  readonly supernetTrainingTime: number;
  readonly proxyEvaluationTime: number;
  /** What guides the search, naming its seeded streams: a super-net ('ws', default) or a zero-cost proxy ('zc'). */
  readonly guide?: 'ws' | 'zc';
}

export interface WsRun {
  readonly curve: RegretCurve;
  /** Proxy evaluations the search made (fewer than asked when the scorer's domain is smaller). */
  readonly proxyEvaluations: number;
  /** One-shot: the top-proxy cell's row, the time at which its standalone training ended, and its regret. */
  readonly oneShotRow: number;
  readonly oneShotTime: number;
  readonly oneShotRegret: number;
}

export function wsRun(spec: WsRunSpec): WsRun {
  const { universe, space, scorer } = spec;
  const gt = universe.groundTruth;
  const members = universe.members(space);
  const domain = scorerDomain(scorer, members, gt);
  const proxy = (row: number): number => {
    const value = proxyOfRow(scorer, gt, row);
    if (Number.isNaN(value)) throw new Error(`${scorer.label}: no proxy for cell ${gt.hash(row)} of ${space}`);
    return value;
  };
  const visited = search(spec, domain, `${spec.algorithm}_${spec.guide ?? 'ws'}`, proxy);
  return wsRunFromVisits(spec, visited, Array.from(visited, proxy));
}

/**
 * A WS run from the cells its proxy search visited (rows, in visit order) and their proxies: the visited cells are
 * trained standalone in order of decreasing proxy (equal proxies keep the visit order), from the time super-net
 * training and every proxy evaluation took.
 */
export function wsRunFromVisits(spec: Omit<WsRunSpec, 'scorer'>, visited: ArrayLike<number>, proxies: ArrayLike<number>): WsRun {
  const { universe, space } = spec;
  const members = universe.members(space);
  const order = Array.from({ length: visited.length }, (_, k) => k).sort((a, b) => proxies[b] - proxies[a] || a - b);
  const rows = Int32Array.from(order, (k) => visited[k]);
  const random = derivedRandom(spec.seed, `runs/${space}/${spec.algorithm}_${spec.guide ?? 'ws'}/${spec.run}`);
  const standalone = new StandaloneEvaluations(universe, rows.length, spec.baselineScore ?? 'sampled-run', random, spec.standaloneTime);
  rows.forEach(standalone.evaluate);
  const start = spec.supernetTrainingTime + visited.length * spec.proxyEvaluationTime;
  const curve = regretCurve(rows, standalone.scores, standalone.costs, start, universe.meanTest, members.bestMeanTest);
  return {
    curve,
    proxyEvaluations: visited.length,
    oneShotRow: rows[0],
    oneShotTime: start + standalone.costs[0],
    oneShotRegret: members.bestMeanTest - universe.meanTest[rows[0]],
  };
}
