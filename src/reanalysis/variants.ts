/**
 * C04: each training variant (single-k, pro-rata, avg-3, s-k + p-r) against the baseline with batch-norm
 * fine-tuning (bns-ft). Per space: the difference of the mean correlations, a Welch test over the super-nets and
 * the ratio of the SDs; across spaces: a paired test of the mean differences and of the log SD ratios; pooled over
 * super-nets: each variant super-net's correlation minus its space's bns-ft mean, tested against 0. Only
 * independent runs count (failed super-nets and exact copies are left out).
 */
import { AUTHOR_SPACES, type Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { summarize } from '../stats/summary.js';
import { welchTTest, type TTest } from '../stats/ttest.js';
import { pairedDifferenceTest, type PairedTest } from './paired-test.js';
import { paperTable3Entry } from './paper-table3.js';
import { independentValues, table3Entry, type Table3 } from './table3.js';

export const VARIANTS = ['single-k', 'pro-rata', 'avg-3', 's-k+p-r'] as const satisfies readonly Setting[];
export type Variant = (typeof VARIANTS)[number];

export interface VariantSpace {
  readonly space: SpaceName;
  readonly delta: number;
  readonly paperDelta: number;
  readonly welch: TTest;
  /** SD of the variant's per-super-net correlations over that of bns-ft (< 1: less variance). */
  readonly sdRatio: number;
}

export interface VariantComparison {
  readonly variant: Variant;
  readonly perSpace: readonly VariantSpace[];
  readonly meanDelta: number;
  readonly spacesImproved: number;
  readonly spacesLessVariance: number;
  /** Paired over the 7 spaces: variant mean minus bns-ft mean. */
  readonly deltaAcrossSpaces: PairedTest;
  /** Paired over the 7 spaces: log(SD variant / SD bns-ft); negative = variance reduction. */
  readonly logSdRatioAcrossSpaces: PairedTest;
  /** One-sample over every variant super-net: its correlation minus its space's bns-ft mean. */
  readonly deltaAcrossSupernets: PairedTest;
}

export function variantComparisons(table: Table3): VariantComparison[] {
  return VARIANTS.map((variant) => {
    const perSpace = AUTHOR_SPACES.map((space): VariantSpace => {
      const base = independentValues(table3Entry(table, 'bns-ft', space));
      const values = independentValues(table3Entry(table, variant, space));
      const b = summarize(base, `bns-ft ${space}`);
      const v = summarize(values, `${variant} ${space}`);
      return {
        space,
        delta: v.mean - b.mean,
        paperDelta: paperTable3Entry(variant, space).mean - paperTable3Entry('bns-ft', space).mean,
        welch: welchTTest(values, base),
        sdRatio: v.sd / b.sd,
      };
    });
    const supernetDeltas = AUTHOR_SPACES.flatMap((space) => {
      const baseMean = summarize(independentValues(table3Entry(table, 'bns-ft', space))).mean;
      return independentValues(table3Entry(table, variant, space)).map((v) => v - baseMean);
    });
    return {
      variant,
      perSpace,
      meanDelta: perSpace.reduce((sum, s) => sum + s.delta, 0) / perSpace.length,
      spacesImproved: perSpace.filter((s) => s.delta > 0).length,
      spacesLessVariance: perSpace.filter((s) => s.sdRatio < 1).length,
      deltaAcrossSpaces: pairedDifferenceTest(perSpace.map((s) => s.delta)),
      logSdRatioAcrossSpaces: pairedDifferenceTest(perSpace.map((s) => Math.log(s.sdRatio))),
      deltaAcrossSupernets: pairedDifferenceTest(supernetDeltas),
    };
  });
}
