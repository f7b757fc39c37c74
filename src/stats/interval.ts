/**
 * Confidence interval of a mean, mean ± q s / sqrt(n), with the choices that papers differ on: the quantile q
 * (normal 'z' or Student 't' with n - 1 df) and the SD denominator ('n' or 'n-1'). Having both lets a check find
 * which formula reproduces a printed table.
 */
import nquantile from '@stdlib/stats/base/dists/normal/quantile';
import tquantile from '@stdlib/stats/base/dists/t/quantile';
import { assertFinite, mean, sumOfSquares } from './summary.js';

export interface IntervalOptions {
  readonly quantile?: 'z' | 't';
  readonly denominator?: 'n' | 'n-1';
  /** Two-sided confidence level, e.g. 0.95. */
  readonly level?: number;
}

export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly halfWidth: number;
}

export function meanInterval(values: readonly number[], { quantile = 't', denominator = 'n-1', level = 0.95 }: IntervalOptions = {}): Interval {
  assertFinite(values, 'values');
  const n = values.length;
  if (n < 2) throw new Error(`meanInterval: ${n} value(s), at least 2 needed`);
  if (!(level > 0 && level < 1)) throw new Error(`meanInterval: level ${level} must lie in (0, 1)`);
  const sd = Math.sqrt(sumOfSquares(values) / (denominator === 'n' ? n : n - 1));
  const upper = 1 - (1 - level) / 2;
  const q = quantile === 'z' ? nquantile(upper, 0, 1) : tquantile(upper, n - 1);
  const estimate = mean(values);
  const halfWidth = (q * sd) / Math.sqrt(n);
  return { estimate, low: estimate - halfWidth, high: estimate + halfWidth, halfWidth };
}
