/**
 * Weight-sharing scores. A proxy scorer gives a cell's super-net accuracy (higher is better); a super-net scores
 * every cell of its space, while a recorded set of evaluations (the authors' 1,000 cells per super-net) covers
 * only its `domain`.
 */
import type { Cell } from '../space/cell.js';
import type { GroundTruth } from '../nasbench/ground-truth.js';
import type { SpaceName } from '../space/spaces.js';
import type { SearchDomain } from './algorithms.js';
import type { SpaceMembers } from './universe.js';

/** A cell's proxy accuracy; NaN when the scorer has none for it. */
export type ProxyScorer = (cell: Cell, hash: string) => number;

export interface WsScorer {
  /** Names the super-net, for reports (e.g. "authors bns-ft A1 super-net 2"). */
  readonly label: string;
  readonly score: ProxyScorer;
  /** Official hashes of the cells it scores; absent = every cell of the space. */
  readonly domain?: readonly string[];
}

/** The scorer of WS run `run` on `space` (the paper: 25 runs over 5 super-nets). */
export type WsScorerSource = (space: SpaceName, run: number) => WsScorer;

const caches = new WeakMap<GroundTruth, WeakMap<WsScorer, Map<number, number>>>();

/** The proxy of a table row through `scorer`, cached (a search reads each visited cell's proxy several times). */
export function proxyOfRow(scorer: WsScorer, groundTruth: GroundTruth, row: number): number {
  let byScorer = caches.get(groundTruth);
  if (!byScorer) {
    byScorer = new WeakMap();
    caches.set(groundTruth, byScorer);
  }
  let cache = byScorer.get(scorer);
  if (!cache) {
    cache = new Map();
    byScorer.set(scorer, cache);
  }
  let value = cache.get(row);
  if (value === undefined) {
    value = scorer.score(groundTruth.cell(row), groundTruth.hash(row));
    cache.set(row, value);
  }
  return value;
}

/** The part of a space the scorer covers: the space itself, or its domain's rows that the table holds. */
export function scorerDomain(scorer: WsScorer, members: SpaceMembers, groundTruth: GroundTruth): SearchDomain {
  if (!scorer.domain) return members;
  const mask = new Uint8Array(members.mask.length);
  const rows: number[] = [];
  for (const hash of scorer.domain) {
    const row = groundTruth.indexOf(hash);
    if (row >= 0 && members.mask[row] && !mask[row]) {
      mask[row] = 1;
      rows.push(row);
    }
  }
  rows.sort((a, b) => a - b);
  return { rows: Int32Array.from(rows), mask };
}
