/**
 * Power of the two-sample t-test (equal variances, groups n1 and n2) for a true effect of Cohen's d, through the
 * non-central t distribution with df = n1 + n2 - 2 and ncp = d sqrt(n1 n2 / (n1 + n2)), as G*Power computes it;
 * and its two inverses: the group sizes needed for a power, and the smallest d detected with a power.
 */
import tquantile from '@stdlib/stats/base/dists/t/quantile';
import { noncentralTCdf } from './noncentral-t.js';

export type PowerAlternative = 'two-sided' | 'greater';

export interface PowerQuery {
  readonly d: number;
  readonly n1: number;
  readonly n2: number;
  readonly alpha?: number;
  readonly alternative?: PowerAlternative;
}

export function tTestPower({ d, n1, n2, alpha = 0.05, alternative = 'two-sided' }: PowerQuery): number {
  if (!(n1 >= 2 && n2 >= 1) || !(alpha > 0 && alpha < 1)) throw new Error(`tTestPower: n1=${n1}, n2=${n2}, alpha=${alpha} out of range`);
  const df = n1 + n2 - 2;
  const ncp = d * Math.sqrt((n1 * n2) / (n1 + n2));
  if (alternative === 'greater') return 1 - noncentralTCdf(tquantile(1 - alpha, df), df, ncp);
  const critical = tquantile(1 - alpha / 2, df);
  return 1 - noncentralTCdf(critical, df, ncp) + noncentralTCdf(-critical, df, ncp);
}

export interface RequiredNQuery {
  readonly d: number;
  readonly power?: number;
  readonly alpha?: number;
  readonly alternative?: PowerAlternative;
  /** n2 / n1, as G*Power's allocation ratio; n2 = ceil(ratio n1). */
  readonly ratio?: number;
}

export interface GroupSizes {
  readonly n1: number;
  readonly n2: number;
  readonly power: number;
}

/** Smallest n1 (and n2 = ceil(ratio n1)) whose power reaches the target; power grows with n for d != 0. */
export function requiredN({ d, power = 0.8, alpha = 0.05, alternative = 'two-sided', ratio = 1 }: RequiredNQuery): GroupSizes {
  if (d === 0 || !(power > alpha && power < 1) || !(ratio > 0)) throw new Error(`requiredN: d=${d}, power=${power}, ratio=${ratio} out of range`);
  return smallestN(power, d, (n1) => {
    // The epsilon keeps 0.1 * 30 = 3.0000000000000004 from rounding up to 4.
    const n2 = Math.max(1, Math.ceil(ratio * n1 - 1e-9));
    return { n1, n2, power: tTestPower({ d, n1, n2, alpha, alternative }) };
  });
}

/**
 * Power of the one-sample (or paired) t-test of n values whose true mean is d standard deviations from 0:
 * df = n - 1, ncp = d sqrt(n).
 */
export function oneSampleTTestPower({ d, n, alpha = 0.05, alternative = 'two-sided' }: { readonly d: number; readonly n: number; readonly alpha?: number; readonly alternative?: PowerAlternative }): number {
  if (!(n >= 2) || !(alpha > 0 && alpha < 1)) throw new Error(`oneSampleTTestPower: n=${n}, alpha=${alpha} out of range`);
  const df = n - 1;
  const ncp = d * Math.sqrt(n);
  if (alternative === 'greater') return 1 - noncentralTCdf(tquantile(1 - alpha, df), df, ncp);
  const critical = tquantile(1 - alpha / 2, df);
  return 1 - noncentralTCdf(critical, df, ncp) + noncentralTCdf(-critical, df, ncp);
}

/** Smallest n of a one-sample (paired) t-test whose power reaches the target. */
export function requiredOneSampleN({ d, power = 0.8, alpha = 0.05, alternative = 'two-sided' }: Omit<RequiredNQuery, 'ratio'>): { readonly n: number; readonly power: number } {
  if (d === 0 || !(power > alpha && power < 1)) throw new Error(`requiredOneSampleN: d=${d}, power=${power} out of range`);
  const sizes = smallestN(power, d, (n) => ({ n1: n, n2: n, power: oneSampleTTestPower({ d, n, alpha, alternative }) }));
  return { n: sizes.n1, power: sizes.power };
}

/** Bisection on n >= 2 for the smallest size whose power (growing with n) reaches the target. */
function smallestN(power: number, d: number, at: (n: number) => GroupSizes): GroupSizes {
  let low = 2;
  if (at(low).power >= power) return at(low);
  let high = 4;
  // Invariant: at(low) misses the power, at(high) reaches it.
  while (at(high).power < power) {
    low = high;
    high *= 2;
    if (high > 1e9) throw new Error(`no n up to 1e9 reaches power ${power} for d=${d}`);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (at(mid).power >= power) high = mid;
    else low = mid;
  }
  return at(high);
}

export interface DetectableDQuery {
  readonly n1: number;
  readonly n2: number;
  readonly power?: number;
  readonly alpha?: number;
  readonly alternative?: PowerAlternative;
}

/** The d > 0 at which the test reaches the target power (bisection; power grows with d > 0). */
export function detectableD({ n1, n2, power = 0.8, alpha = 0.05, alternative = 'two-sided' }: DetectableDQuery): number {
  if (!(power > alpha && power < 1)) throw new Error(`detectableD: power=${power} must lie in (alpha, 1)`);
  const at = (d: number) => tTestPower({ d, n1, n2, alpha, alternative });
  let low = 0;
  let high = 1;
  while (at(high) < power) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 60 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2;
    if (at(mid) >= power) high = mid;
    else low = mid;
  }
  return (low + high) / 2;
}
