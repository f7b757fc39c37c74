/**
 * Audit of Tables 4 and 5 (C13, C14, C19): every printed p recomputed from the printed d and the group sizes
 * (t = d sqrt(n1 n2 / (n1 + n2)), df = 123, two-sided, through checkReportedP), every printed d recomputed as
 * mean / pooled SD from the printed mean and SD, and the section 5.2 text checked against the table.
 */
import { checkReportedP } from '../stats/check-reported-p.js';
import type { PrintedCheck, Range } from '../verdict/printed.js';
import { BASELINE_RUNS, SECTION_5_2_RS_WS, TABLE_DECIMALS, TABLES_4_5, WS_RUNS, type ComparisonName, type PrintedComparison } from './paper-numbers.js';
import { decimalInterval, rangeOverCorners } from './rounding.js';

export const TABLE_OF: Readonly<Record<ComparisonName, string>> = {
  'RSbs-RSws': 'Table 4',
  'RSbs-GSws': 'Table 4',
  'GSbs-RSws': 'Table 5',
  'GSbs-GSws': 'Table 5',
};

export interface PrintedEntry {
  readonly space: string;
  readonly comparison: ComparisonName;
  readonly printed: PrintedComparison;
}

export function printedEntries(comparisons?: readonly ComparisonName[]): PrintedEntry[] {
  return TABLES_4_5.flatMap((row) =>
    (Object.entries(row.comparisons) as [ComparisonName, PrintedComparison][])
      .filter(([name]) => !comparisons || comparisons.includes(name))
      .map(([comparison, printed]) => ({ space: row.space, comparison, printed })),
  );
}

const label = (e: PrintedEntry, what: string) => `${TABLE_OF[e.comparison]}, ${e.space}, ${e.comparison}: ${what}`;

/** The p range implied by the printed d over its rounding, 100 vs 25 runs. */
export function recomputedPRange(d: number): Range {
  const check = checkReportedP({ statistic: 'd', value: d, n1: BASELINE_RUNS, n2: WS_RUNS, reportedP: 0, decimals: TABLE_DECIMALS });
  return { low: check.pRange[0], high: check.pRange[1] };
}

export function pValueChecks(entries: readonly PrintedEntry[]): PrintedCheck[] {
  return entries.map((e) => ({
    name: label(e, `p from d = ${e.printed.d.toFixed(2)}`),
    printed: e.printed.p,
    decimals: TABLE_DECIMALS,
    recomputed: recomputedPRange(e.printed.d),
  }));
}

export function effectSizeChecks(entries: readonly PrintedEntry[]): PrintedCheck[] {
  return entries.map((e) => ({
    name: label(e, `d = mean / pooled SD = ${e.printed.mean.toFixed(2)} / ${e.printed.pooledSd.toFixed(2)}`),
    printed: e.printed.d,
    decimals: TABLE_DECIMALS,
    recomputed: rangeOverCorners(
      [decimalInterval(e.printed.mean, TABLE_DECIMALS), decimalInterval(e.printed.pooledSd, TABLE_DECIMALS)],
      ([mean, sd]) => mean / sd,
    ),
  }));
}

/** Section 5.2 repeats Table 4's left column; the repetitions must be the same numbers. */
export function textChecks(): PrintedCheck[] {
  return SECTION_5_2_RS_WS.flatMap(({ space, d, p }) => {
    const row = TABLES_4_5.find((r) => r.space === space);
    if (!row) throw new Error(`paper-numbers.ts: no Table 4 row for ${space}`);
    const table = row.comparisons['RSbs-RSws'];
    return [
      { name: `Section 5.2 vs Table 4, ${space}: d`, printed: d, decimals: TABLE_DECIMALS, recomputed: { low: table.d, high: table.d } },
      { name: `Section 5.2 vs Table 4, ${space}: p`, printed: p, decimals: TABLE_DECIMALS, recomputed: { low: table.p, high: table.p } },
    ];
  });
}

export type Significance = 'better' | 'worse' | 'not significant' | 'undecided';

/**
 * Classification of a WS-vs-baseline comparison at alpha from the recomputed p range: significant only when the
 * whole range is below alpha, not significant when it is wholly above, undecided when the rounding of d straddles.
 * Regret differences are baseline - WS, so a positive d means WS is better.
 */
export function classify(d: number, alpha = 0.05): Significance {
  const { low, high } = recomputedPRange(d);
  if (high < alpha) return d > 0 ? 'better' : 'worse';
  if (low >= alpha) return 'not significant';
  return 'undecided';
}
