/** Replication levels: read this harness's own super-nets from the context, or say how to produce them. */
import type { Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { skippedLevel } from '../verdict/skip.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { EvidenceContext, ReplicationEvidence } from '../evidence/context.js';
import { replicatedSets, type ReplicatedSets } from './replication-cells.js';

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

export function replicatedValues(r: ReplicationEvidence, setting: Setting, space: SpaceName): readonly number[] | undefined {
  return r.correlations.find((c) => c.setting === setting && c.space === space)?.values;
}

/**
 * A per-cell replication level: judged on this harness's scored cells (see replication-cells.ts) once the run has
 * at least `minimum` trained bns-ft super-nets (on `space`, when given); skipped otherwise, saying what is missing.
 */
export function perCellReplication(
  context: EvidenceContext,
  minimum: number,
  unit: string,
  judge: (sets: ReplicatedSets) => LevelResult,
  space?: SpaceName,
): LevelResult {
  const r = replicationOr(context);
  if (isLevelResult(r)) return r;
  const sets = replicatedSets(r.results);
  const relevant = sets.bnsFt.filter((s) => !space || s.space === space).length;
  if (relevant < minimum) {
    return skippedLevel('replication', {
      missing: `at least ${minimum} ${unit}${space ? ` on ${space}` : ''}; the ${r.profile} run trained ${relevant} that did not fail`,
      howToSupply: `a profile with more super-nets${space ? ` on ${space}` : ''} (\`--profile cpu\`, or \`paper\` on a GPU runner)`,
    });
  }
  return judge(sets);
}
