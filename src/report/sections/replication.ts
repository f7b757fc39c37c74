/**
 * This run's replication as the report reads it: the per-super-net results of the experiment store, and whether
 * they were produced at the paper's scale (only then are they comparable with Table 3's printed numbers).
 */
import type { ReplicationResult } from '../../evidence/replication-result.js';

export interface ReplicationInput {
  readonly profile: string;
  /** True only for the paper's protocol (16 filters, 3x3 cells, 432 epochs, 1,000 cells, 5 super-nets). */
  readonly paperScale: boolean;
  readonly results: readonly ReplicationResult[];
}
