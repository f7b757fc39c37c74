/** Percentile bootstrap interval of any statistic, seeded through the `random` passed in. */
import type { Random } from '../random.js';
import { randomInt } from '../random.js';
import type { Interval } from './interval.js';

export interface BootstrapOptions {
  readonly random: Random;
  readonly resamples?: number;
  /** Two-sided confidence level, e.g. 0.95. */
  readonly level?: number;
}

/** Linear interpolation between order statistics (numpy's default 'linear' percentile). */
function quantileSorted(sorted: readonly number[], q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

export function bootstrapInterval<T>(
  values: readonly T[],
  statistic: (sample: readonly T[]) => number,
  { random, resamples = 2000, level = 0.95 }: BootstrapOptions,
): Interval {
  if (values.length === 0) throw new Error('bootstrapInterval: no values');
  if (!(level > 0 && level < 1) || !(resamples >= 1)) throw new Error(`bootstrapInterval: level ${level}, resamples ${resamples}`);
  const estimates = new Array<number>(resamples);
  const sample = new Array<T>(values.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++) sample[i] = values[randomInt(random, values.length)];
    estimates[r] = statistic(sample);
  }
  estimates.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const low = quantileSorted(estimates, tail);
  const high = quantileSorted(estimates, 1 - tail);
  return { estimate: statistic(values), low, high, halfWidth: (high - low) / 2 };
}
