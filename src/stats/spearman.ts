/** Spearman's rank correlation: Pearson on mid-ranks, p from the t approximation with n - 2 df (as scipy.stats.spearmanr). */
import { assertPaired, pearson } from './pearson.js';
import { ranks } from './ranks.js';
import type { Alternative } from './t-p-value.js';

export interface RankCorrelation {
  readonly rho: number;
  readonly p: number;
  readonly n: number;
}

export function spearman(x: readonly number[], y: readonly number[], alternative: Alternative = 'two-sided'): RankCorrelation {
  assertPaired(x, y, 3);
  const { r, p, n } = pearson(ranks(x, 'x'), ranks(y, 'y'), alternative);
  return { rho: r, p, n };
}
