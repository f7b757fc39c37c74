/** The computation behind each kind of unit (run by worker processes). */
import { REPLICATION_KIND, SEARCH_KIND } from './plan.js';
import { runReplicationUnit } from './replication-unit.js';
import type { ProgressSink } from './progress.js';
import { runSearchUnit } from './search-unit.js';
import type { UnitDescription } from './store.js';

export type Executor = (unit: UnitDescription, progress: ProgressSink) => Promise<unknown>;

export const EXECUTORS: Readonly<Record<string, Executor>> = {
  [REPLICATION_KIND]: runReplicationUnit,
  [SEARCH_KIND]: runSearchUnit,
};
