/**
 * A one-sample t-test of paired differences (mean difference against 0), through @stdlib/stats' `ttest`; the
 * project's stats module has only two-sample tests. Returned as plain data.
 */
import stdlibTTest from '@stdlib/stats/ttest';
import type { Alternative } from '../stats/t-p-value.js';

export interface PairedTest {
  readonly n: number;
  readonly meanDifference: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
  readonly alternative: Alternative;
}

/** Test mean(differences) = 0; `differences` are x_i - y_i of paired observations. */
export function pairedDifferenceTest(differences: readonly number[], alternative: Alternative = 'two-sided'): PairedTest {
  if (differences.length < 2) throw new Error(`paired-test.ts: ${differences.length} difference(s), a t-test needs at least 2`);
  const result = stdlibTTest(differences as number[], { alternative });
  return {
    n: differences.length,
    meanDifference: result.mean,
    t: result.statistic,
    df: result.df,
    p: result.pValue,
    alternative,
  };
}
