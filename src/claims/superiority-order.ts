/**
 * C15 below the paper's scale: the absolute probabilities of superiority (7%, 78%, 61%) depend on the budgets
 * (10,000 evaluations per search, the paper's super-nets), so a smaller study cannot be compared with them; what it
 * can judge is their direction and their order. Per space, the sign: RS_ws beats RS_bs (P > 50%) where the paper's
 * d > 0, loses where d < 0 (one-sided t-test on the regret difference, power for Table 4's printed difference).
 * Across spaces, the order of the paper's three probabilities (A1 > Afull > A4), as one-sided z-tests on the
 * differences of Cohen's d (standard error of d: Hedges & Olkin, sqrt(1/nA + 1/nB + d^2 / (2 (nA + nB)))).
 */
import { C15_PROBABILITIES, TABLES_4_5 } from '../audit/paper-numbers.js';
import type { OneShotResult, SearchStudy } from '../search/study.js';
import { combineLevel } from '../verdict/combine.js';
import { judgeDirectional } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import type { LevelResult } from '../verdict/verdict.js';
import { basisNote, studyComparison } from './one-shot.js';

const dStandardError = (o: OneShotResult) => Math.sqrt(1 / o.nA + 1 / o.nB + (o.d * o.d) / (2 * (o.nA + o.nB)));

export function judgeSuperioritySignsAndOrder(study: SearchStudy, scale: string): LevelResult {
  const comparison = (space: string) => study.perSpace.find((s) => s.space === space)?.oneShot.find((o) => o.comparison === 'RS_ws vs RS_bs');
  const parts: { name: string; result: LevelResult }[] = [];
  for (const { space, percent, d } of C15_PROBABILITIES) {
    const m = studyComparison(study, space, 'RS_ws vs RS_bs');
    const printed = TABLES_4_5.find((r) => r.space === space)!.comparisons['RSbs-RSws'];
    const what = `${space}: P(RS_ws beats RS_bs) ${d > 0 ? '>' : '<'} 50% (paper ${percent}%)`;
    parts.push({
      name: `${space} sign`,
      result: m
        ? judgeDirectional('search', m.evidence, { what, direction: d > 0 ? 'greater' : 'less', paperEffect: printed.mean, paper: { percent, d, tableDifference: printed.mean } })
        : skippedLevel('search', { missing: `RS_ws vs RS_bs on ${space}`, howToSupply: 'a search study on that space with WS runs' }),
    });
  }
  const ordered = [...C15_PROBABILITIES].sort((a, b) => b.percent - a.percent);
  for (let k = 0; k + 1 < ordered.length; k++) {
    const [hi, lo] = [ordered[k], ordered[k + 1]];
    const [a, b] = [comparison(hi.space), comparison(lo.space)];
    const name = `order ${hi.space} > ${lo.space}`;
    if (!a || !b) {
      parts.push({ name, result: skippedLevel('search', { missing: `RS_ws vs RS_bs on ${hi.space} and ${lo.space}`, howToSupply: 'a search study on both spaces with WS runs' }) });
      continue;
    }
    const evidence = {
      estimate: a.d - b.d,
      standardError: Math.hypot(dStandardError(a), dStandardError(b)),
      df: Math.min(a.df, b.df),
      n: Math.min(a.nA, b.nA),
      unit: 'WS runs per space (smaller group)',
    };
    parts.push({
      name,
      result: judgeDirectional('search', evidence, {
        what: `d(${hi.space}) - d(${lo.space}) > 0 (paper ${hi.d} vs ${lo.d})`,
        direction: 'greater',
        paperEffect: hi.d - lo.d,
        paper: { [hi.space]: hi.percent, [lo.space]: lo.percent },
      }),
    });
  }
  const combined = combineLevel('search', parts);
  return {
    ...combined,
    detail:
      `At the ${scale} scale only the direction of each probability and their order are judged; the absolute values (7%, 78%, 61%) ` +
      `need the paper's budgets (10,000 evaluations, its super-nets) and the official table, so they are reported, not compared` +
      `${basisNote(study.basis)}. ${combined.detail}`,
  };
}
