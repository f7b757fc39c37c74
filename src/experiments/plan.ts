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
export const CODE_VERSION = { [REPLICATION_KIND]: 2, [SEARCH_KIND]: 4 } as const;

/**
 * What one super-net's training and scoring depend on: the plan less how many units it has and where. A unit's key
 * holds only this, so resizing a profile (more super-nets, another space) keeps the units it already has.
 */
export type SuperNetTraining = Omit<
  ReplicationPlan,
  'spaces' | 'supernets' | 'supernetsOf' | 'variants' | 'variantSpaces' | 'variantSupernets' | 'trainingLength'
>;

/** What one space's searches depend on (the plan less its list of spaces). */
export type SearchSettings = Omit<SearchPlan, 'spaces'>;

export interface ReplicationUnitConfig {
  readonly space: SpaceName;
  readonly variant: ReplicationPlan['variants'][number];
  readonly supernet: number;
  readonly plan: SuperNetTraining;
  /** Which ground truth scores the cells ("official" or "subset" and its source). */
  readonly groundTruth: string;
  /** The CIFAR-10 source the super-net trains on. */
  readonly cifar10: string;
}

export interface SearchUnitConfig {
  readonly space: SpaceName;
  readonly plan: SearchSettings;
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

/** Super-nets of `variant` on `space`: the plan's count for variants, for that space, else its default. */
export function supernetsOn(plan: ReplicationPlan, space: SpaceName, variant: ReplicationPlan['variants'][number] = 'baseline'): number {
  return (variant === 'baseline' ? undefined : plan.variantSupernets?.[variant]) ?? plan.supernetsOf?.[space] ?? plan.supernets;
}

export function unitsOfProfile(profile: Profile, inputs: PlanInputs): Unit[] {
  const { replication, search } = profile;
  const {
    spaces: _spaces,
    supernets: _supernets,
    supernetsOf: _supernetsOf,
    variants: _variants,
    variantSpaces: _variantSpaces,
    variantSupernets: _variantSupernets,
    trainingLength,
    ...training
  } = replication;
  // GS_ws runs on the baseline super-nets only (paper 4.3): the other variants' keys do not hold its budget.
  const { wsGreedy: _wsGreedy, ...variantTraining } = training;
  const { spaces: _searchSpaces, ...searchSettings } = search;
  const units: Unit[] = [];
  const replicationUnit = (space: SpaceName, variant: ReplicationPlan['variants'][number], supernet: number, plan: SuperNetTraining, label: string): Unit => {
    const config: ReplicationUnitConfig = { space, variant, supernet, plan, groundTruth: inputs.groundTruth, cifar10: inputs.cifar10 };
    return {
      label,
      // avg-3 trains three sampled cells per step.
      cost: plan.epochs * plan.trainImages * (variant === 'avg-3' ? 3 : 1),
      description: { kind: REPLICATION_KIND, codeVersion: CODE_VERSION[REPLICATION_KIND], config, seed: inputs.seed },
    };
  };
  for (const space of replication.spaces) {
    for (const variant of replication.variants) {
      if (variant !== 'baseline' && replication.variantSpaces && !replication.variantSpaces.includes(space)) continue;
      for (let supernet = 0; supernet < supernetsOn(replication, space, variant); supernet++) {
        const plan = variant === 'baseline' ? training : variantTraining;
        units.push(replicationUnit(space, variant, supernet, plan, `super-net ${space}/${variant}/${supernet}`));
      }
    }
  }
  // Same seeds as the regular super-nets of the space (paired across lengths), no GS_ws.
  for (const [epochs, count] of Object.entries(trainingLength?.supernetsAt ?? {})) {
    const space = trainingLength!.space;
    for (let supernet = 0; supernet < count; supernet++) {
      const plan = { ...variantTraining, epochs: Number(epochs) };
      const unit = replicationUnit(space, 'baseline', supernet, plan, `super-net ${space}/baseline/${supernet} at ${epochs} epoch${epochs === '1' ? '' : 's'}`);
      units.push({ ...unit, role: 'training-length' });
    }
  }
  for (const space of search.spaces) {
    const config: SearchUnitConfig = { space, plan: searchSettings, groundTruth: inputs.groundTruth };
    units.push({
      label: `searches ${space}`,
      cost: search.evaluations * (search.baselineRuns + search.wsRuns),
      description: { kind: SEARCH_KIND, codeVersion: CODE_VERSION[SEARCH_KIND], config, seed: inputs.seed },
    });
  }
  return units;
}
