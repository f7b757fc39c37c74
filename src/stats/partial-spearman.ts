/**
 * Partial Spearman correlation of x and y given z: the first-order partial correlation formula applied to the three
 * pairwise rank correlations, (r_xy - r_xz r_yz) / sqrt((1 - r_xz^2)(1 - r_yz^2)), with the p-value of its t
 * statistic on n - 3 df (one df spent on the controlled variable).
 */
import { assertPaired, correlationPValue } from './pearson.js';
import { spearman, type RankCorrelation } from './spearman.js';
import type { Alternative } from './t-p-value.js';

export function partialSpearman(
  x: readonly number[],
  y: readonly number[],
  z: readonly number[],
  alternative: Alternative = 'two-sided',
): RankCorrelation {
  assertPaired(x, y, 4);
  assertPaired(x, z, 4);
  const xy = spearman(x, y).rho;
  const xz = spearman(x, z).rho;
  const yz = spearman(y, z).rho;
  const rho = Math.max(-1, Math.min(1, (xy - xz * yz) / Math.sqrt((1 - xz * xz) * (1 - yz * yz))));
  return { rho, p: correlationPValue(rho, x.length - 3, alternative), n: x.length };
}
