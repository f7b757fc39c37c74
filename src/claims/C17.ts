import { MEDIUM_EFFECT_D } from '../audit/paper-numbers.js';
import type { SearchAlgorithm } from '../search/study.js';
import { combineLevel } from '../verdict/combine.js';
import { judgeDirectional } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { missingComparison, universeNote } from './one-shot.js';

const OTHERS: readonly Exclude<SearchAlgorithm, 'GS_bs'>[] = ['RS_bs', 'RS_ws', 'GS_ws'];

export const C17: ClaimDefinition = {
  id: 'C17',
  statement: 'Given enough time, baseline greedy search outperforms every other algorithm',
  source: 'section 5.2, Fig. 2',
  levels: {
    search: (ctx) => {
      const study = ctx.searchStudy();
      const parts: { name: string; result: LevelResult }[] = [];
      for (const space of study.perSpace) {
        for (const other of OTHERS) {
          const name = `${space.space} GS_bs vs ${other}`;
          const late = space.late.find((l) => l.comparison === `GS_bs vs ${other}`);
          if (!late) {
            parts.push({ name, result: skippedLevel('search', missingComparison(study, other === 'GS_ws' ? 'GS_ws vs GS_bs' : 'GS_bs vs RS_bs')) });
            continue;
          }
          // 'GS_bs vs X' is mean regret(X) - mean regret(GS_bs), percentage points: GS_bs better means > 0.
          const evidence = { estimate: late.difference, standardError: late.pooledSd * Math.sqrt(1 / late.nA + 1 / late.nB), df: late.df, n: Math.min(late.nA, late.nB), unit: 'runs (smaller group)' };
          parts.push({
            name,
            result: judgeDirectional('search', evidence, {
              what: `${space.space}: regret(${other}) - regret(GS_bs) > 0 at ${Math.round(late.budgetSeconds)} s`,
              direction: 'greater',
              paperEffect: MEDIUM_EFFECT_D * late.pooledSd,
              paper: 'GS_bs has the lowest regret at the end of the search on every space (Fig. 2; no number printed)',
            }),
          });
        }
      }
      if (parts.every((p) => p.result.verdict === 'skipped')) return skippedLevel('search', missingComparison(study, 'GS_ws vs GS_bs'));
      const combined = combineLevel('search', parts);
      return {
        ...combined,
        detail: `${universeNote(study)}. Each comparison at the latest time every run of its two algorithms reached (the earliest end of their runs). ${combined.detail}`,
        rule: `per space and algorithm, one-sided t-test of GS_bs's regret below the other's at the latest time both reached (power for a medium effect, d = ${MEDIUM_EFFECT_D}, as Fig. 2 prints no number); ${combined.rule}`,
      };
    },
  },
};
