/**
 * Ranges of values behind printed numbers: decimals for table entries, significant digits for words such as
 * "around 400,000" or "twice", and the extreme values a monotone function takes over a box of rounded inputs.
 */
import type { Range } from '../verdict/printed.js';

/** The values that print as `printed` with `digits` significant digits (e.g. 400,000 with 1: [350,000, 450,000]). */
export function significantInterval(printed: number, digits: number): Range {
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(printed))) - digits + 1);
  return { low: printed - unit / 2, high: printed + unit / 2 };
}

/** Decimals a significant-digit interval corresponds to, for judgePrinted (negative for tens, thousands ...). */
export function significantDecimals(printed: number, digits: number): number {
  return digits - 1 - Math.floor(Math.log10(Math.abs(printed)));
}

/** The interval of a value printed with `decimals` decimals (no slack: used as an input box, not a tolerance). */
export function decimalInterval(printed: number, decimals: number): Range {
  const half = 0.5 * 10 ** -decimals;
  return { low: printed - half, high: printed + half };
}

/**
 * Range of f over the box of inputs, for f monotone in each input (as ratios of positive numbers and means are):
 * its extremes are at the box's corners.
 */
export function rangeOverCorners(inputs: readonly Range[], f: (values: readonly number[]) => number): Range {
  let low = Infinity;
  let high = -Infinity;
  for (let mask = 0; mask < 2 ** inputs.length; mask++) {
    const value = f(inputs.map((r, i) => ((mask >> i) & 1 ? r.high : r.low)));
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return { low, high };
}
