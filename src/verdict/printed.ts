/**
 * Consistency with a printed number: a value printed with k decimals stands for every value that rounds to it,
 * [printed - 0.5 * 10^-k, printed + 0.5 * 10^-k]; a recomputation agrees when its own range (from the rounding of
 * its inputs) meets that interval. The tolerance therefore comes from the print, never from a chosen epsilon.
 */
import { combineLevel } from './combine.js';
import type { EvidenceLevel, LevelResult, Verdict } from './verdict.js';

/** Floating-point slack so that 0.125 printed as 0.13 or 0.12 is not lost to binary representation. */
const FLOAT_SLACK = 1e-12;

export interface Range {
  readonly low: number;
  readonly high: number;
}

/** The values that print as `printed` with `decimals` decimals. */
export function roundingInterval(printed: number, decimals: number): Range {
  const half = 0.5 * 10 ** -decimals;
  return { low: printed - half - FLOAT_SLACK, high: printed + half + FLOAT_SLACK };
}

export function overlaps(a: Range, b: Range): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** One printed number against its recomputation. */
export interface PrintedCheck {
  /** Where the number is printed and what it is, e.g. "Table 4, A2, RSbs-RSws: p". */
  readonly name: string;
  readonly printed: number;
  readonly decimals: number;
  /** The recomputed range (a point when the inputs are exact). */
  readonly recomputed: Range;
  /** For verbal statements ("almost 3 times", "at most"), the range the words allow, instead of the rounding interval. */
  readonly stated?: Range;
}

export interface CheckedNumber extends PrintedCheck {
  readonly agrees: boolean;
}

export function checkPrinted(check: PrintedCheck): CheckedNumber {
  return { ...check, agrees: overlaps(check.stated ?? roundingInterval(check.printed, check.decimals), check.recomputed) };
}

/**
 * A disagreement the size of the print's rounding: the recomputation would agree had the last printed digit been one
 * unit off (e.g. "270%" for 278%, a half-width 0.01 for 0.0035). Verbal ranges ("almost 3 times") have no last digit
 * and their misses are always material.
 */
export function withinOneUnit(check: PrintedCheck): boolean {
  if (check.stated) return false;
  const unit = 10 ** -check.decimals;
  return overlaps({ low: check.printed - unit - FLOAT_SLACK, high: check.printed + unit + FLOAT_SLACK }, check.recomputed);
}

/** A value known exactly (its inputs are exact): the range of one point. */
export function exactly(value: number): Range {
  return { low: value, high: value };
}

function formatRange({ low, high }: Range): string {
  const f = (v: number) => (!Number.isFinite(v) ? String(v) : Math.abs(v) >= 1000 ? v.toFixed(0) : v.toPrecision(4));
  return low === high ? f(low) : `[${f(low)}, ${f(high)}]`;
}

export function describeCheck(c: CheckedNumber): string {
  const printed = c.stated ? `${c.printed} (allowing ${formatRange(c.stated)})` : c.printed.toFixed(Math.max(0, c.decimals));
  return `${c.name}: printed ${printed}, recomputed ${formatRange(c.recomputed)}`;
}

/**
 * All printed numbers of a claim against their recomputations: `reproduced` when every one agrees, otherwise
 * `onDisagree` ('inconsistent' when both sides are the paper's own numbers, 'not reproduced' when the recomputation
 * comes from data) with every disagreement listed.
 */
export function judgePrinted(
  level: EvidenceLevel,
  checks: readonly PrintedCheck[],
  onDisagree: Extract<Verdict, 'inconsistent' | 'not reproduced'>,
  what: string,
): LevelResult {
  if (checks.length === 0) throw new Error(`judgePrinted(${what}): no checks`);
  const checked = checks.map(checkPrinted);
  const bad = checked.filter((c) => !c.agrees);
  const detail =
    bad.length === 0
      ? `${what}: all ${checked.length} printed numbers agree with their recomputation.`
      : `${what}: ${bad.length} of ${checked.length} printed numbers disagree: ${bad.map(describeCheck).join('; ')}.`;
  return {
    level,
    verdict: bad.length === 0 ? 'reproduced' : onDisagree,
    ...(bad.length > 0 ? { discrepancy: bad.every(withinOneUnit) ? ('rounding' as const) : ('material' as const) } : {}),
    finding:
      bad.length === 0
        ? checked.length <= 3 ? checked.map(describeCheck).join('; ') : `all ${checked.length} printed numbers agree`
        : bad.length === 1
          ? describeCheck(bad[0])
          : `${bad.length} of ${checked.length} printed numbers differ (${describeCheck(bad[0])}; ...)`,
    measured: checked.map((c) => ({ name: c.name, low: c.recomputed.low, high: c.recomputed.high, agrees: c.agrees })),
    paper: checked.map((c) => ({ name: c.name, printed: c.printed, decimals: c.decimals, ...(c.stated ? { stated: c.stated } : {}) })),
    detail,
    rule: `each recomputed value (range over the rounding of its inputs) must meet the interval of values that round to the printed one; otherwise ${onDisagree} (rounding-size when every miss is within one unit of the printed last digit)`,
  };
}

/**
 * A compound statement made of several printed numbers ("Afull about 400,000; A2 about 200,000 and twice A3"): each
 * number is an atomic statement with its own verdict (statements.ts), named by its check; the level combines them.
 */
export function judgePrintedEach(
  level: EvidenceLevel,
  checks: readonly PrintedCheck[],
  onDisagree: Extract<Verdict, 'inconsistent' | 'not reproduced'>,
  what: string,
): LevelResult {
  if (checks.length === 0) throw new Error(`judgePrintedEach(${what}): no checks`);
  const combined = combineLevel(level, checks.map((c) => ({ name: c.name, result: judgePrinted(level, [c], onDisagree, what) })));
  return { ...combined, detail: judgePrinted(level, checks, onDisagree, what).detail };
}
