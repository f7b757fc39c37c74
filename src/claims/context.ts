/**
 * The evidence a claim evaluator may read, each source loaded lazily and once: the authors' raw evaluations and
 * their re-analysis, the enumerated space sizes, the search study on the available ground truth, and the
 * replication results (filled from the experiment store when a run produced them; absent otherwise).
 */
import { DEFAULT_AUTHORS_FILE, loadAuthorsEvaluations, type AuthorSpace, type AuthorsEvaluation, type Setting } from '../authors/evaluations.js';
import { defaultCachePath } from '../nasbench/cache.js';
import { defaultGroundTruth } from '../nasbench/ground-truth.js';
import { profileNamed, type ProfileName } from '../experiments/profiles.js';
import { reanalyze, type Reanalysis } from '../reanalysis/reanalysis.js';
import { authorsScorers } from '../search/authors-scorer.js';
import { runSearchStudy, type SearchStudy } from '../search/study.js';
import { enumerateCells } from '../space/enumerate.js';
import { packedFeatures } from '../space/packed.js';
import { SPACE_NAMES, inSpaceByFeatures } from '../space/spaces.js';
import type { SpaceSizes } from '../audit/space-sizes.js';
import type { ReplicationResult } from '../evidence/replication-result.js';
import { cachedJson } from './disk-cache.js';

/** Super-nets trained by this harness and scored against NAS-Bench-101 (written by the experiment runner). */
export interface ReplicationEvidence {
  readonly profile: ProfileName;
  /** True only for the paper's protocol (16 filters, 3x3 cells, 432 epochs, 1,000 cells, 5 super-nets). */
  readonly paperScale: boolean;
  readonly backend: string;
  /** Per (setting, space): one Spearman rho per trained super-net (proxy vs mean standalone validation accuracy). */
  readonly correlations: readonly { readonly setting: Setting; readonly space: AuthorSpace; readonly values: readonly number[] }[];
  /** Measured wall-clock seconds of one proxy evaluation (bns-ft included), when timed. */
  readonly secondsPerProxyEvaluation?: number;
  /** Every trained super-net with its scored cells (the per-cell claims C09-C11, C21 read them). */
  readonly results: readonly ReplicationResult[];
}

export interface EvidenceContext {
  readonly profile: ProfileName;
  authors(): readonly AuthorsEvaluation[];
  reanalysis(): Reanalysis;
  spaceSizes(): SpaceSizes;
  searchStudy(): SearchStudy;
  readonly replication?: ReplicationEvidence;
}

export interface ContextOptions {
  readonly profile?: ProfileName;
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
  const sizes = Object.fromEntries(SPACE_NAMES.map((s) => [s, 0])) as Record<AuthorSpace, number>;
  for (const structure of structures) {
    const { outputs, residual } = packedFeatures(structure);
    for (const space of SPACE_NAMES) if (inSpaceByFeatures(space, outputs, residual)) sizes[space]++;
  }
  return sizes;
}

export function createEvidenceContext(options: ContextOptions = {}): EvidenceContext {
  const profile = options.profile ?? 'smoke';
  const authors = once(() => loadAuthorsEvaluations());
  const reanalysis = once(() => cachedJson('reanalysis', [DEFAULT_AUTHORS_FILE], () => reanalyze(authors())));
  const search = profileNamed(profile).search;
  const seed = options.seed ?? 0;
  const searchStudy =
    options.searchStudy ??
    once(() =>
      // Keyed on the official cache too: importing it switches the universe from the authors' subset.
      cachedJson(`search-study-${profile}-${seed}`, [DEFAULT_AUTHORS_FILE, defaultCachePath()], () =>
        runSearchStudy({
          groundTruth: defaultGroundTruth(),
          spaces: search.spaces,
          baselineRuns: search.baselineRuns,
          wsRuns: search.wsRuns,
          evaluations: search.evaluations,
          seed,
          wsScorer: authorsScorers(authors()),
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
