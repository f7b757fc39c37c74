/**
 * C09 (section 5.3, Fig. 3): are the proxy-accuracy distributions less regular, more often multi-modal, than the
 * standalone ones? For each independent bns-ft run (the setting of Fig. 3), two named statistics of its proxy
 * accuracies against those of the same cells' standalone accuracies: Sarle's bimodality coefficient (above 5/9,
 * the uniform's value, suggests more than one mode; it also rises with skewness, which the standalone accuracies
 * have) and Hartigan's dip (distance to the closest unimodal distribution, insensitive to skewness), each with a
 * paired test across runs of proxy minus standalone.
 */
import { AUTHOR_SPACES } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { bimodalityCoefficient, BIMODALITY_THRESHOLD } from '../stats/bimodality.js';
import { dipStatistic } from '../stats/dip.js';
import { standalone, type EvaluationSet, type Target } from './evaluation-sets.js';
import { independentSets, type IntegrityFinding } from './integrity.js';
import { pairedDifferenceTest, type PairedTest } from './paired-test.js';

export interface RunModality {
  readonly space: SpaceName;
  readonly supernet: number;
  readonly proxy: { readonly bimodality: number; readonly dip: number };
  readonly standalone: { readonly bimodality: number; readonly dip: number };
}

export interface StatisticComparison {
  /** Runs whose proxy distribution scores higher (more multi-modal) than the standalone one. */
  readonly proxyHigher: number;
  /** Paired over runs: proxy minus standalone. */
  readonly difference: PairedTest;
}

export interface Multimodality {
  readonly runs: readonly RunModality[];
  readonly bimodalityThreshold: number;
  readonly proxyAboveThreshold: number;
  readonly standaloneAboveThreshold: number;
  readonly bimodality: StatisticComparison;
  readonly dip: StatisticComparison;
}

function modality(values: readonly number[]) {
  return { bimodality: bimodalityCoefficient(values).coefficient, dip: dipStatistic(values).dip };
}

function compare(runs: readonly RunModality[], key: 'bimodality' | 'dip'): StatisticComparison {
  return {
    proxyHigher: runs.filter((r) => r.proxy[key] > r.standalone[key]).length,
    difference: pairedDifferenceTest(runs.map((r) => r.proxy[key] - r.standalone[key])),
  };
}

export function multimodality(
  sets: readonly EvaluationSet[],
  findings: readonly IntegrityFinding[],
  target: Target = 'validation',
): Multimodality {
  const runs = AUTHOR_SPACES.flatMap((space) =>
    independentSets(sets, findings, 'bns-ft', space).map((s) => ({
      space,
      supernet: s.supernet,
      proxy: modality(s.proxy),
      standalone: modality(standalone(s, target)),
    })),
  );
  return {
    runs,
    bimodalityThreshold: BIMODALITY_THRESHOLD,
    proxyAboveThreshold: runs.filter((r) => r.proxy.bimodality > BIMODALITY_THRESHOLD).length,
    standaloneAboveThreshold: runs.filter((r) => r.standalone.bimodality > BIMODALITY_THRESHOLD).length,
    bimodality: compare(runs, 'bimodality'),
    dip: compare(runs, 'dip'),
  };
}
