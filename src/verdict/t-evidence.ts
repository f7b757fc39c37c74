/**
 * Evidence summarised as a t statistic: an estimate, its standard error and degrees of freedom, and the sample size
 * the standard error shrinks with. One-sample, paired and two-sample (pooled) evidence all reduce to this, so the
 * power-aware rules below serve every level.
 */
import tquantile from '@stdlib/stats/base/dists/t/quantile';
import { noncentralTCdf } from '../stats/noncentral-t.js';
import { pooledSd } from '../stats/ttest.js';
import { summarize } from '../stats/summary.js';

export interface TEvidence {
  readonly estimate: number;
  readonly standardError: number;
  readonly df: number;
  /** Sample size (runs, super-nets, pairs); the standard error scales as 1/sqrt(n) when it grows. */
  readonly n: number;
  /** What n counts, for the report ("super-nets", "runs per group" ...). */
  readonly unit: string;
}

/** Mean of a sample (e.g. paired differences) with its standard error, df = n - 1. */
export function sampleEvidence(values: readonly number[], unit: string): TEvidence {
  const s = summarize(values, unit);
  return { estimate: s.mean, standardError: s.sd / Math.sqrt(s.n), df: s.n - 1, n: s.n, unit };
}

/** Difference of means a - b with Student's pooled standard error, df = n1 + n2 - 2; n is the smaller group. */
export function twoSampleEvidence(a: readonly number[], b: readonly number[], unit: string): TEvidence {
  const sa = summarize(a, `${unit} (a)`);
  const sb = summarize(b, `${unit} (b)`);
  return {
    estimate: sa.mean - sb.mean,
    standardError: pooledSd(sa, sb) * Math.sqrt(1 / sa.n + 1 / sb.n),
    df: sa.n + sb.n - 2,
    n: Math.min(sa.n, sb.n),
    unit,
  };
}

/** The same evidence with n' samples instead of n: SE scaled by sqrt(n / n'), df shifted by n' - n. */
export function scaledEvidence(e: TEvidence, n: number): TEvidence {
  return { ...e, n, df: e.df + (n - e.n), standardError: e.standardError * Math.sqrt(e.n / n) };
}

/** Power of the one-sided test "estimate > 0" at level alpha when the true value is `effect` (> 0). */
export function oneSidedPower(e: TEvidence, effect: number, alpha: number): number {
  const critical = tquantile(1 - alpha, e.df);
  return 1 - noncentralTCdf(critical, e.df, effect / e.standardError);
}

/**
 * Power of TOST (both one-sided tests at alpha) with margin m when the true value is 0, in the usual shifted
 * central-t approximation: P(|T| < m/SE - t_{1-alpha}) = 2 F(m/SE - t_{1-alpha}) - 1, floored at 0.
 */
export function equivalencePower(e: TEvidence, margin: number, alpha: number): number {
  const room = margin / e.standardError - tquantile(1 - alpha, e.df);
  return room <= 0 ? 0 : Math.max(0, 1 - 2 * noncentralTCdf(-room, e.df, 0));
}

/** Smallest n (>= the evidence's) at which `power(n)` reaches `target`, or undefined beyond 1e7. */
export function nForPower(e: TEvidence, power: (scaled: TEvidence) => number, target = 0.8): number | undefined {
  const at = (n: number) => power(scaledEvidence(e, n));
  if (at(e.n) >= target) return e.n;
  let low = e.n;
  let high = Math.max(2 * e.n, e.n + 1);
  while (at(high) < target) {
    low = high;
    high *= 2;
    if (high > 1e7) return undefined;
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (at(mid) >= target) high = mid;
    else low = mid;
  }
  return high;
}

/** Two-sided (1 - 2 alpha) interval, the one TOST and a one-sided test at alpha read. */
export function interval(e: TEvidence, alpha: number): { low: number; high: number } {
  const half = tquantile(1 - alpha, e.df) * e.standardError;
  return { low: e.estimate - half, high: e.estimate + half };
}

/** Evidence from a t-test's result and the estimate it tested (one-sample, paired, Welch); the SE is estimate / t. */
export function testEvidence(estimate: number, test: { readonly t: number; readonly df: number }, n: number, unit: string): TEvidence {
  if (!(test.t !== 0 && Number.isFinite(test.t))) throw new Error(`testEvidence(${unit}): t = ${test.t} gives no standard error`);
  return { estimate, standardError: estimate / test.t, df: test.df, n, unit };
}

/** An effect of `d` standard deviations of the evidence's unit-level spread (SE sqrt(n)), for claims without a number. */
export function standardizedEffect(e: TEvidence, d: number): number {
  return d * e.standardError * Math.sqrt(e.n);
}
