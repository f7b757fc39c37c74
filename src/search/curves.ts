/**
 * Regret curves of many runs summarised on a common time grid (log-spaced, as the paper's Fig. 2 uses log axes):
 * median and the 2.5-97.5 percentile band over runs, and the mean. A grid point before some run's first
 * evaluation ended has no value (null): the run has no cell yet.
 */
import { regretAt, type RegretCurve } from './regret.js';

export interface CurveSummary {
  readonly runs: number;
  readonly times: readonly number[];
  readonly median: readonly (number | null)[];
  readonly lower: readonly (number | null)[];
  readonly upper: readonly (number | null)[];
  readonly mean: readonly (number | null)[];
}

/** `points` times from `from` to `to`, evenly spaced on a log scale. */
export function logGrid(from: number, to: number, points: number): number[] {
  if (!(from > 0 && to >= from && points >= 2)) throw new Error(`logGrid(${from}, ${to}, ${points}): need 0 < from <= to, points >= 2`);
  const step = Math.log(to / from) / (points - 1);
  return Array.from({ length: points }, (_, k) => (k === points - 1 ? to : from * Math.exp(step * k)));
}

/** Linear-interpolation quantile of sorted values (numpy's default, "type 7"). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function summariseCurves(curves: readonly RegretCurve[], times: readonly number[]): CurveSummary {
  const median: (number | null)[] = [];
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  const mean: (number | null)[] = [];
  const values = new Float64Array(curves.length);
  for (const t of times) {
    let complete = curves.length > 0;
    let sum = 0;
    for (let k = 0; k < curves.length; k++) {
      values[k] = regretAt(curves[k], t);
      complete &&= !Number.isNaN(values[k]);
      sum += values[k];
    }
    if (!complete) {
      median.push(null);
      lower.push(null);
      upper.push(null);
      mean.push(null);
      continue;
    }
    values.sort();
    median.push(quantileSorted(values, 0.5));
    lower.push(quantileSorted(values, 0.025));
    upper.push(quantileSorted(values, 0.975));
    mean.push(sum / curves.length);
  }
  return { runs: curves.length, times: [...times], median, lower, upper, mean };
}
