/**
 * What one replication unit stores: a super-net trained by ws-repro on one space, and the cells it scored, each
 * with its proxy accuracy (no-ft and bns-ft), its NAS-Bench-101 ground truth and its zero-cost features.
 */
import type { GroundTruthKind } from '../nasbench/ground-truth.js';
import type { Cell } from '../space/cell.js';
import type { SpaceName } from '../space/spaces.js';

export interface ScoredCell {
  readonly hash: string;
  /** The pruned cell, as the ground truth stores it. */
  readonly cell: Cell;
  readonly proxyNoFt: number;
  readonly proxyBnsFt: number;
  /** Mean of the three 108-epoch standalone validation accuracies (NAS-Bench-101). */
  readonly standaloneValidation: number;
  readonly standaloneTest: number;
  /** The 108-epoch runs behind the means (validation, test, training seconds). */
  readonly runs: readonly { readonly validation: number; readonly test: number; readonly trainingTime: number }[];
  readonly trainableParameters: number;
  readonly residual: boolean;
  /** Over-evaluation subgroup of paper Fig. 4 on A4: a 3x3 convolution on the first vertex. */
  readonly conv3x3First: boolean;
}

export interface ReplicationResult {
  readonly space: SpaceName;
  /** Table 3 training variant of the super-net ('baseline' gives both no-ft and bns-ft). */
  readonly variant: string;
  readonly supernet: number;
  readonly backend: string;
  readonly groundTruth: { readonly kind: GroundTruthKind; readonly source: string };
  readonly cifar10: { readonly source: string; readonly trainImages: number; readonly heldOutImages: number };
  readonly trainingSeconds: number;
  readonly trainingImagesPerSecond: number;
  readonly secondsPerProxyEvaluation: number;
  readonly finalLoss: number;
  /** Failed super-net (constant or chance-level proxies): excluded from Table 3, as the paper's asterisks. */
  readonly failed: string | null;
  readonly spearmanNoFt: number;
  readonly spearmanBnsFt: number;
  readonly cells: readonly ScoredCell[];
  /** GS_ws runs with this super-net as the bns-ft scorer, when the plan asks for them (failed super-nets included). */
  readonly wsGreedy?: WsGreedyRecord;
}

/** GS_ws runs of one super-net (paper 4.3), compact: each run's visited cells and proxies in visit order. */
export interface WsGreedyRecord {
  readonly evaluations: number;
  /** Held-out images each search score was computed on. */
  readonly images: number;
  /** Distinct cells the super-net scored for all its runs (each once: a per-super-net cache). */
  readonly scoredCells: number;
  readonly secondsPerProxyEvaluation: number;
  /** `run` numbers the run within its space (seeds the search); `hashes` are official NAS-Bench-101 hashes. */
  readonly runs: readonly { readonly run: number; readonly hashes: readonly string[]; readonly proxies: readonly number[] }[];
}
