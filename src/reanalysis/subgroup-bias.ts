/**
 * C10 / C11 (section 5.3, Fig. 4): is a structural subgroup of cells over-evaluated by the super-net? A cell's
 * over-evaluation is its proxy rank minus its standalone rank, both as fractions of the set size (mid-ranks), so
 * +0.2 means the super-net places it 20 percentiles higher than its standalone accuracy does. Per super-net: Welch
 * tests of the subgroup against the rest on over-evaluation and on standalone accuracy; across super-nets: a
 * one-sample test of the per-super-net differences (each super-net is an independent run on its own cells). Also
 * the cluster a search would pick from: the subgroup's share of the top decile by proxy (mid-rank above 0.9 n)
 * against its share of all cells, and that decile's mean standalone accuracy against all cells'.
 */
import { CONV3X3, type Cell } from '../space/cell.js';
import { isResidual, type SpaceName } from '../space/spaces.js';
import { ranks } from '../stats/ranks.js';
import { mean } from '../stats/summary.js';
import { welchTTest, type TTest } from '../stats/ttest.js';
import { standalone, type EvaluationSet, type Target } from './evaluation-sets.js';
import { independentSets, type IntegrityFinding } from './integrity.js';
import { pairedDifferenceTest, type PairedTest } from './paired-test.js';

export interface GroupMeans {
  readonly size: number;
  readonly overEvaluation: number;
  readonly proxy: number;
  readonly standalone: number;
}

export interface SupernetBias {
  readonly supernet: number;
  readonly subgroup: GroupMeans;
  readonly rest: GroupMeans;
  /** Subgroup minus rest, over-evaluation. */
  readonly overEvaluationTest: TTest;
  /** Subgroup minus rest, standalone accuracy. */
  readonly standaloneTest: TTest;
  readonly topDecile: TopDecile;
}

/** The cells with the highest 10% proxy accuracies of one run. */
export interface TopDecile {
  readonly size: number;
  readonly subgroupShare: number;
  readonly overallShare: number;
  readonly meanStandalone: number;
  readonly overallMeanStandalone: number;
}

/** Fraction of a run's cells in the top decile. */
export const TOP_FRACTION = 0.1;

export interface SubgroupBias {
  readonly subgroup: string;
  readonly supernets: readonly SupernetBias[];
  /** Across super-nets: mean of (subgroup - rest) over-evaluation, tested against 0. */
  readonly overEvaluationAcross: PairedTest;
  /** Across super-nets: mean of (subgroup - rest) standalone accuracy, tested against 0. */
  readonly standaloneAcross: PairedTest;
  /** Mean over super-nets of the subgroup's share of the top decile by proxy. */
  readonly meanTopDecileShare: number;
}

/** Proxy rank minus standalone rank, as fractions of the set size. */
export function overEvaluation(proxy: readonly number[], truth: readonly number[]): number[] {
  const rp = ranks(proxy, 'proxy');
  const rt = ranks(truth, 'standalone');
  return rp.map((r, i) => (r - rt[i]) / proxy.length);
}

function groupMeans(indices: readonly number[], over: readonly number[], proxy: readonly number[], truth: readonly number[]): GroupMeans {
  const pick = (v: readonly number[]) => indices.map((i) => v[i]);
  return { size: indices.length, overEvaluation: mean(pick(over)), proxy: mean(pick(proxy)), standalone: mean(pick(truth)) };
}

function supernetBias(set: EvaluationSet, inSubgroup: (cell: Cell) => boolean, target: Target): SupernetBias {
  const truth = standalone(set, target);
  const over = overEvaluation(set.proxy, truth);
  const members = set.rows.map((r, i) => (inSubgroup(r.cell) ? i : -1)).filter((i) => i >= 0);
  const others = set.rows.map((r, i) => (inSubgroup(r.cell) ? -1 : i)).filter((i) => i >= 0);
  const pick = (v: readonly number[], idx: readonly number[]) => idx.map((i) => v[i]);
  const proxyRanks = ranks(set.proxy, 'proxy');
  const top = proxyRanks.map((r, i) => (r > (1 - TOP_FRACTION) * set.proxy.length ? i : -1)).filter((i) => i >= 0);
  return {
    supernet: set.supernet,
    subgroup: groupMeans(members, over, set.proxy, truth),
    rest: groupMeans(others, over, set.proxy, truth),
    overEvaluationTest: welchTTest(pick(over, members), pick(over, others)),
    standaloneTest: welchTTest(pick(truth, members), pick(truth, others)),
    topDecile: {
      size: top.length,
      subgroupShare: top.filter((i) => inSubgroup(set.rows[i].cell)).length / top.length,
      overallShare: members.length / set.rows.length,
      meanStandalone: mean(pick(truth, top)),
      overallMeanStandalone: mean(truth),
    },
  };
}

/** Bias of `sets` (independent, non-failed runs of one setting and space) towards the cells `inSubgroup` accepts. */
export function subgroupBias(
  subgroup: string,
  sets: readonly EvaluationSet[],
  inSubgroup: (cell: Cell) => boolean,
  target: Target = 'validation',
): SubgroupBias {
  const supernets = sets.map((s) => supernetBias(s, inSubgroup, target));
  return {
    subgroup,
    supernets,
    overEvaluationAcross: pairedDifferenceTest(supernets.map((s) => s.subgroup.overEvaluation - s.rest.overEvaluation)),
    standaloneAcross: pairedDifferenceTest(supernets.map((s) => s.subgroup.standalone - s.rest.standalone)),
    meanTopDecileShare: mean(supernets.map((s) => s.topDecile.subgroupShare)),
  };
}

/** C10's subgroup: cells with the input->output edge. */
export const residualCells = (cell: Cell): boolean => isResidual(cell);

/** C11's subgroup: a 3x3 convolution on the first vertex after the input (pruned, topologically ordered cell). */
export const conv3x3OnFirstVertex = (cell: Cell): boolean => cell.ops[1] === CONV3X3;

/** A subgroup the paper says is over-evaluated (Fig. 4), on the space where it says so. */
export interface PaperSubgroup {
  readonly name: string;
  readonly space: SpaceName;
  readonly member: (cell: Cell) => boolean;
}

export const RESIDUAL_ON_A1: PaperSubgroup = { name: 'residual cells on A1 (bns-ft)', space: 'A1', member: residualCells };
export const CONV3X3_FIRST_ON_A4: PaperSubgroup = { name: '3x3 convolution on the first vertex on A4 (bns-ft)', space: 'A4', member: conv3x3OnFirstVertex };

/** The subgroup's bias over the independent bns-ft super-nets of its space. */
export function paperSubgroupBias(subgroup: PaperSubgroup, sets: readonly EvaluationSet[], findings: readonly IntegrityFinding[]): SubgroupBias {
  return subgroupBias(subgroup.name, independentSets(sets, findings, 'bns-ft', subgroup.space), subgroup.member);
}
