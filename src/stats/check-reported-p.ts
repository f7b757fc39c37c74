/**
 * statcheck-style consistency check of a printed two-sample test: recompute p from the printed statistic (t with
 * n1 + n2 - 2 df, or Cohen's d via t = d sqrt(n1 n2 / (n1 + n2))), over every value that rounds to the printed
 * one, and say whether some p in that range rounds to (or satisfies) the printed p.
 */
import { tPValue, type Alternative } from './t-p-value.js';

export interface ReportedTest {
  readonly statistic: 't' | 'd';
  /** The statistic as printed. */
  readonly value: number;
  readonly n1: number;
  readonly n2: number;
  /** The p-value as printed. */
  readonly reportedP: number;
  /** Decimals the statistic was printed with. */
  readonly decimals: number;
  /** Decimals the p-value was printed with; defaults to `decimals`. */
  readonly pDecimals?: number;
  /** '=' for "p = 0.03", '<' for "p < 0.05". */
  readonly relation?: '=' | '<';
  readonly alternative?: Alternative;
}

export interface PCheck {
  /** p recomputed from the printed statistic itself. */
  readonly p: number;
  /** Range of t over the values that round to the printed statistic. */
  readonly tRange: readonly [number, number];
  /** Range of p recomputed over that interval. */
  readonly pRange: readonly [number, number];
  /** Range of true p-values the printed p stands for. */
  readonly reportedRange: readonly [number, number];
  readonly consistent: boolean;
}

export function checkReportedP(reported: ReportedTest): PCheck {
  const { statistic, value, n1, n2, reportedP, decimals, relation = '=', alternative = 'two-sided' } = reported;
  const pDecimals = reported.pDecimals ?? decimals;
  if (!(n1 >= 2 && n2 >= 2) || !(decimals >= 0) || !(pDecimals >= 0) || !Number.isFinite(value)) {
    throw new Error(`checkReportedP: bad report ${JSON.stringify(reported)}`);
  }
  const df = n1 + n2 - 2;
  const toT = statistic === 't' ? 1 : Math.sqrt((n1 * n2) / (n1 + n2));
  const half = 0.5 * 10 ** -decimals;
  const tRange = [(value - half) * toT, (value + half) * toT] as const;
  const ends = tRange.map((t) => tPValue(t, df, alternative));
  // Two-sided p peaks at t = 0, which an interval straddling 0 contains.
  const straddles = alternative === 'two-sided' && tRange[0] <= 0 && tRange[1] >= 0;
  const pRange = [Math.min(...ends), straddles ? 1 : Math.max(...ends)] as const;
  const pHalf = 0.5 * 10 ** -pDecimals;
  const reportedRange = relation === '<' ? ([0, reportedP] as const) : ([Math.max(0, reportedP - pHalf), reportedP + pHalf] as const);
  const consistent = pRange[0] <= reportedRange[1] && reportedRange[0] <= pRange[1];
  return { p: tPValue(value * toT, df, alternative), tRange, pRange, reportedRange, consistent };
}
