/**
 * The search study (paper 5.2): regret curves on log-log axes with a 95% band per algorithm and space (Fig. 2),
 * the one-shot comparisons in the layout of Tables 4 and 5 beside the printed values, the later comparisons of
 * baseline greedy search (C17) and what could not run, with the reason. Beyond the paper: one chart of every space
 * for the question "for the same compute, which guide finds better cells?" (baseline, super-net and zero-cost-guided
 * searches on the same time axis) and the zero-cost-guided searches' one-shot comparisons.
 */
import { TABLES_4_5, type ComparisonName as PrintedName, type PrintedComparison } from '../../audit/paper-numbers.js';
import { PAPER_ALGORITHMS, type ComparisonName, type OneShotResult, type SearchAlgorithm, type SearchStudy, type SpaceStudy } from '../../search/study.js';
import { regretCurves, regretCurvesBySpace, type RegretPoint } from '../charts.js';
import type { FigureView, SectionView, TableView } from '../view.js';
import { fixed, plusMinus } from './format.js';
import { portablePath } from '../../experiments/provenance.js';
import { GROUND_TRUTH_LABELS } from '../../nasbench/ground-truth.js';
import { basisNote } from '../../claims/one-shot.js';

/** The printed column that each comparison reproduces (same sign convention: mean regret of B minus that of A). */
const PRINTED_COLUMN: Readonly<Partial<Record<ComparisonName, PrintedName>>> = {
  'RS_ws vs RS_bs': 'RSbs-RSws',
  'GS_ws vs RS_bs': 'RSbs-GSws',
  'RS_ws vs GS_bs': 'GSbs-RSws',
  'GS_ws vs GS_bs': 'GSbs-GSws',
};

const TABLES: readonly { caption: string; comparisons: readonly ComparisonName[] }[] = [
  { caption: 'Table 4 layout: baseline random search against the WS searches, one-shot', comparisons: ['RS_ws vs RS_bs', 'GS_ws vs RS_bs'] },
  { caption: 'Table 5 layout: baseline greedy search against the WS searches, one-shot', comparisons: ['RS_ws vs GS_bs', 'GS_ws vs GS_bs'] },
  { caption: 'The two baselines at the WS random search\'s one-shot budget (C16)', comparisons: ['GS_bs vs RS_bs'] },
  {
    caption:
      'Beyond the paper: searches guided by a zero-cost proxy (RS_zc, GS_zc) against baseline random search at their own one-shot budget, ' +
      'and each WS search against its zero-cost twin at the WS search\'s one-shot budget (equal compute; positive: the first guide found better cells)',
    comparisons: ['RS_zc vs RS_bs', 'GS_zc vs RS_bs', 'RS_ws vs RS_zc', 'GS_ws vs GS_zc'],
  },
];

/** The guides compared in the zero-cost chart, in legend order (baseline greedy search guides nothing). */
const GUIDES: readonly SearchAlgorithm[] = ['RS_bs', 'RS_ws', 'GS_ws', 'RS_zc', 'GS_zc'];

function printed(space: string, comparison: ComparisonName): PrintedComparison | undefined {
  const column = PRINTED_COLUMN[comparison];
  return column && TABLES_4_5.find((row) => row.space === space)?.comparisons[column];
}

const printedText = (p: PrintedComparison | undefined): string | null =>
  p ? `${plusMinus(p.mean, p.pooledSd)} (p=${fixed(p.p)}, d=${fixed(p.d)})` : null;

function curvePoints(space: SpaceStudy, algorithms: readonly SearchAlgorithm[]): RegretPoint[] {
  return space.curves.filter((curve) => algorithms.includes(curve.algorithm)).flatMap((curve) =>
    curve.times.flatMap((seconds, k) => {
      const [median, low, high] = [curve.median[k], curve.lower[k], curve.upper[k]];
      return median === null || low === null || high === null ? [] : [{ algorithm: curve.algorithm, seconds, median, low, high }];
    }),
  );
}

function comparisonRow(space: string, r: OneShotResult): (string | number | null)[] {
  return [
    space,
    r.comparison,
    r.budgetSeconds,
    `${r.nA} / ${r.nB}`,
    plusMinus(r.difference, r.pooledSd),
    r.p,
    r.d,
    r.probabilityOfSuperiority,
    r.power,
    r.runsOverBudget,
    printedText(printed(space, r.comparison)),
  ];
}

const COMPARISON_COLUMNS = [
  'space',
  'A vs B',
  'budget (s)',
  'runs A / B',
  'regret B - A ± pooled SD (x100)',
  'p',
  'd',
  'P(A better)',
  'power',
  'runs over budget',
  'paper',
];

function oneShotTables(study: SearchStudy): TableView[] {
  return TABLES.flatMap(({ caption, comparisons }) => {
    const rows = study.perSpace.flatMap((s) => s.oneShot.filter((r) => comparisons.includes(r.comparison)).map((r) => comparisonRow(s.space, r)));
    return rows.length ? [{ caption, columns: COMPARISON_COLUMNS, rows }] : [];
  });
}

function lateTable(study: SearchStudy): TableView[] {
  const rows = study.perSpace.flatMap((s) =>
    s.late.map((r) => [s.space, r.comparison, r.budgetSeconds, `${r.nA} / ${r.nB}`, plusMinus(r.difference, r.pooledSd), r.p, r.d, r.probabilityOfSuperiority, r.power]),
  );
  if (!rows.length) return [];
  return [
    {
      caption: 'Baseline greedy search given time (C17): at the latest time every run of every algorithm reached',
      columns: ['space', 'A vs B', 'time (s)', 'runs A / B', 'regret B - A ± pooled SD (x100)', 'p', 'd', 'P(A better)', 'power'],
      rows,
    },
  ];
}

function algorithmTable(study: SearchStudy): TableView {
  return {
    caption: 'Per space and algorithm: runs, mean final regret, mean search time, and the WS searches\' one-shot budget',
    columns: ['space', 'cells', 'algorithm', 'runs', 'mean final regret (x100)', 'mean search time (s)', 'one-shot time (s)', 'one-shot regret (x100)'],
    rows: study.perSpace.flatMap((s) =>
      s.curves.map((c) => {
        const budget = s.oneShotBudgets.find((b) => b.algorithm === c.algorithm);
        return [s.space, s.cells, c.algorithm, c.runs, 100 * c.meanFinalRegret, c.meanEndTime, budget?.seconds ?? null, budget ? 100 * budget.meanRegret : null];
      }),
    ),
  };
}

/** Where the study ran on the full-space run-0 table: the same baseline searches on the authors' subset, compared. */
function validationTables(study: SearchStudy): TableView[] {
  const spaces = study.perSpace.filter((s) => s.validation);
  if (!spaces.length) return [];
  const rows = spaces.flatMap((s) =>
    s.validation!.rows.map((r) => [
      s.space,
      r.algorithm,
      `${r.subset.cells} / ${r.fullSpace.cells}`,
      s.validation!.budgetSeconds,
      `${fixed(r.subset.meanRegretAtBudget)} / ${fixed(r.fullSpace.meanRegretAtBudget)}`,
      r.atBudget.p,
      `${fixed(r.subset.meanFinalRegret)} / ${fixed(r.fullSpace.meanFinalRegret)}`,
      r.final.p,
    ]),
  );
  const verdicts = spaces.flatMap((s) =>
    s.validation!.verdicts.map((v) => [
      s.space,
      `${v.comparison}, ${v.when}`,
      `${fixed(v.subset.difference)} (p=${fixed(v.subset.p)}): ${v.subset.verdict}`,
      `${fixed(v.fullSpace.difference)} (p=${fixed(v.fullSpace.p)}): ${v.fullSpace.verdict}`,
      v.changes ? 'CHANGES' : 'same',
    ]),
  );
  return [
    {
      caption:
        "Validation of the full-space universe: the same seeded baseline searches on the authors' exact subset and on the full-space run-0 table " +
        '(mean regret x100, subset / full space; Welch p of the difference), at the subset\'s nominal one-shot budget and at the end of the searches',
      columns: ['space', 'algorithm', 'cells subset / full', 'budget (s)', 'regret at budget', 'p', 'final regret', 'p'],
      rows,
    },
    ...(verdicts.length
      ? [{ caption: 'Verdicts on each universe (regret RS_bs - GS_bs x100, Student p); a verdict that changes is flagged', columns: ['space', 'comparison', 'subset', 'full space', 'verdict'], rows: verdicts }]
      : []),
  ];
}

function skipTable(study: SearchStudy): TableView[] {
  if (!study.skipped.length) return [];
  return [{ caption: 'Not run, and how to supply what is missing', columns: ['what', 'reason', 'how to supply'], rows: study.skipped.map((s) => [s.what, s.reason, s.howToSupply]) }];
}

/** "For the same compute, which guide finds better cells?": every space's guided searches in one chart. */
async function guideFigure(study: SearchStudy, target: string): Promise<FigureView[]> {
  const guide = study.settings.zeroCostGuide;
  const points = study.perSpace.flatMap((space) => curvePoints(space, GUIDES).map((p) => ({ ...p, space: space.space })));
  if (!guide || !points.some((p) => p.algorithm.endsWith('_zc'))) return [];
  const best = guide.bestRecorded;
  const runs = [...new Set(study.perSpace.flatMap((s) => s.curves.filter((c) => GUIDES.includes(c.algorithm)).map((c) => `${c.algorithm} ${c.runs}`)))].join(', ');
  return [
    {
      title: 'For the same compute, which guide finds better cells?',
      caption:
        `Beyond the paper. Test regret (best ${target} of the space minus that of the incumbent) against search time, log scales, a panel per space${basisNote(study.basis)}. ` +
        `Median over runs with the 2.5-97.5 percentile band (runs: ${runs}). ` +
        `RS_bs trains every cell it evaluates; RS_ws and GS_ws rank cells by a super-net (its training time, then ${study.settings.proxyEvaluationTime} s per proxy evaluation), RS_zc and GS_zc by the zero-cost proxy ${guide.proxy} ` +
        `(no training, ${guide.secondsPerCell} s per cell as recorded), as many runs and proxy evaluations as WS; then each trains its visited cells standalone in order of decreasing proxy, and that verification is on the time axis. ` +
        `${guide.proxy} is the recorded comparison's best proxy computable for every cell without a network (Spearman ${guide.spearmanWithAccuracy} with accuracy on ${guide.cells} of NASLib's cells, ${guide.network} network, ${portablePath(guide.source)}); ` +
        `the best of all recorded proxies is ${best.proxy} (${best.spearmanWithAccuracy}, ${best.network} network). A regret of 0 is drawn at the bottom of its axis.`,
      svg: await regretCurvesBySpace(points, GUIDES.filter((a) => points.some((p) => p.algorithm === a)), ''),
    },
  ];
}

export async function searchSection(study: SearchStudy): Promise<SectionView> {
  const figures: FigureView[] = [];
  const target = study.basis === 'table' ? 'mean test accuracy' : 'run-0 test accuracy';
  for (const space of study.perSpace) {
    const points = curvePoints(space, PAPER_ALGORITHMS);
    if (!points.length) continue;
    const curves = space.curves.filter((c) => PAPER_ALGORITHMS.includes(c.algorithm));
    figures.push({
      title: `Search, ${space.space}`,
      caption: `Test regret (best ${target} of ${space.space} minus that of the incumbent) against search time, both log scale: median over runs with the 2.5-97.5 percentile band (${curves.map((c) => `${c.algorithm} ${c.runs} runs`).join(', ')}). A log axis has no 0: a regret of 0 (the space's best cell found) is drawn at the bottom of the axis.${basisNote(study.basis)}`,
      svg: await regretCurves(points, ''),
    });
  }
  figures.push(...(await guideFigure(study, target)));
  const s = study.settings;
  return {
    id: 'search',
    title: 'Architecture search (Fig. 2, Tables 4-5)',
    intro:
      `Search study on the ${GROUND_TRUTH_LABELS[study.universe]} (${portablePath(study.source)})${basisNote(study.basis)}; ${study.perSpace.length} space(s): ${s.baselineRuns} baseline runs and ${s.wsRuns} WS runs per algorithm, ` +
      `${s.evaluations.toLocaleString('en-US')} evaluations per baseline search and up to ${s.wsEvaluations.toLocaleString('en-US')} proxy evaluations per WS search (${s.proxyEvaluationTime} s each), seed ${s.seed}. ` +
      'One-shot comparisons follow the paper: regrets x100, Student\'s t-test, Cohen\'s d with the pooled SD, probability of superiority Phi(d / sqrt 2), and the power the test had for the measured effect.' +
      (study.skipped.length ? ` ${study.skipped.length} part(s) could not run; the last table says why.` : ''),
    tables: [...oneShotTables(study), ...lateTable(study), algorithmTable(study), ...validationTables(study), ...skipTable(study)],
    figures,
  };
}
