/**
 * Weight-sharing greedy search (GS_ws, paper 4.3) with a super-net that can score any cell: the search climbs on
 * proxy accuracies, scoring each neighbourhood as one batch (a super-net scores cells in batches), and every cell a
 * super-net scored is kept in that super-net's cache, so the runs that share it never score a cell twice. The
 * authors' recorded evaluations (1,000 cells per super-net) cannot serve here: a neighbourhood leaves them.
 *
 * The result is a record of the visits (official hash and proxy, in visit order), independent of any table's row
 * numbering, so a replication unit can store it and a search study can turn it into a WS run on its universe
 * (runs.ts, wsRunFromVisits).
 */
import type { Cell } from '../space/cell.js';
import type { SpaceName } from '../space/spaces.js';
import { derivedRandom } from '../random.js';
import { greedySteps, privateScratch } from './algorithms.js';
import { neighbourGraphOf } from './neighbour-graph.js';
import type { SearchUniverse } from './universe.js';

/** A trained super-net as a scorer: proxy accuracies of cells, in order, computed in one batch. */
export interface SupernetScorer {
  /** Names the super-net (e.g. "ws-repro A4/baseline/0 bns-ft"). */
  readonly label: string;
  scoreCells(cells: readonly Cell[]): Promise<readonly number[]>;
}

/**
 * A super-net scorer that scores each cell (by official hash) once; the cache lives as long as the scorer. Runs
 * sharing it may be in flight together: a cell being scored is awaited, not scored again.
 */
export class CachedSupernetScorer {
  private readonly cache = new Map<string, Promise<number>>();
  /** Cells scored by the super-net so far. */
  scored = 0;

  constructor(readonly scorer: SupernetScorer) {}

  get label(): string {
    return this.scorer.label;
  }

  scores(cells: readonly Cell[], hashes: readonly string[]): Promise<number[]> {
    const missing = hashes.map((_, k) => k).filter((k) => !this.cache.has(hashes[k]));
    if (missing.length > 0) {
      const batch = this.scorer.scoreCells(missing.map((k) => cells[k])).then((fresh) => {
        if (fresh.length !== missing.length) throw new Error(`${this.label}: ${fresh.length} proxies for ${missing.length} cells`);
        return fresh;
      });
      missing.forEach((k, j) => this.cache.set(hashes[k], batch.then((fresh) => fresh[j])));
      this.scored += missing.length;
    }
    return Promise.all(hashes.map((h) => this.cache.get(h)!));
  }
}

export interface RecordedWsSearch {
  readonly algorithm: 'GS';
  readonly space: SpaceName;
  readonly run: number;
  readonly supernet: string;
  /** Visited cells in visit order: official hash and proxy accuracy. */
  readonly visits: readonly { readonly hash: string; readonly proxy: number }[];
}

export interface WsGreedyOptions {
  readonly universe: SearchUniverse;
  readonly space: SpaceName;
  readonly scorer: CachedSupernetScorer;
  readonly evaluations: number;
  readonly seed: number | string;
  readonly run: number;
}

/** One GS_ws run (seeded by (seed, space, run), as the baseline runs are). */
export async function greedyWsSearch(options: WsGreedyOptions): Promise<RecordedWsSearch> {
  const { universe, space, scorer } = options;
  const gt = universe.groundTruth;
  const members = universe.members(space);
  const random = derivedRandom(options.seed, `search/${space}/GS_ws/${options.run}`);
  const steps = greedySteps(members, neighbourGraphOf(gt), options.evaluations, random, privateScratch(gt.size));
  const visits: { hash: string; proxy: number }[] = [];
  for (let step = steps.next(); !step.done; ) {
    const hashes = step.value.map((row) => gt.hash(row));
    const proxies = await scorer.scores(step.value.map((row) => gt.cell(row)), hashes);
    hashes.forEach((hash, k) => visits.push({ hash, proxy: proxies[k] }));
    step = steps.next(proxies);
  }
  return { algorithm: 'GS', space, run: options.run, supernet: scorer.label, visits };
}
