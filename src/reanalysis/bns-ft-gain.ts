/**
 * C01 and C02 from Table 3: how much batch-norm fine-tuning (bns-ft) raises the correlation over no fine-tuning
 * (no-ft), both as the mean of per-space ratios and as the ratio of the means over spaces (the paper's "270%" and
 * "almost 3 times" admit either reading), and the range of the bns-ft correlations over the seven spaces.
 */
import { AUTHOR_SPACES } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { mean, summarize } from '../stats/summary.js';
import { pairedDifferenceTest, type PairedTest } from './paired-test.js';
import { PAPER_TABLE3, paperTable3Entry } from './paper-table3.js';
import { table3Entry, type Table3 } from './table3.js';

export interface SpaceGain {
  readonly space: SpaceName;
  readonly noFt: number;
  readonly bnsFt: number;
  readonly ratio: number;
  /** SD of the per-super-net correlations, for C01's "large variance" of no-ft. */
  readonly noFtSd: number;
  readonly bnsFtSd: number;
}

export interface GainSummary {
  readonly meanOfRatios: number;
  readonly ratioOfMeans: number;
  readonly noFtRange: readonly [number, number];
}

export interface BnsFtGain extends GainSummary {
  readonly perSpace: readonly SpaceGain[];
  /** Paired test over the spaces of bns-ft minus no-ft mean correlation. */
  readonly test: PairedTest;
  /** The same summary computed from the paper's printed means. */
  readonly paper: GainSummary;
  readonly paperClaim: { readonly increasePercent: 270; readonly timesBetter: 'almost 3' };
}

export interface BnsFtRange {
  readonly min: { readonly space: SpaceName; readonly value: number };
  readonly max: { readonly space: SpaceName; readonly value: number };
  readonly paper: { readonly min: { space: SpaceName; value: number }; readonly max: { space: SpaceName; value: number } };
}

const kept = (values: readonly (number | null)[]) => values.filter((v): v is number => v !== null);

function summary(pairs: readonly { noFt: number; bnsFt: number }[]): GainSummary {
  const noFt = pairs.map((p) => p.noFt);
  return {
    meanOfRatios: mean(pairs.map((p) => p.bnsFt / p.noFt)),
    ratioOfMeans: mean(pairs.map((p) => p.bnsFt)) / mean(noFt),
    noFtRange: [Math.min(...noFt), Math.max(...noFt)],
  };
}

export function bnsFtGain(table: Table3): BnsFtGain {
  const perSpace = AUTHOR_SPACES.map((space): SpaceGain => {
    const noFt = table3Entry(table, 'no-ft', space);
    const bnsFt = table3Entry(table, 'bns-ft', space);
    return {
      space,
      noFt: noFt.mean,
      bnsFt: bnsFt.mean,
      ratio: bnsFt.mean / noFt.mean,
      noFtSd: summarize(kept(noFt.values)).sd,
      bnsFtSd: summarize(kept(bnsFt.values)).sd,
    };
  });
  const paperPairs = AUTHOR_SPACES.map((space) => ({
    noFt: paperTable3Entry('no-ft', space).mean,
    bnsFt: paperTable3Entry('bns-ft', space).mean,
  }));
  return {
    ...summary(perSpace),
    perSpace,
    test: pairedDifferenceTest(perSpace.map((s) => s.bnsFt - s.noFt), 'greater'),
    paper: summary(paperPairs),
    paperClaim: { increasePercent: 270, timesBetter: 'almost 3' },
  };
}

function extremes(values: readonly { space: SpaceName; value: number }[]) {
  const min = values.reduce((a, b) => (b.value < a.value ? b : a));
  const max = values.reduce((a, b) => (b.value > a.value ? b : a));
  return { min, max };
}

export function bnsFtRange(table: Table3): BnsFtRange {
  const computed = extremes(AUTHOR_SPACES.map((space) => ({ space, value: table3Entry(table, 'bns-ft', space).mean })));
  const paper = extremes(
    PAPER_TABLE3.filter((c) => c.setting === 'bns-ft').map((c) => ({ space: c.space, value: c.mean })),
  );
  return { ...computed, paper };
}
