/** Audit of C15: the printed probabilities that a WS run beats random search, against Phi(d / sqrt 2) of the printed d. */
import { probabilityOfSuperiority } from '../stats/effect-size.js';
import type { PrintedCheck } from '../verdict/printed.js';
import { C15_PROBABILITIES, TABLE_DECIMALS } from './paper-numbers.js';
import { decimalInterval, rangeOverCorners } from './rounding.js';

export function superiorityChecks(): PrintedCheck[] {
  return C15_PROBABILITIES.map(({ space, percent, d, where }) => ({
    name: `${where}: Phi(d / sqrt 2) for ${space}, d = ${d.toFixed(2)}`,
    printed: percent / 100,
    // Whole percents are two decimals of a probability.
    decimals: 2,
    recomputed: rangeOverCorners([decimalInterval(d, TABLE_DECIMALS)], ([v]) => probabilityOfSuperiority(v)),
  }));
}
