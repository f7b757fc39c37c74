/** Replication levels: read this harness's own super-nets from the context, or say how to produce them. */
import type { AuthorSpace, Setting } from '../bench/authors.js';
import { skippedLevel } from '../verdict/skip.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { EvidenceContext, ReplicationEvidence } from './context.js';

export const NO_REPLICATION = {
  missing: 'replication results (super-nets trained and scored by this harness) in the experiment store',
  howToSupply: 'run `ws-repro run --profile smoke` (or cpu / paper on a GPU runner), then `ws-repro report`',
};

/** The replication evidence, or the skipped level that says how to produce it. */
export function replicationOr(context: EvidenceContext): ReplicationEvidence | LevelResult {
  return context.replication ?? skippedLevel('replication', NO_REPLICATION);
}

export function isLevelResult(x: ReplicationEvidence | LevelResult): x is LevelResult {
  return 'verdict' in x;
}

export function replicatedValues(r: ReplicationEvidence, setting: Setting, space: AuthorSpace): readonly number[] | undefined {
  return r.correlations.find((c) => c.setting === setting && c.space === space)?.values;
}

/** The replication evidence does not carry per-cell proxies yet: claims about cell subgroups and distributions skip. */
export function perCellReplicationMissing(): LevelResult {
  return skippedLevel('replication', {
    missing: 'per-cell proxy and standalone accuracies of this harness\'s super-nets (the replication evidence carries per-super-net correlations only)',
    howToSupply: 'record per-cell scores in the experiment store (ws-repro run writes them with the super-net sweep) and pass them in the evidence context',
  });
}
