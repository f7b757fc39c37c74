/**
 * p-value of a t statistic. Tails are taken directly from the CDF at -|t| (never as 1 - CDF), so tiny p-values
 * keep their precision instead of rounding to 0 for positive statistics.
 */
import tcdf from '@stdlib/stats/base/dists/t/cdf';

export type Alternative = 'two-sided' | 'greater' | 'less';

export function tPValue(t: number, df: number, alternative: Alternative = 'two-sided'): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  switch (alternative) {
    case 'two-sided':
      return Math.min(1, 2 * tcdf(-Math.abs(t), df));
    case 'greater':
      return tcdf(-t, df);
    case 'less':
      return tcdf(t, df);
  }
}
