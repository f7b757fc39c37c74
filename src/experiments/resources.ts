/**
 * Where a unit finds its inputs on this machine, and which backend computes it: resolved once at the top
 * (src/jobs) and handed to every unit with its description. The description (hence the unit's key) names the
 * inputs by content, never these places; a unit checks that what it loads is what its description names.
 */
import type { Cifar10Location } from '../data/cifar10-identity.js';
import type { GroundTruthSource } from '../nasbench/load-ground-truth.js';
import type { BackendName } from '../nn/backend.js';

export interface UnitResources {
  readonly groundTruth: GroundTruthSource;
  readonly cifar10: Cifar10Location;
  /** Absent: the fastest backend that loads. */
  readonly backend?: BackendName;
}

/** Fails, naming both, when an input loaded `from` a place is not the one the unit's description names. */
export function checkLoaded(what: string, planned: string, loaded: string, from: string): void {
  if (planned !== loaded) throw new Error(`unit planned for ${what} ${planned}, but ${from} holds ${loaded}`);
}
