/**
 * C21 at the search level (beyond the paper, issue 16): does a search guided by the super-net find better cells than
 * the same search guided by the best zero-cost proxy, for the same compute? Per space, RS_ws against RS_zc (and GS_ws
 * against GS_zc where GS_ws ran) at the WS search's one-shot budget: the WS search's one-shot regrets against the
 * zero-cost search's regrets at that time (src/search/study.ts). Judged by the harness's directional rule, one-sided
 * t-test of regret(zc) - regret(ws) > 0, with the power for a medium effect (d = 0.5 of the pooled SD), as C17.
 */
import { MEDIUM_EFFECT_D } from '../audit/paper-numbers.js';
import type { ComparisonName, SearchStudy } from '../search/study.js';
import { combineLevel } from '../verdict/combine.js';
import { judgeDirectional } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import type { LevelResult } from '../verdict/verdict.js';
import { studyComparison, universeNote } from './one-shot.js';

const EQUAL_COMPUTE: readonly ComparisonName[] = ['RS_ws vs RS_zc', 'GS_ws vs GS_zc'];

export function judgeGuidedSearch(study: SearchStudy): LevelResult {
  const guide = study.settings.zeroCostGuide;
  if (!guide) {
    return skippedLevel('search', {
      missing: 'the zero-cost-guided searches (RS_zc, GS_zc) in the search study',
      howToSupply: 'run the search study with a zero-cost guide (src/search/zero-cost-guide.ts, from results/zero-cost-naslib.json)',
    });
  }
  const parts = study.perSpace.flatMap((space) =>
    EQUAL_COMPUTE.flatMap((comparison) => {
      const m = studyComparison(study, space.space, comparison);
      if (!m) return [];
      const budget = space.oneShot.find((o) => o.comparison === comparison)!.budgetSeconds;
      const [ws, zc] = comparison.split(' vs ');
      return [
        {
          name: `${space.space} ${comparison}`,
          result: judgeDirectional('search', m.evidence, {
            what: `${space.space}: regret(${zc}) - regret(${ws}) > 0 at ${ws}'s one-shot budget, ${Math.round(budget)} s (x100; power for a medium effect, d = ${MEDIUM_EFFECT_D})`,
            direction: 'greater',
            paperEffect: MEDIUM_EFFECT_D * m.pooledSd,
            paper: 'implicit: WS beats zero-cost proxies (the paper compares no training-free guide)',
          }),
        },
      ];
    }),
  );
  if (parts.length === 0) {
    return skippedLevel('search', { missing: 'RS_ws and RS_zc on any space of the study', howToSupply: 'pass a WS scorer and a zero-cost guide to the search study' });
  }
  const combined = combineLevel('search', parts);
  const best = guide.bestRecorded;
  return {
    ...combined,
    detail:
      `Beyond the paper: the super-net as a search guide against the zero-cost proxy ${guide.proxy} (the recorded comparison's best proxy computable for every cell without a network: ` +
      `Spearman ${guide.spearmanWithAccuracy} with accuracy on ${guide.cells} NASLib cells, ${guide.secondsPerCell} s per cell; best of all recorded: ${best.proxy} ${best.spearmanWithAccuracy}, ${best.network} network), ` +
      `as many runs and proxy evaluations as WS, at equal compute (the WS search's one-shot budget). ${universeNote(study)}. ${combined.detail}`,
  };
}
