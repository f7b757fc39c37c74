/** Cohen's d with the pooled SD, and the probability of superiority it implies under normality. */
import ncdf from '@stdlib/stats/base/dists/normal/cdf';
import { summarize, type Summary } from './summary.js';
import { pooledSd } from './ttest.js';

/** (mean(a) - mean(b)) / pooled SD. */
export function cohensDFromSummary(a: Summary, b: Summary): number {
  return (a.mean - b.mean) / pooledSd(a, b);
}

export function cohensD(a: readonly number[], b: readonly number[]): number {
  return cohensDFromSummary(summarize(a, 'a'), summarize(b, 'b'));
}

/**
 * P(X > Y) for X ~ N(mu_a, s), Y ~ N(mu_b, s) with (mu_a - mu_b) / s = d: Phi(d / sqrt 2)
 * (McGraw & Wong 1992, "common language effect size").
 */
export function probabilityOfSuperiority(d: number): number {
  return ncdf(d / Math.SQRT2, 0, 1);
}
