/**
 * The end-to-end job behind `ws-repro run`, `ws-repro report` and `npm run verify:claims`: plan a profile's units,
 * run a shard of them into the store, then judge every claim from whatever the store holds.
 */
import { cifar10Identity } from '../data/cifar10-identity.js';
import type { EvidenceContext } from '../evidence/context.js';
import { loadGroundTruth } from '../nasbench/load-ground-truth.js';
import { evaluateAllClaims } from '../claims/index.js';
import type { ClaimResult } from '../verdict/verdict.js';
import { groundTruthIdentity, REPLICATION_KIND, SEARCH_KIND, unitsOfProfile } from '../experiments/plan.js';
import type { Profile } from '../experiments/profiles.js';
import type { UnitResources } from '../experiments/resources.js';
import { replicationEvidence } from '../evidence/replication-evidence.js';
import type { ReplicationResult } from '../evidence/replication-result.js';
import { runUnits, type RunSummary } from '../experiments/runner.js';
import { mergeSearchStudies } from '../experiments/search-unit.js';
import type { SearchStudy } from '../search/study.js';
import type { Shard } from '../experiments/shard.js';
import { ArtifactStore } from '../experiments/store.js';
import type { Unit } from '../experiments/unit.js';
import { createEvidenceContext } from './evidence-context.js';

export interface PipelineOptions {
  readonly profile: Profile;
  readonly storeRoot: string;
  readonly seed: number;
  /** The run's ground truth, CIFAR-10 and backend, resolved once from the environment (src/jobs/resources.ts). */
  readonly resources: UnitResources;
}

/** The profile's units; their configs name the ground truth and CIFAR-10 by content (checksums), not by path. */
export function planProfile(options: PipelineOptions): Unit[] {
  return unitsOfProfile(options.profile, {
    seed: options.seed,
    groundTruth: groundTruthIdentity(loadGroundTruth(options.resources.groundTruth)),
    cifar10: cifar10Identity(options.resources.cifar10),
  });
}

export function runProfile(options: PipelineOptions & { shard: Shard }): Promise<RunSummary> {
  return runUnits({
    store: new ArtifactStore(options.storeRoot),
    units: planProfile(options),
    resources: options.resources,
    shard: options.shard,
    workers: options.profile.workers,
  });
}

export interface StoredEvidence {
  readonly replication: readonly ReplicationResult[];
  readonly search: SearchStudy | undefined;
  readonly durations: readonly { readonly unit: string; readonly seconds: number }[];
  /** Planned units the store does not hold (another shard's, or not run yet). */
  readonly missing: readonly string[];
}

/** The results of this profile's planned units that the store holds (several shards' stores merged into one). */
export function storedEvidence(options: PipelineOptions): StoredEvidence {
  const store = new ArtifactStore(options.storeRoot);
  const replication: ReplicationResult[] = [];
  const studies: SearchStudy[] = [];
  const durations: { unit: string; seconds: number }[] = [];
  const missing: string[] = [];
  for (const unit of planProfile(options)) {
    const artifact = store.get<unknown>(unit.description);
    if (!artifact) {
      missing.push(unit.label);
      continue;
    }
    durations.push({ unit: unit.label, seconds: artifact.seconds });
    if (unit.description.kind === REPLICATION_KIND) replication.push(artifact.result as ReplicationResult);
    if (unit.description.kind === SEARCH_KIND) studies.push(artifact.result as SearchStudy);
  }
  return { replication, search: mergeSearchStudies(studies), durations, missing };
}

/** Every claim judged on the stored evidence; the context is returned so callers reuse what it computed. */
export async function judgeClaims(
  options: PipelineOptions,
  evidence: StoredEvidence,
): Promise<{ results: ClaimResult[]; context: EvidenceContext }> {
  const search = evidence.search;
  const context = createEvidenceContext({
    profile: options.profile.name,
    groundTruth: options.resources.groundTruth,
    seed: options.seed,
    replication: replicationEvidence(options.profile.name, evidence.replication),
    ...(search ? { searchStudy: () => search } : {}),
  });
  return { results: await evaluateAllClaims(context), context };
}
