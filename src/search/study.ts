/**
 * The paper's search study (4.3, 5.2, Fig. 2, Tables 4-5) on one ground truth: per space, baseline random and
 * greedy search (100 runs each by default) and weight-sharing random and greedy search (25 runs), their regret
 * curves against time, and the one-shot comparisons at the WS runs' mean one-shot time. Beyond the paper (issue 16),
 * given a zero-cost guide: the same random and greedy searches guided by a training-free proxy (RS_zc, GS_zc,
 * zero-cost-guide.ts), as many runs and proxy evaluations as the WS searches, on the same time axis, compared with
 * RS_bs at their own one-shot budget and with the WS searches at theirs (equal compute).
 *
 * Universe: on the official table and on the full-space run-0 table everything runs (the latter with the
 * stand-ins universe.ts states: run-0 test accuracy as signal and target, recorded or modelled times). On the
 * authors' subset greedy search cannot run in general (a neighbourhood leaves the subset), so its parts are skipped
 * with the way to supply a complete table, except on the spaces the caller names in `greedyOnSubset` (those the
 * subset nearly covers, e.g. A4 at 99.8%: neighbours outside the subset are then left out). A scorer that covers
 * only part of a space (the authors' recorded proxies) supports WS random search only.
 */
import type { GroundTruth, GroundTruthKind } from '../nasbench/ground-truth.js';
import { SPACE_NAMES, type SpaceName } from '../space/spaces.js';
import type { Algorithm } from './algorithms.js';
import { logGrid, summariseCurves, type CurveSummary } from './curves.js';
import { compareRegrets, type RegretComparison } from './one-shot.js';
import type { WsScorerSource } from './proxy.js';
import { regretAt, type RegretCurve } from './regret.js';
import { baselineRun, wsRun, wsRunFromVisits, type WsRun } from './runs.js';
import type { RecordedWsSearch } from './ws-greedy.js';
import type { ZeroCostGuide, ZeroCostGuideChoice } from './zero-cost-guide.js';
import { VALIDATION_GREEDY_SPACES, validateSpace, type SpaceValidation } from './universe-validation.js';
import type { BaselineScore, StandaloneTime } from './standalone.js';
import { searchUniverse, type SearchUniverse } from './universe.js';
import { mean } from '../stats/summary.js';

export type SearchAlgorithm = 'RS_bs' | 'GS_bs' | 'RS_ws' | 'GS_ws' | 'RS_zc' | 'GS_zc';

/** The paper's algorithms (Fig. 2, C17's "every other algorithm"); the zero-cost-guided ones are beyond it. */
export const PAPER_ALGORITHMS: readonly SearchAlgorithm[] = ['RS_bs', 'GS_bs', 'RS_ws', 'GS_ws'];

export const COMPARISONS = [
  { comparison: 'RS_ws vs RS_bs', a: 'RS_ws', b: 'RS_bs', budgetFrom: 'RS_ws' },
  { comparison: 'GS_ws vs RS_bs', a: 'GS_ws', b: 'RS_bs', budgetFrom: 'GS_ws' },
  { comparison: 'RS_ws vs GS_bs', a: 'RS_ws', b: 'GS_bs', budgetFrom: 'RS_ws' },
  { comparison: 'GS_ws vs GS_bs', a: 'GS_ws', b: 'GS_bs', budgetFrom: 'GS_ws' },
  // Two baselines: compared at the WS random search's one-shot budget (C16 reads it off Table 5); without WS
  // runs, at the nominal one (super-net + every proxy evaluation + one mean standalone training).
  { comparison: 'GS_bs vs RS_bs', a: 'GS_bs', b: 'RS_bs', budgetFrom: 'RS_ws' },
  // Beyond the paper: the zero-cost-guided searches against the baseline at their own one-shot budget (as Table 4),
  // and each WS search against its zero-cost twin at the WS search's budget (equal compute).
  { comparison: 'RS_zc vs RS_bs', a: 'RS_zc', b: 'RS_bs', budgetFrom: 'RS_zc' },
  { comparison: 'GS_zc vs RS_bs', a: 'GS_zc', b: 'RS_bs', budgetFrom: 'GS_zc' },
  { comparison: 'RS_ws vs RS_zc', a: 'RS_ws', b: 'RS_zc', budgetFrom: 'RS_ws' },
  { comparison: 'GS_ws vs GS_zc', a: 'GS_ws', b: 'GS_zc', budgetFrom: 'GS_ws' },
] as const satisfies readonly { comparison: string; a: SearchAlgorithm; b: SearchAlgorithm; budgetFrom: SearchAlgorithm }[];

export type ComparisonName = (typeof COMPARISONS)[number]['comparison'];

export interface SearchCosts {
  /** Seconds of one standalone training; default: the table's training time of the run read. */
  readonly standaloneTime?: StandaloneTime;
  /** Seconds to train a space's super-net; default (paper 4.3): the space's mean standalone training time. */
  readonly supernetTrainingTime?: (space: SpaceName, meanStandaloneTime: number) => number;
  /** Seconds per proxy evaluation; paper 4.3: about 4 s. */
  readonly proxyEvaluationTime?: number;
}

export interface SearchStudyOptions {
  readonly groundTruth: GroundTruth;
  readonly spaces?: readonly SpaceName[];
  readonly baselineRuns?: number;
  readonly wsRuns?: number;
  /** Evaluations per baseline search (paper: 10,000). */
  readonly evaluations?: number;
  /**
   * Proxy evaluations per WS search (paper: 10,000; default `evaluations`). A scorer with a domain caps it at the
   * domain's size: with the authors' 1,000 cells per super-net, a smaller budget keeps WS runs on the same
   * super-net from all picking the same cell.
   */
  readonly wsEvaluations?: number;
  readonly seed?: number | string;
  /** Proxy scorers for the WS runs; without them the WS parts are skipped. */
  readonly wsScorer?: WsScorerSource;
  readonly costs?: SearchCosts;
  readonly baselineScore?: BaselineScore;
  /** Points of the curves' time grid. */
  readonly gridPoints?: number;
  /** A table with training times (the authors' subset): the time axis of the full-space run-0 table (universe.ts). */
  readonly timeReference?: GroundTruth;
  /** On the authors' subset: spaces it nearly covers, where greedy search runs without its few missing cells. */
  readonly greedyOnSubset?: readonly SpaceName[];
  /**
   * GS_ws runs recorded with super-nets that score any cell (ws-greedy.ts; the replication units'), per space; they
   * stand for GS_ws where the WS scorer covers only part of the space.
   */
  readonly recordedWsSearches?: (space: SpaceName) => readonly RecordedWsSearch[];
  /**
   * On the full-space run-0 table with the subset as time reference: run the baseline searches on the subset too and
   * compare (universe-validation.ts), per space.
   */
  readonly validateOnSubset?: boolean;
  /** A training-free proxy to guide RS_zc and GS_zc (zero-cost-guide.ts); without it they are skipped. */
  readonly zeroCostGuide?: ZeroCostGuide;
}

export interface OneShotResult extends RegretComparison {
  readonly comparison: ComparisonName;
  readonly budgetFrom: SearchAlgorithm | 'nominal';
  /** The time budget: mean one-shot time of `budgetFrom`'s runs (seconds). */
  readonly budgetSeconds: number;
  /** Baseline runs that had not finished one evaluation by the budget: their first evaluation is used. */
  readonly runsOverBudget: number;
}

/** C17: baseline greedy search against each other algorithm at the latest time every run of the two reached. */
export interface LateResult extends RegretComparison {
  readonly comparison: `GS_bs vs ${Exclude<SearchAlgorithm, 'GS_bs' | 'RS_zc' | 'GS_zc'>}`;
  readonly budgetSeconds: number;
  readonly runsOverBudget: number;
}

export interface AlgorithmCurve extends CurveSummary {
  readonly algorithm: SearchAlgorithm;
  /** Mean over runs of the final regret (x1, fraction) and of the search's total time. */
  readonly meanFinalRegret: number;
  readonly meanEndTime: number;
}

export interface SpaceStudy {
  readonly space: SpaceName;
  readonly cells: number;
  readonly bestMeanTest: number;
  readonly supernetTrainingTime: number;
  /** Most proxy evaluations a WS run made here (below wsEvaluations when the proxy covers fewer cells). */
  readonly wsProxyEvaluations?: number;
  /**
   * Mean one-shot time and regret of each WS (and zero-cost-guided) algorithm that ran, and how many distinct cells its runs picked:
   * fewer than the runs when runs share a super-net and see the same cells (e.g. a scorer's whole domain), so
   * the one-shot regrets are not independent draws.
   */
  readonly oneShotBudgets: readonly { algorithm: SearchAlgorithm; seconds: number; meanRegret: number; distinctCells: number }[];
  readonly curves: readonly AlgorithmCurve[];
  readonly oneShot: readonly OneShotResult[];
  /** Present when greedy search ran. */
  readonly late: readonly LateResult[];
  /** The same baseline searches on the authors' subset, compared (full-space universe with `validateOnSubset`). */
  readonly validation?: SpaceValidation;
}

export interface Skip {
  readonly what: string;
  readonly reason: string;
  readonly howToSupply: string;
}

export interface SearchStudy {
  readonly universe: GroundTruthKind;
  readonly source: string;
  /** The table's own metrics, or what stands in for the full-space table's missing ones (universe.ts). */
  readonly basis: SearchUniverse['basis'];
  readonly settings: {
    readonly baselineRuns: number;
    readonly wsRuns: number;
    readonly evaluations: number;
    readonly wsEvaluations: number;
    readonly seed: number | string;
    readonly baselineScore: BaselineScore;
    readonly proxyEvaluationTime: number;
    readonly standaloneTime: 'table' | 'caller';
    /** The proxy that guided RS_zc and GS_zc, when they ran. */
    readonly zeroCostGuide?: ZeroCostGuideChoice;
  };
  readonly perSpace: readonly SpaceStudy[];
  readonly skipped: readonly Skip[];
}

const IMPORT_HINT =
  'download nasbench_only108.tfrecord (NAS-Bench-101, https://github.com/google-research/nasbench) and run ' +
  '`ws-repro bench import nasbench_only108.tfrecord`, or run on the embedded full-space run-0 table';

/** The options with their defaults filled in, and the universe, shared by every step of a study. */
interface StudyContext {
  readonly universe: SearchUniverse;
  readonly settings: SearchStudy['settings'];
  readonly standaloneTime?: StandaloneTime;
  readonly wsScorer?: WsScorerSource;
  readonly recordedWsSearches?: SearchStudyOptions['recordedWsSearches'];
  readonly zeroCostGuide?: ZeroCostGuide;
  /** The subset's universe, when the study validates against it. */
  readonly validationUniverse?: SearchUniverse;
  readonly costs?: SearchCosts;
  readonly gridPoints: number;
  /** Spaces where greedy search runs. */
  readonly greedy: ReadonlySet<SpaceName>;
}

export function runSearchStudy(options: SearchStudyOptions): SearchStudy {
  const context = studyContext(options);
  const spaces = options.spaces ?? SPACE_NAMES;
  const skipped = studySkips(context, spaces);
  const perSpace = spaces.map((space) => spaceStudy(context, space, skipped));
  const gt = context.universe.groundTruth;
  return { universe: gt.kind, source: gt.source, basis: context.universe.basis, settings: context.settings, perSpace, skipped };
}

function studyContext(options: SearchStudyOptions): StudyContext {
  const gt = options.groundTruth;
  const evaluations = options.evaluations ?? 10_000;
  const standaloneTime = options.costs?.standaloneTime;
  const completeTable = gt.kind !== 'subset';
  const spaces = options.spaces ?? SPACE_NAMES;
  return {
    universe: searchUniverse(gt, options.timeReference),
    settings: {
      baselineRuns: options.baselineRuns ?? 100,
      wsRuns: options.wsRuns ?? 25,
      evaluations,
      wsEvaluations: options.wsEvaluations ?? evaluations,
      seed: options.seed ?? 0,
      baselineScore: options.baselineScore ?? 'sampled-run',
      proxyEvaluationTime: options.costs?.proxyEvaluationTime ?? 4,
      standaloneTime: standaloneTime ? 'caller' : 'table',
      ...(options.zeroCostGuide ? { zeroCostGuide: options.zeroCostGuide.choice } : {}),
    },
    standaloneTime,
    wsScorer: options.wsScorer,
    recordedWsSearches: options.recordedWsSearches,
    zeroCostGuide: options.zeroCostGuide,
    ...(options.validateOnSubset && gt.kind === 'full-space-run0' && options.timeReference ? { validationUniverse: searchUniverse(options.timeReference) } : {}),
    costs: options.costs,
    gridPoints: options.gridPoints ?? 60,
    greedy: new Set(completeTable ? spaces : spaces.filter((s) => options.greedyOnSubset?.includes(s))),
  };
}

/** What the whole study leaves out, and why (per-space skips are added by the space steps). */
function studySkips(context: StudyContext, spaces: readonly SpaceName[]): Skip[] {
  const skipped: Skip[] = [];
  const gt = context.universe.groundTruth;
  const withoutGreedy = spaces.filter((s) => !context.greedy.has(s));
  if (withoutGreedy.length > 0) {
    const where = withoutGreedy.length === spaces.length ? 'every space' : withoutGreedy.join(', ');
    skipped.push({
      what: `GS_bs and GS_ws (greedy local search) on ${where}, and the comparisons that involve them`,
      reason: `the ground truth is the subset of ${gt.size} cells the authors evaluated: a greedy step's neighbours are mostly outside it`,
      howToSupply: IMPORT_HINT,
    });
  }
  if (!context.wsScorer) {
    skipped.push({
      what: 'RS_ws and GS_ws (weight-sharing searches) and the one-shot comparisons',
      reason: 'no proxy scorer was given',
      howToSupply: 'pass wsScorer: trained super-nets (replication) or authorsScorers(loadAuthorsEvaluations())',
    });
  }
  return skipped;
}

/** Step by step, the study of one space: baseline runs, WS runs, one-shot and late comparisons, curve summaries. */
function spaceStudy(context: StudyContext, space: SpaceName, skipped: Skip[]): SpaceStudy {
  const members = context.universe.members(space);
  const supernetTrainingTime = context.costs?.supernetTrainingTime?.(space, members.meanTrainingTime) ?? members.meanTrainingTime;
  const algorithms: Algorithm[] = context.greedy.has(space) ? ['RS', 'GS'] : ['RS'];
  const curves = baselineCurves(context, space, algorithms);
  const ws = wsSearches(context, space, algorithms, supernetTrainingTime, skipped);
  const guided = new Map([...ws, ...zeroCostSearches(context, space, algorithms)]);
  for (const [algorithm, runs] of guided) curves.set(algorithm, runs.map((r) => r.curve));
  const oneShotBudgets = [...guided.entries()].map(([algorithm, runs]) => ({
    algorithm,
    seconds: mean(runs.map((r) => r.oneShotTime)),
    meanRegret: mean(runs.map((r) => r.oneShotRegret)),
    distinctCells: new Set(runs.map((r) => r.oneShotRow)).size,
  }));
  const wsProxyEvaluations = ws.size === 0 ? undefined : Math.max(...[...ws.values()].flat().map((r) => r.proxyEvaluations));
  const nominal = supernetTrainingTime + context.settings.wsEvaluations * context.settings.proxyEvaluationTime + members.meanTrainingTime;
  return {
    space,
    cells: members.rows.length,
    bestMeanTest: members.bestMeanTest,
    supernetTrainingTime,
    ...(wsProxyEvaluations === undefined ? {} : { wsProxyEvaluations }),
    oneShotBudgets,
    curves: curveSummaries(curves, context.gridPoints),
    oneShot: oneShotComparisons(curves, guided, oneShotBudgets, nominal),
    late: lateComparisons(new Map([...curves].filter(([algorithm]) => PAPER_ALGORITHMS.includes(algorithm)))),
    ...(context.validationUniverse ? { validation: spaceValidation(context, context.validationUniverse, space) } : {}),
  };
}

function spaceValidation(context: StudyContext, subset: SearchUniverse, space: SpaceName): SpaceValidation {
  const { settings, universe } = context;
  return validateSpace(subset, universe, space, {
    runs: settings.baselineRuns,
    evaluations: settings.evaluations,
    seed: settings.seed,
    greedy: VALIDATION_GREEDY_SPACES.includes(space),
    proxyEvaluationTime: settings.proxyEvaluationTime,
  });
}

function baselineCurves(context: StudyContext, space: SpaceName, algorithms: readonly Algorithm[]): Map<SearchAlgorithm, RegretCurve[]> {
  const { universe, settings, standaloneTime } = context;
  const spec = { universe, space, evaluations: settings.evaluations, seed: settings.seed, baselineScore: settings.baselineScore, standaloneTime };
  const curves = new Map<SearchAlgorithm, RegretCurve[]>();
  for (const algorithm of algorithms) {
    curves.set(`${algorithm}_bs`, Array.from({ length: settings.baselineRuns }, (_, run) => baselineRun({ ...spec, algorithm, run })));
  }
  return curves;
}

/** WS runs of each algorithm the scorers support (greedy search needs a proxy for every cell). */
function wsSearches(
  context: StudyContext,
  space: SpaceName,
  algorithms: readonly Algorithm[],
  supernetTrainingTime: number,
  skipped: Skip[],
): Map<SearchAlgorithm, WsRun[]> {
  const ws = new Map<SearchAlgorithm, WsRun[]>();
  const { universe, settings, standaloneTime } = context;
  const recorded = algorithms.includes('GS') ? (context.recordedWsSearches?.(space) ?? []) : [];
  const spec = { universe, space, evaluations: settings.wsEvaluations, seed: settings.seed, baselineScore: settings.baselineScore, standaloneTime };
  if (recorded.length > 0) {
    const gt = universe.groundTruth;
    const rowOf = (hash: string) => {
      const row = gt.indexOf(hash);
      if (row < 0) throw new Error(`recorded GS_ws run on ${space}: cell ${hash} is not in ${gt.source}`);
      return row;
    };
    ws.set(
      'GS_ws',
      recorded.map((r) =>
        wsRunFromVisits(
          { ...spec, algorithm: 'GS', run: r.run, supernetTrainingTime, proxyEvaluationTime: settings.proxyEvaluationTime },
          r.visits.map((v) => rowOf(v.hash)),
          r.visits.map((v) => v.proxy),
        ),
      ),
    );
  }
  const source = context.wsScorer;
  if (!source) return ws;
  const scorers = Array.from({ length: settings.wsRuns }, (_, run) => source(space, run));
  const partial = scorers.find((s) => s.domain);
  for (const algorithm of algorithms) {
    if (ws.has(`${algorithm}_ws`)) continue;
    if (algorithm === 'GS' && partial) {
      skipped.push({
        what: `GS_ws on ${space}`,
        reason: `the proxy scorer (${partial.label}) covers only part of the space; greedy search needs a proxy for every neighbour`,
        howToSupply: 'use a trained super-net as the scorer (replication level)',
      });
      continue;
    }
    const runs = scorers.map((scorer, run) =>
      wsRun({ ...spec, algorithm, run, scorer, supernetTrainingTime, proxyEvaluationTime: settings.proxyEvaluationTime }),
    );
    ws.set(`${algorithm}_ws`, runs);
  }
  return ws;
}

/**
 * RS_zc and GS_zc: as many runs and proxy evaluations as the WS searches, guided by the zero-cost proxy; no super-net
 * to train, each proxy evaluation at the proxy's seconds per cell; the visited cells verified standalone as WS's.
 */
function zeroCostSearches(context: StudyContext, space: SpaceName, algorithms: readonly Algorithm[]): Map<SearchAlgorithm, WsRun[]> {
  const zc = new Map<SearchAlgorithm, WsRun[]>();
  const guide = context.zeroCostGuide;
  if (!guide) return zc;
  const { universe, settings, standaloneTime } = context;
  for (const algorithm of algorithms) {
    const runs = Array.from({ length: settings.wsRuns }, (_, run) =>
      wsRun({
        universe,
        space,
        algorithm,
        run,
        evaluations: settings.wsEvaluations,
        seed: settings.seed,
        baselineScore: settings.baselineScore,
        standaloneTime,
        scorer: guide.scorer,
        supernetTrainingTime: 0,
        proxyEvaluationTime: guide.choice.secondsPerCell,
        guide: 'zc',
      }),
    );
    zc.set(`${algorithm}_zc`, runs);
  }
  return zc;
}

/**
 * Tables 4-5: each comparison whose two algorithms ran, at the budget its `budgetFrom` algorithm sets: that algorithm
 * contributes its runs' one-shot regrets, the other its curves' regrets at the budget.
 */
function oneShotComparisons(
  curves: ReadonlyMap<SearchAlgorithm, RegretCurve[]>,
  guided: ReadonlyMap<SearchAlgorithm, WsRun[]>,
  budgets: SpaceStudy['oneShotBudgets'],
  nominalSeconds: number,
): OneShotResult[] {
  const out: OneShotResult[] = [];
  for (const { comparison, a, b, budgetFrom } of COMPARISONS) {
    if (!curves.has(a) || !curves.has(b)) continue;
    const budget = budgets.find((x) => x.algorithm === budgetFrom) ?? { algorithm: 'nominal' as const, seconds: nominalSeconds };
    const regrets = (algorithm: SearchAlgorithm) =>
      algorithm === budget.algorithm
        ? guided.get(algorithm)!.map((r) => ({ regret: r.oneShotRegret, over: false }))
        : regretsAt(curves.get(algorithm)!, budget.seconds);
    const [ra, rb] = [regrets(a), regrets(b)];
    const runsOverBudget = [...ra, ...rb].filter((r) => r.over).length;
    const stats = compareRegrets(ra.map((r) => r.regret), rb.map((r) => r.regret));
    out.push({ comparison, budgetFrom: budget.algorithm, budgetSeconds: budget.seconds, runsOverBudget, ...stats });
  }
  return out;
}

/**
 * C17: GS_bs against each other paper algorithm at the earliest end of any run of the two (every run of both has its final
 * cell by then): an algorithm with a smaller budget (GS_ws at a profile's wsGreedy budget) does not pull the other
 * comparisons back to its own early end.
 */
function lateComparisons(curves: ReadonlyMap<SearchAlgorithm, RegretCurve[]>): LateResult[] {
  const greedy = curves.get('GS_bs');
  if (!greedy) return [];
  const late: LateResult[] = [];
  for (const [algorithm, runs] of curves) {
    if (algorithm === 'GS_bs') continue;
    const seconds = Math.min(...[...greedy, ...runs].map((c) => c.endTime));
    const [ra, rb] = [regretsAt(greedy, seconds), regretsAt(runs, seconds)];
    const stats = compareRegrets(ra.map((r) => r.regret), rb.map((r) => r.regret));
    const runsOverBudget = [...ra, ...rb].filter((r) => r.over).length;
    late.push({ comparison: `GS_bs vs ${algorithm as Exclude<SearchAlgorithm, 'GS_bs' | 'RS_zc' | 'GS_zc'>}`, budgetSeconds: seconds, runsOverBudget, ...stats });
  }
  return late;
}

/** Fig. 2: each algorithm's curves on one log time grid spanning every run. */
function curveSummaries(curves: ReadonlyMap<SearchAlgorithm, RegretCurve[]>, gridPoints: number): AlgorithmCurve[] {
  const all = [...curves.values()].flat();
  const from = Math.min(...all.map((c) => c.times[0]));
  const to = Math.max(...all.map((c) => c.endTime));
  const grid = logGrid(from, Math.max(to, from * 1.000001), gridPoints);
  return [...curves.entries()].map(([algorithm, runs]) => ({
    algorithm,
    ...summariseCurves(runs, grid),
    meanFinalRegret: mean(runs.map((c) => c.regrets[c.regrets.length - 1])),
    meanEndTime: mean(runs.map((c) => c.endTime)),
  }));
}

/**
 * Each run's regret at `seconds`. A run that had not finished one evaluation by then has no cell yet: it is
 * given its first cell's regret and counted as over budget.
 */
function regretsAt(curves: readonly RegretCurve[], seconds: number): { regret: number; over: boolean }[] {
  return curves.map((curve) => {
    const regret = regretAt(curve, seconds);
    return Number.isNaN(regret) ? { regret: curve.regrets[0], over: true } : { regret, over: false };
  });
}
