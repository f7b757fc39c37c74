/**
 * The evidence a claim evaluator may read: the authors' raw evaluations and their re-analysis, the enumerated space
 * sizes, the search study on the available ground truth, and the replication results when a run produced them.
 * Built once per run by the jobs (src/jobs/evidence-context.ts); the claims and the report only read it.
 */
import type { AuthorsEvaluation, Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import type { SpaceSizes } from '../audit/space-sizes.js';
import type { Reanalysis } from '../reanalysis/reanalysis.js';
import type { SearchStudy } from '../search/study.js';
import type { ReplicationResult } from './replication-result.js';

/** Super-nets trained by this harness and scored against NAS-Bench-101 (written by the experiment runner). */
export interface ReplicationEvidence {
  /** The profile that trained them (smoke, cpu, paper). */
  readonly profile: string;
  /** True only for the paper's protocol (16 filters, 3x3 cells, 432 epochs, 1,000 cells, 5 super-nets). */
  readonly paperScale: boolean;
  readonly backend: string;
  /** Per (setting, space): one Spearman rho per trained super-net (proxy vs mean standalone validation accuracy). */
  readonly correlations: readonly { readonly setting: Setting; readonly space: SpaceName; readonly values: readonly number[] }[];
  /** Measured wall-clock seconds of one proxy evaluation (bns-ft included), when timed. */
  readonly secondsPerProxyEvaluation?: number;
  /** Every trained super-net with its scored cells (the per-cell claims C09-C11, C21 read them). */
  readonly results: readonly ReplicationResult[];
}

export interface EvidenceContext {
  /** The profile judged (smoke, cpu, paper). */
  readonly profile: string;
  authors(): readonly AuthorsEvaluation[];
  reanalysis(): Reanalysis;
  spaceSizes(): SpaceSizes;
  searchStudy(): SearchStudy;
  readonly replication?: ReplicationEvidence;
}
