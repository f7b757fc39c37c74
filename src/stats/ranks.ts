/** Mid-ranks (ties get the mean of the ranks they span), 1-based, as scipy.stats.rankdata's 'average'. */
import stdlibRanks from '@stdlib/stats/ranks';
import { assertFinite } from './summary.js';

export function ranks(values: readonly number[], name = 'values'): number[] {
  assertFinite(values, name);
  return stdlibRanks(values as number[], { method: 'average' }) as number[];
}
