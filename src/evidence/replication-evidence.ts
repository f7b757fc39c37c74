/**
 * The replication evidence the claims read, from the replication units in the store: per (setting, space) one
 * Spearman value per super-net that trained (failed super-nets are left out, as the paper's asterisks do).
 */
import type { ReplicationEvidence } from './context.js';
import { replicatedEntries } from './replicated-entries.js';
import type { ReplicationResult } from './replication-result.js';

/** `profile`: the name of the profile that trained them (the paper's scale only for 'paper'). */
export function replicationEvidence(profile: string, results: readonly ReplicationResult[]): ReplicationEvidence | undefined {
  if (results.length === 0) return undefined;
  const timed = results.filter((r) => Number.isFinite(r.secondsPerProxyEvaluation));
  return {
    profile,
    paperScale: profile === 'paper',
    backend: [...new Set(results.map((r) => r.backend))].join(', '),
    correlations: replicatedEntries(results)
      .filter((cell) => cell.values.length > 0)
      .map(({ setting, space, values }) => ({ setting, space, values })),
    results,
    secondsPerProxyEvaluation: timed.reduce((sum, r) => sum + r.secondsPerProxyEvaluation, 0) / Math.max(1, timed.length),
  };
}
