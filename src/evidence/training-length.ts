/**
 * Spearman correlation against training length at the profile's reduced scale (profiles.ts, `trainingLength`): the
 * curve's own super-nets and the space's regular baseline super-nets, each with the epochs it trained for.
 */
import type { SpaceName } from '../space/spaces.js';
import type { ReplicationResult } from './replication-result.js';

export interface TrainingLengthPoint {
  readonly epochs: number;
  /** Training images seen: epochs x the plan's training images. */
  readonly imagesSeen: number;
  readonly supernet: number;
  readonly spearmanNoFt: number;
  readonly spearmanBnsFt: number;
  readonly trainingSeconds: number;
  readonly failed: string | null;
}

export interface TrainingLengthCurve {
  readonly space: SpaceName;
  /** Epochs of the profile's regular super-nets (the ones the claims read). */
  readonly profileEpochs: number;
  readonly points: readonly TrainingLengthPoint[];
}

export function trainingLengthPoint(result: ReplicationResult, plan: { readonly epochs: number; readonly trainImages: number }): TrainingLengthPoint {
  return {
    epochs: plan.epochs,
    imagesSeen: plan.epochs * plan.trainImages,
    supernet: result.supernet,
    spearmanNoFt: result.spearmanNoFt,
    spearmanBnsFt: result.spearmanBnsFt,
    trainingSeconds: result.trainingSeconds,
    failed: result.failed,
  };
}
