/**
 * The replication evidence the claims read, from the replication units in the store: per (setting, space) one
 * Spearman value per super-net that trained (failed super-nets are left out, as the paper's asterisks do).
 */
import type { ReplicationEvidence } from '../claims/context.js';
import type { Profile } from '../experiments/profiles.js';
import { replicatedCells } from './replicated-cells.js';
import type { ReplicationResult } from './replication-result.js';

export function replicationEvidence(profile: Profile, results: readonly ReplicationResult[]): ReplicationEvidence | undefined {
  if (results.length === 0) return undefined;
  const timed = results.filter((r) => Number.isFinite(r.secondsPerProxyEvaluation));
  return {
    profile: profile.name,
    paperScale: profile.name === 'paper',
    backend: [...new Set(results.map((r) => r.backend))].join(', '),
    correlations: replicatedCells(results)
      .filter((cell) => cell.values.length > 0)
      .map(({ setting, space, values }) => ({ setting, space, values })),
    results,
    secondsPerProxyEvaluation: timed.reduce((sum, r) => sum + r.secondsPerProxyEvaluation, 0) / Math.max(1, timed.length),
  };
}
