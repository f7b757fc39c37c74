/**
 * C21 (beyond the paper): does the super-net rank cells better than a zero-cost proxy? Per space, on the same
 * cells and independent bns-ft super-nets, the Spearman correlation with the standalone accuracy of the proxy
 * accuracy and of four zero-cost proxies (trainable parameters, FLOPs, number of 3x3 convolutions, depth), a
 * paired test across super-nets of the difference, and the partial Spearman of the proxy given the parameter count
 * (what the super-net knows beyond cell size).
 */
import { AUTHOR_SPACES, type AuthorsEvaluation } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { CONV3X3, type Cell } from '../space/cell.js';
import { flops } from '../space/flops.js';
import { partialSpearman } from '../stats/partial-spearman.js';
import { spearman, type RankCorrelation } from '../stats/spearman.js';
import { mean } from '../stats/summary.js';
import { standalone, type EvaluationSet, type Target } from './evaluation-sets.js';
import { independentSets, type IntegrityFinding } from './integrity.js';
import { pairedDifferenceTest, type PairedTest } from './paired-test.js';

export const ZERO_COST_PROXIES = ['parameters', 'flops', 'conv3x3', 'depth'] as const;
export type ZeroCostProxy = (typeof ZERO_COST_PROXIES)[number];

/** Number of edges on the longest input->output path of a (pruned, topologically ordered) cell. */
export function cellDepth(cell: Cell): number {
  const n = cell.matrix.length;
  const longest = new Array<number>(n).fill(-Infinity);
  longest[0] = 0;
  for (let to = 1; to < n; to++) {
    for (let from = 0; from < to; from++) {
      if (cell.matrix[from][to]) longest[to] = Math.max(longest[to], longest[from] + 1);
    }
  }
  return longest[n - 1];
}

export function conv3x3Count(cell: Cell): number {
  return cell.ops.filter((op) => op === CONV3X3).length;
}

export function zeroCostScore(proxy: ZeroCostProxy, row: AuthorsEvaluation): number {
  switch (proxy) {
    case 'parameters':
      return row.trainableParameters;
    case 'flops':
      return flops(row.cell);
    case 'conv3x3':
      return conv3x3Count(row.cell);
    case 'depth':
      return cellDepth(row.cell);
  }
}

export interface SupernetZeroCost {
  readonly supernet: number;
  readonly superNet: RankCorrelation;
  readonly zeroCost: Readonly<Record<ZeroCostProxy, RankCorrelation>>;
  /** Spearman of proxy and standalone accuracy given the trainable parameters. */
  readonly partialGivenParameters: RankCorrelation;
}

export interface SpaceZeroCost {
  readonly space: SpaceName;
  readonly supernets: readonly SupernetZeroCost[];
  readonly meanSuperNet: number;
  readonly meanZeroCost: Readonly<Record<ZeroCostProxy, number>>;
  readonly meanPartialGivenParameters: number;
  /** Paired over super-nets: super-net rho minus zero-cost rho. */
  readonly superNetMinusZeroCost: Readonly<Record<ZeroCostProxy, PairedTest>>;
}

export function supernetZeroCost(set: EvaluationSet, target: Target): SupernetZeroCost {
  const truth = standalone(set, target);
  const scores = Object.fromEntries(ZERO_COST_PROXIES.map((p) => [p, set.rows.map((r) => zeroCostScore(p, r))])) as Record<
    ZeroCostProxy,
    number[]
  >;
  return {
    supernet: set.supernet,
    superNet: spearman(set.proxy, truth),
    zeroCost: Object.fromEntries(ZERO_COST_PROXIES.map((p) => [p, spearman(scores[p], truth)])) as Record<ZeroCostProxy, RankCorrelation>,
    partialGivenParameters: partialSpearman(set.proxy, truth, scores.parameters),
  };
}

const byProxy = <T>(f: (p: ZeroCostProxy) => T) => Object.fromEntries(ZERO_COST_PROXIES.map((p) => [p, f(p)])) as Record<ZeroCostProxy, T>;

/** C21 for every space, on the bns-ft super-nets (the paper's reference setting). */
export function zeroCostComparison(
  sets: readonly EvaluationSet[],
  findings: readonly IntegrityFinding[],
  target: Target = 'validation',
): SpaceZeroCost[] {
  return AUTHOR_SPACES.map((space) => {
    const supernets = independentSets(sets, findings, 'bns-ft', space).map((s) => supernetZeroCost(s, target));
    return {
      space,
      supernets,
      meanSuperNet: mean(supernets.map((s) => s.superNet.rho)),
      meanZeroCost: byProxy((p) => mean(supernets.map((s) => s.zeroCost[p].rho))),
      meanPartialGivenParameters: mean(supernets.map((s) => s.partialGivenParameters.rho)),
      superNetMinusZeroCost: byProxy((p) => pairedDifferenceTest(supernets.map((s) => s.superNet.rho - s.zeroCost[p].rho))),
    };
  });
}
