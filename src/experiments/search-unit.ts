/**
 * A search unit: the searches of one space (baseline RS/GS on the NAS-Bench-101 table, or on the full-space run-0
 * table when the run's ground truth is the authors' subset; WS RS on the authors' recorded bns-ft proxies, paper
 * section 4.3; RS and GS guided by the recorded best zero-cost proxy, beyond the paper), and the merge of per-space units into one study for the claims.
 */
import { loadAuthorsEvaluations } from '../authors/evaluations.js';
import type { GroundTruth } from '../nasbench/ground-truth.js';
import { loadGroundTruth } from '../nasbench/load-ground-truth.js';
import { authorsScorers } from '../search/authors-scorer.js';
import { runSearchStudy, type SearchStudy, type SearchStudyOptions } from '../search/study.js';
import { searchTableFor } from '../search/search-table.js';
import { loadZeroCostGuide } from '../search/zero-cost-guide.js';
import { groundTruthIdentity, type SearchUnitConfig } from './plan.js';
import { checkLoaded, type UnitResources } from './resources.js';
import type { UnitDescription } from './store.js';

export async function runSearchUnit(unit: UnitDescription, resources: UnitResources): Promise<SearchStudy> {
  const config = unit.config as SearchUnitConfig;
  const groundTruth = loadGroundTruth(resources.groundTruth);
  checkLoaded('ground truth', config.groundTruth, groundTruthIdentity(groundTruth), groundTruth.source);
  return searchUnitStudy(config, unit.seed, groundTruth);
}

/**
 * The study a search unit computes; given the GS_ws runs the replication units recorded with their super-nets
 * (they are known only once those units ran), the same study with its GS_ws parts.
 */
export function searchUnitStudy(
  config: SearchUnitConfig,
  seed: number,
  groundTruth: GroundTruth,
  recordedWsSearches?: SearchStudyOptions['recordedWsSearches'],
): SearchStudy {
  return runSearchStudy({
    ...searchTableFor(groundTruth),
    spaces: [config.space],
    baselineRuns: config.plan.baselineRuns,
    wsRuns: config.plan.wsRuns,
    evaluations: config.plan.evaluations,
    seed,
    wsScorer: authorsScorers(loadAuthorsEvaluations()),
    zeroCostGuide: loadZeroCostGuide(),
    ...(recordedWsSearches ? { recordedWsSearches } : {}),
  });
}

/** One study from per-space studies of the same settings (the skips are the same in each; kept once). */
export function mergeSearchStudies(studies: readonly SearchStudy[]): SearchStudy | undefined {
  if (studies.length === 0) return undefined;
  const skipped = new Map(studies.flatMap((s) => s.skipped).map((skip) => [skip.what + skip.reason, skip]));
  return { ...studies[0], perSpace: studies.flatMap((s) => s.perSpace), skipped: [...skipped.values()] };
}
