/**
 * Builds the evidence context of a run, each source loaded lazily and once: the authors' raw evaluations and their
 * re-analysis, the enumerated space sizes, the search study on the run's ground truth (with the GS_ws runs the
 * replication units recorded, when they did), and the replication results (filled from the experiment store when a
 * run produced them; absent otherwise).
 */
import { DEFAULT_AUTHORS_FILE, loadAuthorsEvaluations } from '../authors/evaluations.js';
import type { SpaceSizes } from '../audit/space-sizes.js';
import { cachedJson } from './disk-cache.js';
import type { EvidenceContext, ReplicationEvidence } from '../evidence/context.js';
import { recordedWsSearchesOf } from '../evidence/recorded-ws-searches.js';
import { profileNamed, type ProfileName } from '../experiments/profiles.js';
import { loadGroundTruth, type GroundTruthSource } from '../nasbench/load-ground-truth.js';
import { reanalyze } from '../reanalysis/reanalysis.js';
import { RECORDED_ZERO_COST_FILE } from '../reanalysis/recorded-zero-cost.js';
import { authorsScorers } from '../search/authors-scorer.js';
import { runSearchStudy, type SearchStudy } from '../search/study.js';
import { searchTableFor } from '../search/search-table.js';
import { loadZeroCostGuide, RECORDED_ZERO_COST_COMPARISON } from '../search/zero-cost-guide.js';
import { enumerateCells } from '../space/enumerate.js';
import { packedFeatures } from '../space/packed.js';
import { SPACE_NAMES, inSpaceByFeatures, type SpaceName } from '../space/spaces.js';
import { sha256Hex } from '../io/sha256.js';

export interface ContextOptions {
  readonly profile?: ProfileName;
  /** The run's NAS-Bench-101 ground truth (src/jobs/resources.ts resolves it from the environment). */
  readonly groundTruth: GroundTruthSource;
  readonly replication?: ReplicationEvidence;
  /** Replace a source (tests, or a caller that already computed it). */
  readonly searchStudy?: () => SearchStudy;
  readonly spaceSizes?: () => SpaceSizes;
  readonly seed?: number;
}

function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

/** Sizes of the seven spaces, counted over the exhaustive enumeration (423,624 cells). */
export function enumeratedSpaceSizes(): SpaceSizes {
  const { structures } = enumerateCells();
  const sizes = Object.fromEntries(SPACE_NAMES.map((s) => [s, 0])) as Record<SpaceName, number>;
  for (const structure of structures) {
    const { outputs, residual } = packedFeatures(structure);
    for (const space of SPACE_NAMES) if (inSpaceByFeatures(space, outputs, residual)) sizes[space]++;
  }
  return sizes;
}

export function createEvidenceContext(options: ContextOptions): EvidenceContext {
  const profile = options.profile ?? 'smoke';
  const authors = once(() => loadAuthorsEvaluations());
  const reanalysis = once(() => cachedJson('reanalysis', [DEFAULT_AUTHORS_FILE, RECORDED_ZERO_COST_FILE], () => reanalyze(authors())));
  const search = profileNamed(profile).search;
  const seed = options.seed ?? 0;
  const groundTruth = options.groundTruth;
  const recordedWsSearches = recordedWsSearchesOf(options.replication?.results ?? []);
  const gsWs = search.spaces.flatMap((space) => recordedWsSearches(space));
  // The study depends on the recorded GS_ws runs: they name its cache entry.
  const gsWsKey = gsWs.length === 0 ? '' : `-gsws-${sha256Hex(JSON.stringify(gsWs)).slice(0, 16)}`;
  const searchStudy =
    options.searchStudy ??
    once(() =>
      // Keyed on the official cache too: importing it switches the universe from the full-space run-0 table.
      cachedJson(`search-study-${profile}-${seed}${gsWsKey}`, [DEFAULT_AUTHORS_FILE, RECORDED_ZERO_COST_COMPARISON, ...(groundTruth.kind === 'official' ? [groundTruth.cache] : [])], () =>
        runSearchStudy({
          ...searchTableFor(loadGroundTruth(groundTruth)),
          spaces: search.spaces,
          baselineRuns: search.baselineRuns,
          wsRuns: search.wsRuns,
          evaluations: search.evaluations,
          seed,
          wsScorer: authorsScorers(authors()),
          zeroCostGuide: loadZeroCostGuide(),
          ...(gsWs.length > 0 ? { recordedWsSearches } : {}),
        }),
      ),
    );
  return {
    profile,
    authors,
    reanalysis,
    spaceSizes: options.spaceSizes ?? once(() => cachedJson('space-sizes', [], enumeratedSpaceSizes)),
    searchStudy,
    replication: options.replication,
  };
}
