/**
 * The units of work of a profile. Each is a pure function of its description (config + seed + code version), so
 * the list is the same on every machine and shard, and a stored unit is never computed twice.
 */
import type { SpaceName } from '../space/spaces.js';
import type { Profile, ReplicationPlan, SearchPlan } from './profiles.js';
import type { Unit } from './unit.js';

export const REPLICATION_KIND = 'replication';
export const SEARCH_KIND = 'search-study';

/** Bump when the code computing a kind of unit changes its results, so stored results are not reused. */
const CODE_VERSION = { [REPLICATION_KIND]: 1, [SEARCH_KIND]: 1 } as const;

export interface ReplicationUnitConfig {
  readonly space: SpaceName;
  readonly variant: ReplicationPlan['variants'][number];
  readonly supernet: number;
  readonly plan: ReplicationPlan;
  /** Which ground truth scores the cells ("official" or "subset" and its source). */
  readonly groundTruth: string;
  /** The CIFAR-10 source the super-net trains on. */
  readonly cifar10: string;
}

export interface SearchUnitConfig {
  readonly space: SpaceName;
  readonly plan: SearchPlan;
  readonly groundTruth: string;
}

export interface PlanInputs {
  readonly seed: number;
  readonly groundTruth: string;
  readonly cifar10: string;
}

/**
 * The ground truth as a unit's config names it: its kind and content checksum, not its path, so stores made on
 * machines with different checkouts or cache folders merge.
 */
export function groundTruthIdentity(groundTruth: { readonly kind: string; readonly source: string }): string {
  return `${groundTruth.kind} ${/sha256:[0-9a-f]+/.exec(groundTruth.source)?.[0] ?? groundTruth.source}`;
}

export function unitsOfProfile(profile: Profile, inputs: PlanInputs): Unit[] {
  const { replication, search } = profile;
  const units: Unit[] = [];
  for (const space of replication.spaces) {
    for (const variant of replication.variants) {
      for (let supernet = 0; supernet < replication.supernets; supernet++) {
        const config: ReplicationUnitConfig = {
          space,
          variant,
          supernet,
          plan: replication,
          groundTruth: inputs.groundTruth,
          cifar10: inputs.cifar10,
        };
        units.push({
          label: `super-net ${space}/${variant}/${supernet}`,
          cost: replication.epochs * replication.trainImages,
          description: { kind: REPLICATION_KIND, codeVersion: CODE_VERSION[REPLICATION_KIND], config, seed: inputs.seed },
        });
      }
    }
  }
  for (const space of search.spaces) {
    const config: SearchUnitConfig = { space, plan: search, groundTruth: inputs.groundTruth };
    units.push({
      label: `searches ${space}`,
      cost: search.evaluations * (search.baselineRuns + search.wsRuns),
      description: { kind: SEARCH_KIND, codeVersion: CODE_VERSION[SEARCH_KIND], config, seed: inputs.seed },
    });
  }
  return units;
}
