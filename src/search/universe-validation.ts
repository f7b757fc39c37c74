/**
 * Does searching the full-space run-0 table (universe.ts: run-0 test accuracy as signal and target, recorded or
 * modelled times) change what the authors' exact subset says? Where both can run, the same seeded baseline searches
 * run on each: random search on every space, greedy search on A4 (the space the subset covers best: 9,911 of its
 * 10,467 cells, 94.7%; on the subset, greedy search leaves out the neighbours it lacks). The search study runs it
 * per space beside its searches (study.ts, `validateOnSubset`).
 * Per (space, algorithm), the regrets (x100) at one time budget and at the end of the search are compared with
 * Welch's t-test; per space where both algorithms ran, the GS_bs vs RS_bs comparison (C16's) is judged on each
 * universe, and a verdict that differs between them is flagged.
 */
import type { SpaceName } from '../space/spaces.js';
import { welchTTest } from '../stats/ttest.js';
import { mean } from '../stats/summary.js';
import type { Algorithm } from './algorithms.js';
import { compareRegrets } from './one-shot.js';
import { regretAt, type RegretCurve } from './regret.js';
import { baselineRun } from './runs.js';
import type { SearchUniverse } from './universe.js';

/** Spaces where greedy search also runs on the subset for the validation (the subset covers A4 best). */
export const VALIDATION_GREEDY_SPACES: readonly SpaceName[] = ['A4'];

export interface ValidationOptions {
  readonly runs: number;
  readonly evaluations: number;
  readonly seed: number | string;
  /** Run greedy search too (on the subset it leaves out the neighbours the subset lacks). */
  readonly greedy: boolean;
  /** Seconds per proxy evaluation in the nominal one-shot budget (paper 4.3: about 4 s). */
  readonly proxyEvaluationTime: number;
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
  readonly algorithm: 'RS_bs' | 'GS_bs';
  readonly subset: UniverseSide;
  readonly fullSpace: UniverseSide;
  readonly atBudget: WelchDifference;
  readonly final: WelchDifference;
}

export type ComparisonVerdict = 'GS_bs better' | 'GS_bs worse' | 'no significant difference';

export interface VerdictCheck {
  readonly comparison: 'GS_bs vs RS_bs';
  /** At the one-shot budget (C16's comparison) or at the end of the searches (C17's). */
  readonly when: 'one-shot budget' | 'end of search';
  /** mean regret(RS_bs) - mean regret(GS_bs), pp, and its Student p, on each universe. */
  readonly subset: { readonly difference: number; readonly p: number; readonly verdict: ComparisonVerdict };
  readonly fullSpace: { readonly difference: number; readonly p: number; readonly verdict: ComparisonVerdict };
  readonly changes: boolean;
}

export interface SpaceValidation {
  readonly runs: number;
  readonly evaluations: number;
  /** The subset's nominal one-shot budget (super-net = mean standalone time, every proxy, one standalone training), used on both. */
  readonly budgetSeconds: number;
  /** Share of the space's cells (all of them are in the full-space table) that the subset holds. */
  readonly subsetCoverage: number;
  readonly rows: readonly ValidationRow[];
  readonly verdicts: readonly VerdictCheck[];
}

const SIGNIFICANT = 0.05;

/** The same seeded baseline searches of one space on the subset and on the full-space universe, compared. */
export function validateSpace(subset: SearchUniverse, full: SearchUniverse, space: SpaceName, options: ValidationOptions): SpaceValidation {
  const members = subset.members(space);
  const budget = 2 * members.meanTrainingTime + options.evaluations * options.proxyEvaluationTime;
  const algorithms: Algorithm[] = options.greedy ? ['RS', 'GS'] : ['RS'];
  const rows: ValidationRow[] = [];
  const regrets = new Map<Algorithm, Record<VerdictCheck['when'], { subset: number[]; full: number[] }>>();
  for (const algorithm of algorithms) {
    const spec = { space, algorithm, evaluations: options.evaluations, seed: options.seed };
    const runsOn = (universe: SearchUniverse) => Array.from({ length: options.runs }, (_, run) => baselineRun({ ...spec, universe, run }));
    const side = (curves: RegretCurve[]) => ({
      at: curves.map((c) => 100 * regretOrFirst(c, budget)),
      final: curves.map((c) => 100 * c.regrets[c.regrets.length - 1]),
    });
    const [sa, sb] = [side(runsOn(subset)), side(runsOn(full))];
    regrets.set(algorithm, { 'one-shot budget': { subset: sa.at, full: sb.at }, 'end of search': { subset: sa.final, full: sb.final } });
    rows.push({
      algorithm: `${algorithm}_bs`,
      subset: { cells: members.rows.length, meanRegretAtBudget: mean(sa.at), meanFinalRegret: mean(sa.final) },
      fullSpace: { cells: full.members(space).rows.length, meanRegretAtBudget: mean(sb.at), meanFinalRegret: mean(sb.final) },
      atBudget: welchDifference(sb.at, sa.at),
      final: welchDifference(sb.final, sa.final),
    });
  }
  const verdicts: VerdictCheck[] = [];
  const gs = regrets.get('GS');
  const rs = regrets.get('RS')!;
  for (const when of gs ? (['one-shot budget', 'end of search'] as const) : []) {
    const judge = (g: number[], r: number[]) => {
      const c = compareRegrets(g.map((x) => x / 100), r.map((x) => x / 100));
      return { difference: c.difference, p: c.p, verdict: comparisonVerdict(c.difference, c.p) };
    };
    const [onSubset, onFull] = [judge(gs![when].subset, rs[when].subset), judge(gs![when].full, rs[when].full)];
    verdicts.push({ comparison: 'GS_bs vs RS_bs', when, subset: onSubset, fullSpace: onFull, changes: onSubset.verdict !== onFull.verdict });
  }
  return {
    runs: options.runs,
    evaluations: options.evaluations,
    budgetSeconds: budget,
    subsetCoverage: members.rows.length / full.members(space).rows.length,
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
