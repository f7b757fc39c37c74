/**
 * Audits that need the enumerated space sizes (C06, C07, C08; section 5.3), computed from the paper's printed numbers
 * and the sizes `ws-repro space stats` enumerates.
 */
import { AUTHOR_SPACES } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { PAPER_TABLE3_DECIMALS, paperTable3Entry } from '../reanalysis/paper-table3.js';
import { spearman } from '../stats/spearman.js';
import { tPValue } from '../stats/t-p-value.js';
import { exactly, type PrintedCheck } from '../verdict/printed.js';
import { C06_SIZE_CORRELATION, C07_SIZES, C08_COVERAGE, TRAINING_SPLIT } from './paper-numbers.js';
import { decimalInterval, rangeOverCorners, significantDecimals, significantInterval } from './rounding.js';

export type SpaceSizes = Readonly<Record<SpaceName, number>>;


/** C06: Spearman of Table 3's bns-ft means with the sizes, and the p the printed rho implies with n = 7 (t, 5 df). */
export function sizeCorrelation(sizes: SpaceSizes): { rho: number; p: number; checks: PrintedCheck[] } {
  const means = AUTHOR_SPACES.map((s) => paperTable3Entry('bns-ft', s).mean);
  const { rho, p } = spearman(means, AUTHOR_SPACES.map((s) => sizes[s]));
  const n = C06_SIZE_CORRELATION.spaces;
  const pOf = (r: number) => tPValue(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
  const printedRho = decimalInterval(C06_SIZE_CORRELATION.rho, C06_SIZE_CORRELATION.rhoDecimals);
  return {
    rho,
    p,
    checks: [
      { name: 'Section 5.3: Spearman of Table 3 bns-ft means vs enumerated space sizes', printed: C06_SIZE_CORRELATION.rho, decimals: C06_SIZE_CORRELATION.rhoDecimals, recomputed: exactly(rho) },
      { name: 'Section 5.3: p of that Spearman (t approximation, n = 7), recomputed', printed: C06_SIZE_CORRELATION.p, decimals: C06_SIZE_CORRELATION.pDecimals, recomputed: exactly(p) },
      { name: 'Section 5.3: p implied by the printed rho = -0.71 with n = 7', printed: C06_SIZE_CORRELATION.p, decimals: C06_SIZE_CORRELATION.pDecimals, recomputed: rangeOverCorners([printedRho], ([r]) => pOf(r)) },
    ],
  };
}

/** C07: the sizes as section 5.3 words them. "about" / "~" = one significant digit; 23% = two. */
export function sizeChecks(sizes: SpaceSizes): PrintedCheck[] {
  const s = C07_SIZES;
  const sig = (name: string, printed: number, digits: number, value: number): PrintedCheck => ({
    name,
    printed,
    decimals: significantDecimals(printed, digits),
    stated: significantInterval(printed, digits),
    recomputed: exactly(value),
  });
  return [
    sig('Afull "~ 400,000 architectures"', s.afullApprox, 1, sizes.Afull),
    { name: 'Afull = NAS-Bench-101\'s 423,624 unique cells', printed: s.nasbench101Cells, decimals: 0, recomputed: exactly(sizes.Afull) },
    sig('A2 "~ 200,000 architectures"', s.a2Approx, 1, sizes.A2),
    sig('A2 "twice larger than" A3 (size ratio)', s.a2OverA3, 1, sizes.A2 / sizes.A3),
    sig('Anres has "23% less architectures" than Afull', s.anresFewerPercent, 2, 100 * (1 - sizes.Anres / sizes.Afull)),
  ];
}

/** C07's companion figure (section 5.3): "the correlation achieved is 25% smaller in Anres than in Afull" (Table 3 bns-ft). */
export function anresCorrelationCheck(): PrintedCheck {
  const afull = decimalInterval(paperTable3Entry('bns-ft', 'Afull').mean, PAPER_TABLE3_DECIMALS);
  const anres = decimalInterval(paperTable3Entry('bns-ft', 'Anres').mean, PAPER_TABLE3_DECIMALS);
  const percent = C07_SIZES.anresCorrelationSmallerPercent;
  return {
    name: 'Anres bns-ft correlation "25% smaller" than Afull\'s (Table 3: 100 (1 - Anres / Afull))',
    printed: percent,
    decimals: significantDecimals(percent, 2),
    stated: significantInterval(percent, 2),
    recomputed: rangeOverCorners([afull, anres], ([a, b]) => 100 * (1 - b / a)),
  };
}

/** Expected number of distinct cells among m uniform draws with replacement from N: N (1 - (1 - 1/N)^m). */
export function expectedDistinct(size: number, draws: number): number {
  return size * -Math.expm1(draws * Math.log1p(-1 / size));
}

export interface Coverage {
  readonly space: SpaceName;
  readonly size: number;
  readonly expectedDistinct: number;
  readonly fraction: number;
}

export function coverage(sizes: SpaceSizes): Coverage[] {
  return AUTHOR_SPACES.map((space) => {
    const distinct = expectedDistinct(sizes[space], C08_COVERAGE.draws);
    return { space, size: sizes[space], expectedDistinct: distinct, fraction: distinct / sizes[space] };
  });
}

/** "Enough to cover": at least 90% of the space expected to be seen; "a tiny fraction": at most 10%. */
export const COVERED_FRACTION = 0.9;
export const TINY_FRACTION = 0.1;

export function coverageChecks(sizes: SpaceSizes): PrintedCheck[] {
  const c = C08_COVERAGE;
  const byName = new Map(coverage(sizes).map((x) => [x.space, x]));
  const frac = (space: SpaceName) => exactly((byName.get(space) as Coverage).fraction);
  return [
    { name: '432 epochs x 157 mini-batches', printed: c.draws, decimals: 0, recomputed: exactly(c.epochs * c.batchesPerEpoch) },
    { name: '157 mini-batches = ceil(40,000 / 256)', printed: c.batchesPerEpoch, decimals: 0, recomputed: exactly(Math.ceil(TRAINING_SPLIT.images / TRAINING_SPLIT.batchSize)) },
    ...c.coveredSpaces.map((space) => ({
      name: `${space} covered by 67,824 uniform draws (expected fraction seen >= ${COVERED_FRACTION})`,
      printed: 1,
      decimals: 0,
      stated: { low: COVERED_FRACTION, high: 1 },
      recomputed: frac(space),
    })),
    ...c.tinySpaces.map((space) => ({
      name: `${space}: "only a tiny fraction" seen (expected fraction <= ${TINY_FRACTION})`,
      printed: 0,
      decimals: 0,
      stated: { low: 0, high: TINY_FRACTION },
      recomputed: frac(space),
    })),
  ];
}
