/**
 * Which Table 3 columns a trained super-net fills, and this run's Table 3 entries. A 'baseline' super-net gives both
 * no-ft and bns-ft; the other variants are scored after batch-norm re-estimation, as the authors' `*_ft_bn` variants.
 */
import { SETTINGS, type Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import type { ReplicationResult } from './replication-result.js';

export interface ScoredSetting {
  readonly setting: Setting;
  /** The per-cell proxy behind this setting. */
  readonly proxy: 'proxyNoFt' | 'proxyBnsFt';
  /** Its Spearman correlation with the standalone accuracy. */
  readonly rho: number;
}

export function scoredSettings(r: ReplicationResult): ScoredSetting[] {
  if (r.variant === 'baseline') {
    return [
      { setting: 'no-ft', proxy: 'proxyNoFt', rho: r.spearmanNoFt },
      { setting: 'bns-ft', proxy: 'proxyBnsFt', rho: r.spearmanBnsFt },
    ];
  }
  if ((SETTINGS as readonly string[]).includes(r.variant)) {
    return [{ setting: r.variant as Setting, proxy: 'proxyBnsFt', rho: r.spearmanBnsFt }];
  }
  throw new Error(
    `replication result ${r.space}/${r.variant}/${r.supernet}: unknown variant ${JSON.stringify(r.variant)}; expected baseline or one of ${SETTINGS.join(', ')}`,
  );
}

export interface ReplicatedEntry {
  readonly setting: Setting;
  readonly space: SpaceName;
  /** One Spearman rho per super-net that did not fail. */
  readonly values: readonly number[];
  /** The super-nets that failed (constant or chance-level proxies), left out as the paper's asterisks do. */
  readonly failed: readonly number[];
}

/** Table 3 entries of the replication, one per (setting, space) that a result fills. */
export function replicatedEntries(results: readonly ReplicationResult[]): ReplicatedEntry[] {
  const entries = new Map<string, { setting: Setting; space: SpaceName; values: number[]; failed: number[] }>();
  for (const r of results) {
    for (const { setting, rho } of scoredSettings(r)) {
      const key = `${setting}/${r.space}`;
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { setting, space: r.space, values: [], failed: [] }));
      if (r.failed === null) entry.values.push(rho);
      else entry.failed.push(r.supernet);
    }
  }
  return [...entries.values()];
}
