/** Pearson's correlation with the p-value of its t statistic, sqrt(n - 2) r / sqrt(1 - r^2) with n - 2 df. */
import { assertFinite, mean } from './summary.js';
import { tPValue, type Alternative } from './t-p-value.js';

export interface Correlation {
  readonly r: number;
  readonly p: number;
  readonly n: number;
}

/** Throws unless x and y are paired samples of finite numbers with at least `min` pairs. */
export function assertPaired(x: readonly number[], y: readonly number[], min: number): void {
  if (x.length !== y.length) throw new Error(`paired samples differ in length: x has ${x.length}, y has ${y.length}`);
  if (x.length < min) throw new Error(`${x.length} pairs, at least ${min} needed`);
  assertFinite(x, 'x');
  assertFinite(y, 'y');
}

/** The correlation coefficient alone (two-pass); NaN when either sample is constant, as scipy. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Rounding can push |r| a hair above 1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** p-value of a correlation coefficient r on `df` degrees of freedom (n - 2, or n - 3 for a partial one); |r| = 1 gives t = ±Infinity. */
export function correlationPValue(r: number, df: number, alternative: Alternative = 'two-sided'): number {
  return tPValue((Math.sqrt(df) * r) / Math.sqrt(1 - r * r), df, alternative);
}

export function pearson(x: readonly number[], y: readonly number[], alternative: Alternative = 'two-sided'): Correlation {
  assertPaired(x, y, 3);
  const r = correlation(x, y);
  return { r, p: correlationPValue(r, x.length - 2, alternative), n: x.length };
}
