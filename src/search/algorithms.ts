/**
 * The two search algorithms of the paper (4.3), over table rows and independent of what a score means:
 * random search evaluates distinct cells drawn uniformly; greedy local search hill-climbs: evaluate every
 * neighbour of the current cell, move to the best one, and restart from a random cell at a fixed point (a cell
 * whose best neighbour is itself). Both stop at the evaluation budget, or when the domain has no cell left.
 * Each distinct cell is evaluated once per run; a climb that meets it again reuses its score.
 */
import { randomInt, type Random } from '../random.js';
import type { NeighbourGraph } from './neighbour-graph.js';

/** The cells a search may visit: rows, and a mask over all rows of the table. */
export interface SearchDomain {
  readonly rows: Int32Array;
  readonly mask: Uint8Array;
}

/** Scores a row (higher is better); called exactly once per evaluation, in evaluation order. */
export type Evaluate = (row: number) => number;

export type Algorithm = 'RS' | 'GS';

/** Per-table scratch space reused by every run (runs are sequential), so a run allocates only its result. */
class Scratch {
  readonly order: Int32Array;
  readonly stamp: Int32Array;
  readonly score: Float64Array;
  run = 0;
  constructor(size: number) {
    this.order = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.score = new Float64Array(size);
  }
}

const scratches = new Map<number, Scratch>();

function scratchFor(size: number): Scratch {
  let scratch = scratches.get(size);
  if (!scratch) {
    scratch = new Scratch(size);
    scratches.set(size, scratch);
  }
  return scratch;
}

/** Uniform draws without replacement from `rows` (lazy Fisher-Yates over a copy in `order`). */
class Draws {
  private drawn = 0;
  constructor(
    private readonly order: Int32Array,
    private readonly count: number,
    private readonly random: Random,
  ) {}

  /** Next row, or -1 when every row was drawn. */
  next(): number {
    if (this.drawn >= this.count) return -1;
    const j = this.drawn + randomInt(this.random, this.count - this.drawn);
    const row = this.order[j];
    this.order[j] = this.order[this.drawn];
    this.order[this.drawn++] = row;
    return row;
  }
}

/** Rows evaluated by random search, in order: `budget` distinct cells (fewer if the domain is smaller). */
export function randomSearch(domain: SearchDomain, budget: number, random: Random, evaluate: Evaluate): Int32Array {
  const scratch = scratchFor(domain.mask.length);
  scratch.order.set(domain.rows);
  const draws = new Draws(scratch.order, domain.rows.length, random);
  const out = new Int32Array(Math.min(budget, domain.rows.length));
  for (let k = 0; k < out.length; k++) {
    const row = draws.next();
    evaluate(row);
    out[k] = row;
  }
  return out;
}

/** Rows evaluated by greedy local search, in order (neighbourhoods from `graph`, restricted to the domain). */
export function greedySearch(
  domain: SearchDomain,
  graph: NeighbourGraph,
  budget: number,
  random: Random,
  evaluate: Evaluate,
): Int32Array {
  const scratch = scratchFor(domain.mask.length);
  const { stamp, score, order } = scratch;
  const run = ++scratch.run;
  const mask = domain.mask;
  order.set(domain.rows);
  const draws = new Draws(order, domain.rows.length, random);
  const out = new Int32Array(budget);
  let count = 0;
  const visit = (row: number): void => {
    stamp[row] = run;
    score[row] = evaluate(row);
    out[count++] = row;
  };
  while (count < budget) {
    let current = draws.next();
    while (current >= 0 && stamp[current] === run) current = draws.next();
    if (current < 0) break;
    visit(current);
    for (;;) {
      let best = current;
      const neighbours = graph.neighbours(current);
      for (let k = 0; k < neighbours.length && count < budget; k++) {
        const row = neighbours[k];
        if (!mask[row]) continue;
        if (stamp[row] !== run) visit(row);
        if (score[row] > score[best]) best = row;
      }
      if (best === current || count >= budget) break;
      current = best;
    }
  }
  return out.slice(0, count);
}
