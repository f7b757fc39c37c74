/**
 * Does searching the full-space run-0 table (universe.ts: run-0 test accuracy as signal and target, recorded or
 * modelled times) change what the authors' exact subset says? Where both can run, the same seeded baseline searches
 * run on each: random search on every space, greedy search on the spaces named (A4, the space the subset covers
 * best: 9,911 of its 10,467 cells, 94.7%; on the subset, greedy search leaves out the neighbours it lacks).
 * Per (space, algorithm), the regrets (x100) at one time budget and at the end of the search are compared with
 * Welch's t-test; per space where both algorithms ran, the GS_bs vs RS_bs comparison (C16's) is judged on each
 * universe, and a verdict that differs between them is flagged.
 */
import type { GroundTruth } from '../nasbench/ground-truth.js';
import type { SpaceName } from '../space/spaces.js';
import { welchTTest } from '../stats/ttest.js';
import { mean } from '../stats/summary.js';
import type { Algorithm } from './algorithms.js';
import { compareRegrets } from './one-shot.js';
import { regretAt, type RegretCurve } from './regret.js';
import { baselineRun } from './runs.js';
import { searchUniverse, type SearchUniverse } from './universe.js';

export interface ValidationOptions {
  readonly subset: GroundTruth;
  readonly fullSpace: GroundTruth;
  /** Enumerated size of each space (the subset's coverage is measured against it). */
  readonly spaceSizes: Readonly<Record<SpaceName, number>>;
  readonly spaces: readonly SpaceName[];
  /** Spaces where greedy search runs on both universes too (default A4). */
  readonly greedySpaces?: readonly SpaceName[];
  readonly runs: number;
  readonly evaluations: number;
  readonly seed: number | string;
  /** Seconds per proxy evaluation in the nominal one-shot budget (paper 4.3: about 4 s). */
  readonly proxyEvaluationTime?: number;
}

export interface UniverseSide {
  readonly cells: number;
  readonly meanRegretAtBudget: number;
  readonly meanFinalRegret: number;
}

export interface WelchDifference {
  /** Mean regret on the full-space universe minus on the subset, percentage points. */
  readonly difference: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
}

export interface ValidationRow {
  readonly space: SpaceName;
  readonly algorithm: 'RS_bs' | 'GS_bs';
  readonly subset: UniverseSide;
  readonly fullSpace: UniverseSide;
  readonly atBudget: WelchDifference;
  readonly final: WelchDifference;
}

export interface VerdictCheck {
  readonly space: SpaceName;
  readonly comparison: 'GS_bs vs RS_bs';
  /** At the one-shot budget (C16's comparison) or at the end of the searches (C17's). */
  readonly when: 'one-shot budget' | 'end of search';
  /** mean regret(RS_bs) - mean regret(GS_bs), pp, and its Student p, on each universe. */
  readonly subset: { readonly difference: number; readonly p: number; readonly verdict: ComparisonVerdict };
  readonly fullSpace: { readonly difference: number; readonly p: number; readonly verdict: ComparisonVerdict };
  readonly changes: boolean;
}

export type ComparisonVerdict = 'GS_bs better' | 'GS_bs worse' | 'no significant difference';

export interface UniverseValidation {
  readonly settings: { readonly runs: number; readonly evaluations: number; readonly seed: number | string; readonly budgetSeconds: Readonly<Record<string, number>> };
  readonly subsetSource: string;
  readonly fullSpaceSource: string;
  readonly fullSpaceBasis: SearchUniverse['basis'];
  /** Share of each space's enumerated cells that the subset holds. */
  readonly subsetCoverage: Readonly<Record<string, number>>;
  readonly rows: readonly ValidationRow[];
  readonly verdicts: readonly VerdictCheck[];
}

const SIGNIFICANT = 0.05;

export function validateFullSpaceUniverse(options: ValidationOptions): UniverseValidation {
  const subset = searchUniverse(options.subset);
  const full = searchUniverse(options.fullSpace, options.subset);
  const proxyTime = options.proxyEvaluationTime ?? 4;
  const rows: ValidationRow[] = [];
  const verdicts: VerdictCheck[] = [];
  const coverage: Record<string, number> = {};
  const budgets: Record<string, number> = {};
  for (const space of options.spaces) {
    const members = subset.members(space);
    coverage[space] = members.rows.length / options.spaceSizes[space];
    // The subset's nominal one-shot budget (super-net = mean standalone time, every proxy, one standalone training), used on both.
    const budget = 2 * members.meanTrainingTime + options.evaluations * proxyTime;
    budgets[space] = budget;
    const algorithms: Algorithm[] = (options.greedySpaces ?? ['A4']).includes(space) ? ['RS', 'GS'] : ['RS'];
    const regrets = new Map<Algorithm, Record<VerdictCheck['when'], { subset: number[]; full: number[] }>>();
    for (const algorithm of algorithms) {
      const spec = { space, algorithm, evaluations: options.evaluations, seed: options.seed };
      const runsOn = (universe: SearchUniverse) => Array.from({ length: options.runs }, (_, run) => baselineRun({ ...spec, universe, run }));
      const [a, b] = [runsOn(subset), runsOn(full)];
      const side = (curves: RegretCurve[], universe: SearchUniverse) => ({
        at: curves.map((c) => 100 * regretOrFirst(c, budget)),
        final: curves.map((c) => 100 * c.regrets[c.regrets.length - 1]),
        cells: universe.members(space).rows.length,
      });
      const [sa, sb] = [side(a, subset), side(b, full)];
      regrets.set(algorithm, { 'one-shot budget': { subset: sa.at, full: sb.at }, 'end of search': { subset: sa.final, full: sb.final } });
      rows.push({
        space,
        algorithm: `${algorithm}_bs`,
        subset: { cells: sa.cells, meanRegretAtBudget: mean(sa.at), meanFinalRegret: mean(sa.final) },
        fullSpace: { cells: sb.cells, meanRegretAtBudget: mean(sb.at), meanFinalRegret: mean(sb.final) },
        atBudget: welchDifference(sb.at, sa.at),
        final: welchDifference(sb.final, sa.final),
      });
    }
    const gs = regrets.get('GS');
    const rs = regrets.get('RS')!;
    for (const when of gs ? (['one-shot budget', 'end of search'] as const) : []) {
      const judge = (g: number[], r: number[]) => {
        const c = compareRegrets(g.map((x) => x / 100), r.map((x) => x / 100));
        return { difference: c.difference, p: c.p, verdict: comparisonVerdict(c.difference, c.p) };
      };
      const [onSubset, onFull] = [judge(gs![when].subset, rs[when].subset), judge(gs![when].full, rs[when].full)];
      verdicts.push({ space, comparison: 'GS_bs vs RS_bs', when, subset: onSubset, fullSpace: onFull, changes: onSubset.verdict !== onFull.verdict });
    }
  }
  return {
    settings: { runs: options.runs, evaluations: options.evaluations, seed: options.seed, budgetSeconds: budgets },
    subsetSource: options.subset.source,
    fullSpaceSource: options.fullSpace.source,
    fullSpaceBasis: full.basis,
    subsetCoverage: coverage,
    rows,
    verdicts,
  };
}

function comparisonVerdict(difference: number, p: number): ComparisonVerdict {
  if (!(p < SIGNIFICANT)) return 'no significant difference';
  return difference > 0 ? 'GS_bs better' : 'GS_bs worse';
}

/** A run with no finished evaluation by `seconds` counts with its first cell (as the study's one-shot comparisons). */
function regretOrFirst(curve: RegretCurve, seconds: number): number {
  const regret = regretAt(curve, seconds);
  return Number.isNaN(regret) ? curve.regrets[0] : regret;
}

function welchDifference(full: number[], subset: number[]): WelchDifference {
  const test = welchTTest(full, subset);
  return { difference: mean(full) - mean(subset), t: test.t, df: test.df, p: test.p };
}
