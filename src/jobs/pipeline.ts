/**
 * The end-to-end job behind `ws-repro run`, `ws-repro report` and `npm run verify:claims`: plan a profile's units,
 * run a shard of them into the store, then judge every claim from whatever the store holds.
 */
import { defaultGroundTruth } from '../nasbench/ground-truth.js';
import { createEvidenceContext, type EvidenceContext } from '../claims/context.js';
import { evaluateAllClaims } from '../claims/index.js';
import { EMBEDDED_CIFAR10 } from '../data/dataset.js';
import type { ClaimResult } from '../verdict/verdict.js';
import { groundTruthIdentity, REPLICATION_KIND, SEARCH_KIND, unitsOfProfile } from '../experiments/plan.js';
import type { Profile } from '../experiments/profiles.js';
import { replicationEvidence } from '../evidence/replication-evidence.js';
import type { ReplicationResult } from '../evidence/replication-result.js';
import { runUnits, type RunSummary } from '../experiments/runner.js';
import { mergeSearchStudies } from '../experiments/search-unit.js';
import type { SearchStudy } from '../search/study.js';
import type { Shard } from '../experiments/shard.js';
import { ArtifactStore } from '../experiments/store.js';
import type { Unit } from '../experiments/unit.js';

export interface PipelineOptions {
  readonly profile: Profile;
  readonly storeRoot: string;
  readonly seed: number;
}

/** Where CIFAR-10 comes from: the official binary release when WS_REPRO_CIFAR10_DIR names it, else the embedded JPEGs. */
export function cifar10Source(): string {
  const dir = process.env.WS_REPRO_CIFAR10_DIR;
  return dir ? `official-binary:${dir}` : `jpeg-subset:${EMBEDDED_CIFAR10.replace(/^.*\/data\//, 'data/')}`;
}

export function planProfile(options: PipelineOptions): Unit[] {
  return unitsOfProfile(options.profile, {
    seed: options.seed,
    groundTruth: groundTruthIdentity(defaultGroundTruth()),
    cifar10: cifar10Source(),
  });
}

export function runProfile(options: PipelineOptions & { shard: Shard }): Promise<RunSummary> {
  return runUnits({
    store: new ArtifactStore(options.storeRoot),
    units: planProfile(options),
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
    seed: options.seed,
    replication: replicationEvidence(options.profile, evidence.replication),
    ...(search ? { searchStudy: () => search } : {}),
  });
  return { results: await evaluateAllClaims(context), context };
}
