/**
 * Numbers printed in the paper ("To Share or Not To Share", text in /work/shared/paper), transcribed as data for the
 * audit level. Each constant names the table or section it comes from. Regret figures are x100, as printed.
 * Table 3 is transcribed by the re-analysis (src/reanalysis/paper-table3.ts) and reused from there.
 */
import type { SpaceName } from '../space/spaces.js';

/** One cell of Tables 4/5: "mean ± pooled SD (p=.., d=..)", all printed with 2 decimals. */
export interface PrintedComparison {
  readonly mean: number;
  readonly pooledSd: number;
  readonly p: number;
  readonly d: number;
}

export type ComparisonName = 'RSbs-RSws' | 'RSbs-GSws' | 'GSbs-RSws' | 'GSbs-GSws';

export interface PrintedTableRow {
  readonly space: SpaceName;
  readonly comparisons: Readonly<Record<ComparisonName, PrintedComparison>>;
}

/** Decimals of every number in Tables 4 and 5. */
export const TABLE_DECIMALS = 2;

/** Section 4.3 / Fig. 2 caption: 100 baseline runs (RSbs, GSbs) and 25 WS runs (RSws, GSws) per space. */
export const BASELINE_RUNS = 100;
export const WS_RUNS = 25;

const c = (mean: number, pooledSd: number, p: number, d: number): PrintedComparison => ({ mean, pooledSd, p, d });

/** Table 4 (RSbs-RSws, RSbs-GSws) and Table 5 (GSbs-RSws, GSbs-GSws), rows in the tables' order. */
export const TABLES_4_5: readonly PrintedTableRow[] = [
  { space: 'A4', comparisons: { 'RSbs-RSws': c(-0.68, 0.8, 0.0, -0.85), 'RSbs-GSws': c(-0.82, 0.83, 0.0, -0.99), 'GSbs-RSws': c(0.3, 1.21, 0.27, 0.25), 'GSbs-GSws': c(0.19, 1.25, 0.51, 0.15) } },
  { space: 'A3', comparisons: { 'RSbs-RSws': c(-0.2, 0.77, 0.25, -0.26), 'RSbs-GSws': c(-0.62, 0.88, 0.0, -0.71), 'GSbs-RSws': c(0.72, 1.45, 0.03, 0.5), 'GSbs-GSws': c(0.28, 1.5, 0.41, 0.18) } },
  { space: 'A2', comparisons: { 'RSbs-RSws': c(0.36, 0.87, 0.07, 0.42), 'RSbs-GSws': c(0.54, 0.85, 0.01, 0.63), 'GSbs-RSws': c(1.67, 2.92, 0.01, 0.57), 'GSbs-GSws': c(1.86, 2.92, 0.01, 0.64) } },
  { space: 'A1', comparisons: { 'RSbs-RSws': c(1.18, 1.08, 0.0, 1.09), 'RSbs-GSws': c(1.3, 1.1, 0.0, 1.18), 'GSbs-RSws': c(2.46, 1.85, 0.0, 1.33), 'GSbs-GSws': c(2.5, 1.84, 0.0, 1.36) } },
  { space: 'Afull', comparisons: { 'RSbs-RSws': c(0.53, 1.22, 0.06, 0.44), 'RSbs-GSws': c(0.76, 0.96, 0.0, 0.79), 'GSbs-RSws': c(1.42, 3.03, 0.04, 0.47), 'GSbs-GSws': c(1.67, 2.95, 0.01, 0.57) } },
  { space: 'Anres', comparisons: { 'RSbs-RSws': c(0.63, 1.3, 0.03, 0.48), 'RSbs-GSws': c(0.32, 1.44, 0.32, 0.22), 'GSbs-RSws': c(1.48, 1.76, 0.0, 0.84), 'GSbs-GSws': c(1.14, 1.85, 0.01, 0.62) } },
  { space: 'Ares', comparisons: { 'RSbs-RSws': c(0.33, 0.52, 0.01, 0.63), 'RSbs-GSws': c(-0.02, 0.58, 0.87, -0.04), 'GSbs-RSws': c(0.78, 0.87, 0.0, 0.9), 'GSbs-GSws': c(0.43, 0.93, 0.04, 0.47) } },
];

/** Section 5.2 text repeating Table 4's left column: "A1 (d = +1.09, p = 0.00), ... Afull (+0.44, p = 0.06)". */
export const SECTION_5_2_RS_WS: readonly { space: SpaceName; d: number; p: number }[] = [
  { space: 'A1', d: 1.09, p: 0.0 },
  { space: 'Anres', d: 0.48, p: 0.03 },
  { space: 'Ares', d: 0.63, p: 0.01 },
  { space: 'A4', d: -0.85, p: 0.0 },
  { space: 'A3', d: -0.26, p: 0.25 },
  { space: 'A2', d: 0.42, p: 0.07 },
  { space: 'Afull', d: 0.44, p: 0.06 },
];

/** C13 (section 5.2): the spaces the paper calls significantly better / worse / not significant for RSws vs RSbs. */
export const C13_CLASSES: Readonly<Record<'better' | 'worse' | 'not significant', readonly SpaceName[]>> = {
  better: ['A1', 'Anres', 'Ares'],
  worse: ['A4'],
  'not significant': ['A3', 'A2', 'Afull'],
};

/** Section 4.3: "an effect is usually considered important if |d| > 0.8, mild if |d| ~ 0.5 and small if |d| < 0.2". */
export const MEDIUM_EFFECT_D = 0.5;

/** Section 4.3 (C18): ~25 WS runs against 100 baseline runs detect a medium effect with power 0.8 at alpha 0.05. */
export const C18_POWER_CLAIM = { wsRuns: WS_RUNS, baselineRuns: BASELINE_RUNS, d: MEDIUM_EFFECT_D, power: 0.8, alpha: 0.05 };

/** Abstract and section 5.2 (C15): probability that a WS run beats RS, printed in whole percent, with the d it is derived from. */
export const C15_PROBABILITIES: readonly { space: SpaceName; percent: number; d: number; where: string }[] = [
  { space: 'A4', percent: 7, d: -0.85, where: 'abstract and 5.2: "as low as 7%" on A4' },
  { space: 'A1', percent: 78, d: 1.09, where: 'abstract and 5.2: "a maximum of 78%" on A1, d = +1.09' },
  { space: 'Afull', percent: 61, d: 0.44, where: '5.2: "only around 61%" on Afull, d = +0.44' },
];

/** Section 5.3 (C06): Spearman between the bns-ft averages of Table 3 and the space sizes, over the 7 spaces. */
export const C06_SIZE_CORRELATION = { rho: -0.71, rhoDecimals: 2, p: 0.07, pDecimals: 2, spaces: 7 };

/** Section 5.1 (C01): "the average correlation increases by 270% over the no-ft scheme, granting almost 3 times better results". */
export const C01_INCREASE = { percent: 270, almostTimes: 3 };

/** Section 5.3 (C07): sizes as printed. */
export const C07_SIZES = {
  /** "Afull (~ 400,000 architectures)", one significant digit. */
  afullApprox: 400_000,
  /** "A2 (~ 200,000 architectures)". */
  a2Approx: 200_000,
  /** "despite A2 being twice larger than A3". */
  a2OverA3: 2,
  /** "with 23% less architectures" (Anres vs Afull). */
  anresFewerPercent: 23,
  /** "The correlation achieved is 25% smaller in Anres than in Afull" (bns-ft column of Table 3). */
  anresCorrelationSmallerPercent: 25,
  /** NAS-Bench-101's published count of unique cells (Ying et al. 2019), which docs/CLAIMS.md quotes. */
  nasbench101Cells: 423_624,
};

/** Section 5.3 (C08): "given 432 training epochs of 157 mini-batches of data, less than 67,824 unique architectures". */
export const C08_COVERAGE = { epochs: 432, batchesPerEpoch: 157, draws: 67_824, coveredSpaces: ['A4', 'Ares'], tinySpaces: ['A2', 'Afull'] } as const;

/** Batch size 256 (section 4.1) over NAS-Bench-101's 40,000-image training split (Ying et al. 2019): 157 = ceil(40,000 / 256). */
export const TRAINING_SPLIT = { images: 40_000, batchSize: 256 };

/** Section 4.3 (C20): "around 4 seconds per architecture", 10,000 evaluations "thus requires around ten hours". */
export const C20_COST = { secondsPerEvaluation: 4, evaluations: 10_000, hours: 10 };
