/**
 * The inputs of a run, resolved once from the environment: the official NAS-Bench-101 table when the user imported
 * one, else the authors' subset; the CIFAR-10 release the user named, else the embedded subset; the backend asked for.
 */
import { existsSync } from 'node:fs';
import { loadGroundTruth, type GroundTruthSource } from '../nasbench/load-ground-truth.js';
import type { NasBenchTable } from '../nasbench/table.js';
import type { GroundTruth } from '../nasbench/ground-truth.js';
import { loadFullSpaceRun0 } from '../nasbench/full-space-run0.js';
import type { UnitResources } from '../experiments/resources.js';
import type { Environment } from './environment.js';

export function groundTruthSource(environment: Environment): GroundTruthSource {
  return existsSync(environment.nasbenchCache) ? { kind: 'official', cache: environment.nasbenchCache } : { kind: 'subset' };
}

/** The official table when imported at the environment's cache path, else the authors' subset. */
export function defaultGroundTruth(environment: Environment): NasBenchTable {
  return loadGroundTruth(groundTruthSource(environment));
}

/**
 * The ground truth a search runs on: the official table when imported, else the embedded full-space run-0 table
 * (greedy search leaves the authors' subset; src/search/universe.ts says what stands in for the missing metrics).
 */
export function searchGroundTruth(environment: Environment): GroundTruth {
  return existsSync(environment.nasbenchCache) ? loadGroundTruth({ kind: 'official', cache: environment.nasbenchCache }) : loadFullSpaceRun0();
}

export function unitResources(environment: Environment): UnitResources {
  return {
    groundTruth: groundTruthSource(environment),
    cifar10: environment.cifar10Dir ? { binaryDir: environment.cifar10Dir } : {},
    ...(environment.backend ? { backend: environment.backend } : {}),
  };
}
