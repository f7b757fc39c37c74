/**
 * Search levels of the one-shot claims (C13, C14, C16): each printed comparison of Tables 4/5 against the same
 * comparison in this harness's search study. A difference the paper calls significant must be significant in the
 * same direction (one-sided test, power for the paper's effect); one it calls non-significant must lie within a
 * medium effect (TOST, margin d = 0.5 in the measured pooled SD, the paper's own effect-size threshold).
 */
import type { SpaceName } from '../space/spaces.js';
import type { ComparisonName as PaperComparison, PrintedComparison } from '../audit/paper-numbers.js';
import { MEDIUM_EFFECT_D, TABLES_4_5 } from '../audit/paper-numbers.js';
import type { ComparisonName, SearchStudy } from '../search/study.js';
import { GROUND_TRUTH_LABELS } from '../nasbench/ground-truth.js';
import { portablePath } from '../experiments/provenance.js';
import { combineLevel } from '../verdict/combine.js';
import { judgeDirectional, judgeEquivalence } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import type { TEvidence } from '../verdict/t-evidence.js';
import type { LevelResult } from '../verdict/verdict.js';

/** The study's comparison behind each printed column; both are "mean regret(baseline) - mean regret(other)". */
export const STUDY_COMPARISON: Readonly<Record<PaperComparison, ComparisonName>> = {
  'RSbs-RSws': 'RS_ws vs RS_bs',
  'RSbs-GSws': 'GS_ws vs RS_bs',
  'GSbs-RSws': 'RS_ws vs GS_bs',
  'GSbs-GSws': 'GS_ws vs GS_bs',
};

const SIGNIFICANT = 0.05;

export function universeNote(study: SearchStudy): string {
  const runs = `${study.settings.baselineRuns} baseline and ${study.settings.wsRuns} WS runs of ${study.settings.evaluations} evaluations`;
  return `universe: ${GROUND_TRUTH_LABELS[study.universe]} (${portablePath(study.source)})${basisNote(study.basis)}, ${runs}${gsWsNote(study)}`;
}

/** GS_ws, where it ran, ran on this run's own super-nets (replication units), with the profile's GS_ws budget. */
function gsWsNote(study: SearchStudy): string {
  const spaces = study.perSpace.flatMap((s) => s.curves.filter((c) => c.algorithm === 'GS_ws').map((c) => `${s.space} ${c.runs} runs`));
  return spaces.length === 0 ? '' : `; GS_ws with ws-repro's trained super-nets as bns-ft scorers (the profile's wsGreedy budget): ${spaces.join(', ')}`;
}

/** What stands in for the metrics the full-space run-0 table lacks (universe.ts), said wherever it is used. */
export function basisNote(basis: SearchStudy['basis'] | undefined): string {
  if (!basis || basis === 'table') return '';
  const m = basis.timeModel;
  return (
    `; signal and regret target: ${basis.signal} (no validation accuracy, one run); standalone times: the authors' recorded run-0 time for ` +
    `${basis.recordedTimes} cells, a log-linear estimate for ${basis.estimatedTimes} (fitted on ${m.cells} cells of the authors' subset, ` +
    `R^2 ${m.rSquared.toFixed(3)} of log time, median error ${(100 * m.medianRelativeError).toFixed(1)}%)`
  );
}

export interface MeasuredComparison {
  readonly evidence: TEvidence;
  readonly pooledSd: number;
}

export function studyComparison(study: SearchStudy, space: SpaceName, comparison: ComparisonName): MeasuredComparison | undefined {
  const r = study.perSpace.find((s) => s.space === space)?.oneShot.find((o) => o.comparison === comparison);
  if (!r) return undefined;
  const evidence = { estimate: r.difference, standardError: r.pooledSd * Math.sqrt(1 / r.nA + 1 / r.nB), df: r.df, n: Math.min(r.nA, r.nB), unit: 'runs (smaller group)' };
  return { evidence, pooledSd: r.pooledSd };
}

export function judgePrintedComparison(m: MeasuredComparison, printed: PrintedComparison, what: string): LevelResult {
  const paper = { ...printed };
  if (printed.p < SIGNIFICANT) {
    return judgeDirectional('search', m.evidence, { what, direction: printed.mean > 0 ? 'greater' : 'less', paperEffect: printed.mean, paper });
  }
  return judgeEquivalence('search', m.evidence, { what, margin: MEDIUM_EFFECT_D * m.pooledSd, marginSource: `d = ${MEDIUM_EFFECT_D} x measured pooled SD`, paper });
}

/** Every (space, column) of `columns` judged against the study; columns the study could not run are skipped with its reason. */
export function judgeOneShotColumns(study: SearchStudy, columns: readonly PaperComparison[]): LevelResult {
  const parts: { name: string; result: LevelResult }[] = [];
  for (const row of TABLES_4_5) {
    for (const column of columns) {
      const name = `${row.space} ${column}`;
      const m = studyComparison(study, row.space, STUDY_COMPARISON[column]);
      const result = m
        ? judgePrintedComparison(m, row.comparisons[column], name)
        : skippedLevel('search', missingComparison(study, STUDY_COMPARISON[column]), row.comparisons[column]);
      parts.push({ name, result });
    }
  }
  const combined = combineLevel('search', parts);
  return { ...combined, detail: `${universeNote(study)}. ${combined.detail}` };
}

export function missingComparison(study: SearchStudy, comparison: ComparisonName): { missing: string; howToSupply: string } {
  const skip = study.skipped.find((s) => comparison.split(' vs ').some((alg) => s.what.includes(alg))) ?? study.skipped[0];
  return skip
    ? { missing: `${comparison}: ${skip.what} (${skip.reason})`, howToSupply: skip.howToSupply }
    : { missing: `${comparison} in the search study`, howToSupply: 'run the search study on the spaces of the profile (ws-repro run)' };
}
