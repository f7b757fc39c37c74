/**
 * This run's replication as the report reads it: the per-super-net results of the experiment store, and whether
 * they were produced at the paper's scale (only then are they comparable with Table 3's printed numbers).
 */
import { SETTINGS, type AuthorSpace, type Setting } from '../../bench/authors.js';
import type { ReplicationResult } from '../../experiments/replication-result.js';

export interface ReplicationInput {
  readonly profile: string;
  /** True only for the paper's protocol (16 filters, 3x3 cells, 432 epochs, 1,000 cells, 5 super-nets). */
  readonly paperScale: boolean;
  readonly results: readonly ReplicationResult[];
}

export interface ReplicatedCell {
  readonly setting: Setting;
  readonly space: AuthorSpace;
  /** One Spearman rho per super-net that did not fail. */
  readonly values: readonly number[];
  readonly failed: readonly number[];
}

/**
 * Table 3 cells of the replication. A 'baseline' super-net gives both no-ft and bns-ft; the other variants are
 * scored after batch-norm re-estimation, as the authors' `*_ft_bn` variants.
 */
export function replicatedCells(results: readonly ReplicationResult[]): ReplicatedCell[] {
  const cells = new Map<string, { setting: Setting; space: AuthorSpace; values: number[]; failed: number[] }>();
  const add = (setting: Setting, r: ReplicationResult, rho: number) => {
    const key = `${setting}/${r.space}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { setting, space: r.space, values: [], failed: [] }));
    if (r.failed === null) cell.values.push(rho);
    else cell.failed.push(r.supernet);
  };
  for (const r of results) {
    if (r.variant === 'baseline') {
      add('no-ft', r, r.spearmanNoFt);
      add('bns-ft', r, r.spearmanBnsFt);
    } else if ((SETTINGS as readonly string[]).includes(r.variant)) {
      add(r.variant as Setting, r, r.spearmanBnsFt);
    } else {
      throw new Error(`replication result ${r.space}/${r.variant}/${r.supernet}: unknown variant ${JSON.stringify(r.variant)}; expected baseline or one of ${SETTINGS.join(', ')}`);
    }
  }
  return [...cells.values()];
}
