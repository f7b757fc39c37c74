/**
 * `ws-repro run --recompute <unit | kind>`: recompute recorded units into the user's store (never into the recorded
 * folder) and compare each with its recorded result, field by field.
 */
import { compareResults, describeComparison, type Comparison, type RecordedResults } from './recorded.js';
import type { UnitResources } from './resources.js';
import { runUnits } from './runner.js';
import { WHOLE } from './shard.js';
import { unitKey, type ArtifactStore } from './store.js';
import type { Unit } from './unit.js';

export interface Recomputed {
  readonly label: string;
  readonly comparison: Comparison;
  readonly lines: readonly string[];
}

/**
 * The recorded units `selector` names: a unit kind ("replication", "search-study"), a unit's label ("super-net
 * A1/baseline/0"), or its key or a prefix of it of at least 8 hex digits.
 */
export function selectRecorded(units: readonly Unit[], recorded: RecordedResults, selector: string): Unit[] {
  const isKeyPrefix = /^[0-9a-f]{8,64}$/.test(selector);
  const chosen = units.filter(
    (u) => recorded.unit(u) && (u.description.kind === selector || u.label === selector || (isKeyPrefix && unitKey(u.description).startsWith(selector))),
  );
  if (chosen.length === 0) {
    const kinds = [...new Set(units.filter((u) => recorded.unit(u)).map((u) => u.description.kind))];
    throw new Error(
      `--recompute ${JSON.stringify(selector)}: no recorded unit matches; give a kind (${kinds.join(', ') || 'none recorded'}), a unit label or a key (8+ hex digits)`,
    );
  }
  return chosen;
}

export async function recomputeRecorded(options: {
  readonly store: ArtifactStore;
  readonly units: readonly Unit[];
  readonly recorded: RecordedResults;
  readonly resources: UnitResources;
  readonly workers: number | 'cores';
  readonly selector: string;
  readonly log?: (line: string) => void;
}): Promise<{ readonly recomputed: readonly Recomputed[]; readonly failed: readonly { label: string; error: string }[] }> {
  const chosen = selectRecorded(options.units, options.recorded, options.selector);
  // Without the recorded results, so the units run (a unit the user's store already holds was recomputed before).
  const summary = await runUnits({ store: options.store, units: chosen, resources: options.resources, shard: WHOLE, workers: options.workers, ...(options.log ? { log: options.log } : {}) });
  const recomputed = chosen.flatMap((unit): Recomputed[] => {
    const mine = options.store.get<unknown>(unit.description);
    const theirs = options.recorded.store.get<unknown>(unit.description);
    if (!mine || !theirs) return [];
    const comparison = compareResults(theirs.result, mine.result);
    return [{ label: unit.label, comparison, lines: describeComparison(unit.label, theirs, mine, comparison) }];
  });
  return { recomputed, failed: summary.failed };
}
