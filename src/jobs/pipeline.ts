/**
 * The end-to-end job behind `ws-repro run`, `ws-repro report` and `npm run verify:claims`: plan a profile's units,
 * run a shard of them into the store, then judge every claim from whatever the store holds.
 */
import { cifar10Identity } from '../data/cifar10-identity.js';
import type { EvidenceContext } from '../evidence/context.js';
import { loadGroundTruth } from '../nasbench/load-ground-truth.js';
import { evaluateAllClaims } from '../claims/index.js';
import type { ClaimResult } from '../verdict/verdict.js';
import { groundTruthIdentity, REPLICATION_KIND, SEARCH_KIND, unitsOfProfile, type ReplicationUnitConfig, type SearchUnitConfig } from '../experiments/plan.js';
import type { Profile } from '../experiments/profiles.js';
import type { UnitResources } from '../experiments/resources.js';
import { replicationEvidence } from '../evidence/replication-evidence.js';
import type { ReplicationResult } from '../evidence/replication-result.js';
import { trainingLengthPoint, type TrainingLengthCurve, type TrainingLengthPoint } from '../evidence/training-length.js';
import { recordedResultsOf, type RecordedResults } from '../experiments/recorded.js';
import { recomputeRecorded } from '../experiments/recompute.js';
import { runUnits, type RunSummary } from '../experiments/runner.js';
import { mergeSearchStudies, searchUnitStudy } from '../experiments/search-unit.js';
import { recordedWsSearchesOf } from '../evidence/recorded-ws-searches.js';
import type { SearchStudy } from '../search/study.js';
import type { Shard } from '../experiments/shard.js';
import { RESULT_SHAPES } from '../experiments/result-shapes.js';
import { ArtifactStore, DamagedArtifactError } from '../experiments/store.js';
import type { Unit } from '../experiments/unit.js';
import { createEvidenceContext } from './evidence-context.js';

export interface PipelineOptions {
  readonly profile: Profile;
  readonly storeRoot: string;
  readonly seed: number;
  /** The run's ground truth, CIFAR-10 and backend, resolved once from the environment (src/jobs/resources.ts). */
  readonly resources: UnitResources;
  /** Where recorded results are looked up (results/<profile>/); default the repository's results/. */
  readonly resultsRoot?: string;
}

/** The profile's recorded results in the repository, if any (src/experiments/recorded.ts). */
export function profileRecorded(options: PipelineOptions): RecordedResults | undefined {
  return recordedResultsOf(options.profile.name, options.resultsRoot);
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
  const recorded = profileRecorded(options);
  return runUnits({
    store: new ArtifactStore(options.storeRoot, RESULT_SHAPES),
    units: planProfile(options),
    resources: options.resources,
    shard: options.shard,
    workers: options.profile.workers,
    ...(recorded ? { recorded } : {}),
  });
}

/** `run --recompute`: the recorded units `selector` names, recomputed into the store and compared. */
export function recomputeProfile(options: PipelineOptions & { selector: string }): ReturnType<typeof recomputeRecorded> {
  const recorded = profileRecorded(options);
  if (!recorded) throw new Error(`--recompute: profile ${options.profile.name} has no recorded results (results/${options.profile.name}/provenance.json is absent)`);
  return recomputeRecorded({
    store: new ArtifactStore(options.storeRoot, RESULT_SHAPES),
    units: planProfile(options),
    recorded,
    resources: options.resources,
    workers: options.profile.workers,
    selector: options.selector,
  });
}

/** A search unit's study with the unit's config and seed. */
export interface StoredSearchStudy {
  readonly config: SearchUnitConfig;
  readonly seed: number;
  readonly study: SearchStudy;
}

/** The store cannot back a report: damaged artifacts, or none of the planned units. */
export class StoreRefusal extends Error {
  override name = 'StoreRefusal';
}

export interface StoredEvidence {
  /** The super-nets the claims read (the training-length curve's own super-nets are apart). */
  readonly replication: readonly ReplicationResult[];
  /** Spearman vs training length, when the profile plans the curve and the store holds some of it. */
  readonly trainingLength: TrainingLengthCurve | undefined;
  readonly search: SearchStudy | undefined;
  /** `recorded`: the unit came from the recorded results ("recorded on <date> at <commit>, <backend>, <duration>"). */
  readonly durations: readonly { readonly unit: string; readonly seconds: number; readonly recorded?: string }[];
  /** Planned units the store does not hold (another shard's, or not run yet). */
  readonly missing: readonly string[];
}

/**
 * The results of this profile's planned units that the store holds (several shards' stores merged into one).
 * Refuses (throws, naming every file) when an artifact is damaged, and when the store holds none of the units.
 */
export function storedEvidence(options: PipelineOptions): StoredEvidence {
  const store = new ArtifactStore(options.storeRoot, RESULT_SHAPES);
  const recorded = profileRecorded(options);
  const replication: ReplicationResult[] = [];
  const curve = options.profile.replication.trainingLength;
  const curvePoints: TrainingLengthPoint[] = [];
  const studies: StoredSearchStudy[] = [];
  const durations: { unit: string; seconds: number; recorded?: string }[] = [];
  const missing: string[] = [];
  const damaged: DamagedArtifactError[] = [];
  const units = planProfile(options);
  for (const unit of units) {
    const own = store.inspect<unknown>(unit.description);
    // The user's store first; then the recorded results, read with the same checks.
    const fromRecord = own.status === 'missing' && recorded?.unit(unit) ? recorded.store.inspect<unknown>(unit.description) : undefined;
    const state = fromRecord ?? own;
    if (state.status === 'damaged') damaged.push(state.error);
    if (state.status !== 'stored') {
      missing.push(unit.label);
      continue;
    }
    const artifact = state.artifact;
    const note = fromRecord ? recorded?.describe(unit) : undefined;
    durations.push({ unit: unit.label, seconds: artifact.seconds, ...(note ? { recorded: note } : {}) });
    if (unit.description.kind === REPLICATION_KIND) {
      const result = artifact.result as ReplicationResult;
      if (unit.role !== 'training-length') replication.push(result);
      // The curve: its own super-nets and the space's regular baseline ones.
      if (curve?.space === result.space && result.variant === 'baseline') {
        curvePoints.push(trainingLengthPoint(result, (unit.description.config as ReplicationUnitConfig).plan));
      }
    }
    if (unit.description.kind === SEARCH_KIND) {
      studies.push({ config: unit.description.config as SearchUnitConfig, seed: unit.description.seed, study: artifact.result as SearchStudy });
    }
  }
  if (damaged.length > 0) {
    throw new StoreRefusal(`refusing to judge from damaged evidence (\`ws-repro run\` sets it aside and recomputes it): ${damaged.map((e) => e.message).join('; ')}`);
  }
  if (units.length > 0 && missing.length === units.length) {
    throw new StoreRefusal(`the store ${options.storeRoot} holds none of the ${units.length} planned units of profile ${options.profile.name} (wrong --store or --seed? run \`ws-repro run\` first)`);
  }
  const trainingLength =
    curve && curvePoints.some((p) => p.epochs !== options.profile.replication.epochs)
      ? { space: curve.space, profileEpochs: options.profile.replication.epochs, points: curvePoints }
      : undefined;
  return { replication, trainingLength, search: mergeSearchStudies(withRecordedGsWs(studies, replication, options.resources)), durations, missing };
}

/**
 * The search units' studies, with GS_ws on the spaces where the replication units recorded GS_ws runs with their
 * super-nets (a search unit cannot wait for them): such a space's study is computed again with those runs, the
 * same seeded baseline and RS_ws runs, and GS_ws's time axis as RS_ws's (super-net training + proxy evaluations).
 */
export function withRecordedGsWs(studies: readonly StoredSearchStudy[], replication: readonly ReplicationResult[], resources: UnitResources): SearchStudy[] {
  const recorded = recordedWsSearchesOf(replication);
  const groundTruth = studies.some(({ config }) => recorded(config.space).length > 0) ? loadGroundTruth(resources.groundTruth) : undefined;
  return studies.map(({ config, seed, study }) =>
    groundTruth && recorded(config.space).length > 0 ? searchUnitStudy(config, seed, groundTruth, recorded) : study,
  );
}

/** Every claim judged on the stored evidence; the context is returned so callers reuse what it computed. */
export async function judgeClaims(
  options: PipelineOptions,
  evidence: StoredEvidence,
  onClaim?: (id: string) => void,
): Promise<{ results: ClaimResult[]; context: EvidenceContext }> {
  const search = evidence.search;
  const context = createEvidenceContext({
    profile: options.profile.name,
    groundTruth: options.resources.groundTruth,
    seed: options.seed,
    replication: replicationEvidence(options.profile.name, evidence.replication),
    ...(search ? { searchStudy: () => search } : {}),
  });
  return { results: await evaluateAllClaims(context, onClaim), context };
}
