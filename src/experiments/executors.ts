/** The computation behind each kind of unit (run by worker processes). */
import { REPLICATION_KIND, SEARCH_KIND } from './plan.js';
import { runReplicationUnit } from './replication-unit.js';
import type { ProgressSink } from './progress.js';
import type { UnitResources } from './resources.js';
import { runSearchUnit } from './search-unit.js';
import type { UnitDescription } from './store.js';

/**
 * Computes a unit from its description and this machine's resources; `scratch(name)` is a path the unit may use to
 * resume after a crash (see ArtifactStore).
 */
export type Executor = (
  unit: UnitDescription,
  resources: UnitResources,
  progress: ProgressSink,
  scratch: (name: string) => string,
) => Promise<unknown>;

export const EXECUTORS: Readonly<Record<string, Executor>> = {
  [REPLICATION_KIND]: runReplicationUnit,
  [SEARCH_KIND]: runSearchUnit,
};
