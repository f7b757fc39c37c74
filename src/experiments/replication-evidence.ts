/**
 * The replication evidence the claims read, from the replication units in the store: per (setting, space) one
 * Spearman value per super-net that trained (failed super-nets are left out, as the paper's asterisks do).
 */
import type { Setting } from '../bench/authors.js';
import type { ReplicationEvidence } from '../claims/context.js';
import type { Profile } from './profiles.js';
import type { ReplicationResult } from './replication-result.js';

/** Table 3 column of a trained variant: the baseline super-net gives both no-ft and bns-ft. */
function settingsOf(result: ReplicationResult): { setting: Setting; rho: number }[] {
  if (result.variant === 'baseline') {
    return [
      { setting: 'no-ft', rho: result.spearmanNoFt },
      { setting: 'bns-ft', rho: result.spearmanBnsFt },
    ];
  }
  return [{ setting: result.variant as Setting, rho: result.spearmanBnsFt }];
}

export function replicationEvidence(profile: Profile, results: readonly ReplicationResult[]): ReplicationEvidence | undefined {
  if (results.length === 0) return undefined;
  const groups = new Map<string, { setting: Setting; space: ReplicationResult['space']; values: number[] }>();
  for (const result of results) {
    if (result.failed) continue;
    for (const { setting, rho } of settingsOf(result)) {
      const key = `${setting}/${result.space}`;
      const group = groups.get(key) ?? { setting, space: result.space, values: [] };
      group.values.push(rho);
      groups.set(key, group);
    }
  }
  const timed = results.filter((r) => Number.isFinite(r.secondsPerProxyEvaluation));
  return {
    profile: profile.name,
    paperScale: profile.name === 'paper',
    backend: [...new Set(results.map((r) => r.backend))].join(', '),
    correlations: [...groups.values()],
    results,
    secondsPerProxyEvaluation: timed.reduce((sum, r) => sum + r.secondsPerProxyEvaluation, 0) / Math.max(1, timed.length),
  };
}
