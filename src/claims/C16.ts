import { AUTHOR_SPACES } from '../authors/evaluations.js';
import { TABLES_4_5 } from '../audit/paper-numbers.js';
import { judgeDirectional } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import type { LevelResult, Verdict } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { missingComparison, studyComparison, universeNote } from './one-shot.js';

/** The paper's implied GS_bs - RS_bs regret gap per space: Table 5 left (GSbs-RSws) minus Table 4 left (RSbs-RSws). */
const impliedGap = (space: string) => {
  const row = TABLES_4_5.find((r) => r.space === space) as (typeof TABLES_4_5)[number];
  return row.comparisons['GSbs-RSws'].mean - row.comparisons['RSbs-RSws'].mean;
};

export const C16: ClaimDefinition = {
  id: 'C16',
  statement: 'One-shot, baseline greedy search is worse than baseline random search (outperformed on all but one space)',
  source: 'section 5.2, Table 5',
  levels: {
    search: (ctx) => {
      const study = ctx.searchStudy();
      const parts = AUTHOR_SPACES.map((space) => {
        const m = studyComparison(study, space, 'GS_bs vs RS_bs');
        // 'GS_bs vs RS_bs' is mean regret(RS_bs) - mean regret(GS_bs): GS worse means a negative difference.
        return m
          ? judgeDirectional('search', m.evidence, { what: `${space}: RS_bs - GS_bs regret < 0`, direction: 'less', paperEffect: impliedGap(space), paper: { impliedGap: impliedGap(space) } })
          : undefined;
      });
      const judged = parts.filter((p): p is LevelResult => p !== undefined);
      if (judged.length === 0) return skippedLevel('search', missingComparison(study, 'GS_bs vs RS_bs'));
      const worse = judged.filter((p) => p.verdict === 'reproduced').length;
      const refuted = judged.filter((p) => p.verdict === 'not reproduced').length;
      // "all but one": at most one space may fail; more than one refuted space refutes the claim.
      const verdict: Verdict = worse >= AUTHOR_SPACES.length - 1 ? 'reproduced' : refuted > 1 ? 'not reproduced' : 'inconclusive';
      return {
        level: 'search',
        verdict,
        measured: judged.map((p) => p.measured),
        paper: AUTHOR_SPACES.map((space) => ({ space, impliedGap: impliedGap(space) })),
        detail: `${universeNote(study)}. GS_bs significantly worse on ${worse} of ${judged.length} spaces, refuted on ${refuted}. ${judged.map((p) => p.detail).join('; ')}`,
        rule: 'per space, one-sided t-test of GS_bs worse than RS_bs at the one-shot budget (power for the gap Table 5 left minus Table 4 left implies); >= 6 of 7 reproduced -> reproduced; > 1 refuted -> not reproduced; else inconclusive',
      };
    },
  },
};
