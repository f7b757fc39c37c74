/**
 * Standalone evaluations as a NAS-Bench-101 user gets them: the validation accuracy of one run drawn at random
 * (the API's `query`), or the mean over the runs; each one costs a standalone training. The cost is the table's
 * training time of the run read (the mean for `mean`), unless the caller measures its own (paper 4.3 timed
 * forward and backward passes on its hardware).
 */
import { randomInt, type Random } from '../random.js';
import type { SearchUniverse } from './universe.js';

export type BaselineScore = 'sampled-run' | 'mean';

/** Seconds of one standalone training of a row, when not the table's. */
export type StandaloneTime = (row: number) => number;

export class StandaloneEvaluations {
  /** Observed validation accuracy of each evaluation, in order. */
  readonly scores: Float64Array;
  /** Seconds each evaluation cost. */
  readonly costs: Float64Array;
  count = 0;

  constructor(
    private readonly universe: SearchUniverse,
    capacity: number,
    private readonly mode: BaselineScore,
    private readonly random: Random,
    private readonly standaloneTime?: StandaloneTime,
  ) {
    this.scores = new Float64Array(capacity);
    this.costs = new Float64Array(capacity);
  }

  readonly evaluate = (row: number): number => {
    const u = this.universe;
    let score: number;
    let cost: number;
    if (this.mode === 'mean') {
      score = u.meanValidation[row];
      cost = u.meanTrainingTime[row];
    } else {
      const slot = row * u.runSlots + randomInt(this.random, u.runCount[row]);
      score = u.validation[slot];
      cost = u.trainingTime[slot];
    }
    if (this.standaloneTime) cost = this.standaloneTime(row);
    if (this.count >= this.scores.length) throw new Error(`more than ${this.scores.length} standalone evaluations`);
    this.scores[this.count] = score;
    this.costs[this.count++] = cost;
    return score;
  };
}
