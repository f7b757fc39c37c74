/**
 * Per-cell replication evidence (C09, C10, C11, C21): this harness's scored cells laid out as the authors' rows, so
 * the very analyses of the re-analysis level run on them unchanged. A super-net's no-ft and bns-ft scores become two
 * evaluation sets of the same cells, as in the authors' data.
 */
import type { AuthorsEvaluation } from '../authors/evaluations.js';
import { scoredSettings } from '../evidence/replicated-entries.js';
import type { ReplicationResult } from '../evidence/replication-result.js';
import { evaluationSets, type EvaluationSet } from '../reanalysis/evaluation-sets.js';
import { independentSets, integrityFindings, type IntegrityFinding } from '../reanalysis/integrity.js';

const triple = (values: readonly number[], what: string): [number, number, number] => {
  if (values.length !== 3) throw new Error(`replication cell with ${values.length} ${what} runs; the analyses expect NAS-Bench-101's 3`);
  return [values[0], values[1], values[2]];
};

export function replicationRows(results: readonly ReplicationResult[]): AuthorsEvaluation[] {
  return results.flatMap((result) =>
    scoredSettings(result).flatMap(({ setting, proxy }) =>
      result.cells.map(
        (c): AuthorsEvaluation => ({
          setting,
          space: result.space,
          supernet: result.supernet,
          cell: c.cell,
          trainableParameters: c.trainableParameters,
          proxyAccuracy: c[proxy],
          validationAccuracy: triple(c.runs.map((r) => r.validation), 'validation'),
          testAccuracy: triple(c.runs.map((r) => r.test), 'test'),
          trainingTime: triple(c.runs.map((r) => r.trainingTime), 'training time'),
        }),
      ),
    ),
  );
}

export interface ReplicatedSets {
  readonly sets: readonly EvaluationSet[];
  readonly findings: readonly IntegrityFinding[];
  /** The bns-ft sets of trained (not failed) super-nets, over every space. */
  readonly bnsFt: readonly EvaluationSet[];
}

/**
 * The per-cell evaluations of the super-nets that trained: a failed one (proxies constant or at chance, the unit's
 * `failed`) is left out here as it is from Table 3 (the paper's asterisks), so every replication level reads the
 * same super-nets.
 */
export function replicatedSets(results: readonly ReplicationResult[]): ReplicatedSets {
  const sets = evaluationSets(replicationRows(results.filter((r) => r.failed === null)));
  const findings = integrityFindings(sets);
  const spaces = [...new Set(results.map((r) => r.space))];
  return { sets, findings, bnsFt: spaces.flatMap((space) => independentSets(sets, findings, 'bns-ft', space)) };
}
