/**
 * Audit of C01's figures (section 5.1 and Table 2): bns-ft "increases the average correlation by 270% over no-ft,
 * granting almost 3 times better results", recomputed from Table 3's left columns under both readings of
 * "average increase": the mean of the per-space ratios, and the ratio of the means. Ranges cover the rounding of
 * the 14 printed table entries.
 */
import { AUTHOR_SPACES } from '../authors/evaluations.js';
import { PAPER_TABLE3_DECIMALS, paperTable3Entry } from '../reanalysis/paper-table3.js';
import type { PrintedCheck, Range } from '../verdict/printed.js';
import { C01_INCREASE } from './paper-numbers.js';
import { decimalInterval, rangeOverCorners, significantDecimals, significantInterval } from './rounding.js';
import { mean } from '../stats/summary.js';

export type IncreaseDefinition = 'mean of per-space ratios' | 'ratio of means';


const RATIO: Readonly<Record<IncreaseDefinition, (noFt: readonly number[], bnsFt: readonly number[]) => number>> = {
  'mean of per-space ratios': (noFt, bnsFt) => mean(bnsFt.map((b, i) => b / noFt[i])),
  'ratio of means': (noFt, bnsFt) => mean(bnsFt) / mean(noFt),
};

/** The bns-ft / no-ft ratio's range under one definition. */
export function increaseRatio(definition: IncreaseDefinition): Range {
  const noFt = AUTHOR_SPACES.map((s) => decimalInterval(paperTable3Entry('no-ft', s).mean, PAPER_TABLE3_DECIMALS));
  const bnsFt = AUTHOR_SPACES.map((s) => decimalInterval(paperTable3Entry('bns-ft', s).mean, PAPER_TABLE3_DECIMALS));
  const n = AUTHOR_SPACES.length;
  return rangeOverCorners([...noFt, ...bnsFt], (v) => RATIO[definition](v.slice(0, n), v.slice(n)));
}

/** "almost 3 times": a ratio that rounds to 3 at one significant digit without exceeding it. */
export const ALMOST_THREE: Range = { low: 2.5, high: 3 };

export function increaseChecks(definition: IncreaseDefinition): PrintedCheck[] {
  const ratio = increaseRatio(definition);
  const percent = C01_INCREASE.percent;
  return [
    {
      name: `"increases by ${percent}%" (${definition}): 100 (ratio - 1), 2 significant digits`,
      printed: percent,
      decimals: significantDecimals(percent, 2),
      stated: significantInterval(percent, 2),
      recomputed: { low: 100 * (ratio.low - 1), high: 100 * (ratio.high - 1) },
    },
    {
      name: `"almost ${C01_INCREASE.almostTimes} times better" (${definition}): ratio in [2.5, 3]`,
      printed: C01_INCREASE.almostTimes,
      decimals: 0,
      stated: ALMOST_THREE,
      recomputed: ratio,
    },
  ];
}
