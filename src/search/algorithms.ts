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
export class Scratch {
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

/**
 * Greedy local search as a coroutine: it yields the rows it wants scored next (a starting cell, or the unscored
 * neighbours of the current cell, in neighbour order, cut at the budget) and is resumed with their scores in the same
 * order; it returns the rows evaluated, in order. Driven synchronously by `greedySearch`, and asynchronously by a
 * caller whose scores come in batches (a super-net scoring a neighbourhood at once).
 */
export function* greedySteps(
  domain: SearchDomain,
  graph: NeighbourGraph,
  budget: number,
  random: Random,
  scratch: Scratch = scratchFor(domain.mask.length),
): Generator<readonly number[], Int32Array, readonly number[]> {
  const { stamp, score, order } = scratch;
  const run = ++scratch.run;
  const mask = domain.mask;
  order.set(domain.rows);
  const draws = new Draws(order, domain.rows.length, random);
  const out = new Int32Array(budget);
  let count = 0;
  const batch: number[] = [];
  const record = (scores: readonly number[]): void => {
    if (scores.length !== batch.length) throw new Error(`greedy search: ${scores.length} scores for ${batch.length} cells`);
    batch.forEach((row, k) => {
      stamp[row] = run;
      score[row] = scores[k];
      out[count++] = row;
    });
  };
  while (count < budget) {
    let current = draws.next();
    while (current >= 0 && stamp[current] === run) current = draws.next();
    if (current < 0) break;
    batch.length = 0;
    batch.push(current);
    record(yield batch);
    for (;;) {
      const neighbours = graph.neighbours(current);
      batch.length = 0;
      for (let k = 0; k < neighbours.length && count + batch.length < budget; k++) {
        const row = neighbours[k];
        if (mask[row] && stamp[row] !== run) batch.push(row);
      }
      if (batch.length > 0) record(yield batch);
      if (count >= budget) break;
      // Every neighbour in the domain is scored now; the first best wins ties.
      let best = current;
      for (let k = 0; k < neighbours.length; k++) {
        const row = neighbours[k];
        if (mask[row] && score[row] > score[best]) best = row;
      }
      if (best === current) break;
      current = best;
    }
  }
  return out.slice(0, count);
}

/** Rows evaluated by greedy local search, in order (neighbourhoods from `graph`, restricted to the domain). */
export function greedySearch(
  domain: SearchDomain,
  graph: NeighbourGraph,
  budget: number,
  random: Random,
  evaluate: Evaluate,
): Int32Array {
  const steps = greedySteps(domain, graph, budget, random);
  const scores: number[] = [];
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    scores.length = 0;
    for (const row of step.value) scores.push(evaluate(row));
    step = steps.next(scores);
  }
}

/** Scratch space of its own, for a search that may be suspended while another runs (an asynchronous driver). */
export function privateScratch(size: number): Scratch {
  return new Scratch(size);
}
