import { skippedLevel } from '../verdict/skip.js';
import type { ClaimDefinition } from './claim.js';
import { missingComparison, universeNote } from './one-shot.js';

export const C17: ClaimDefinition = {
  id: 'C17',
  statement: 'Given enough time, baseline greedy search outperforms every other algorithm',
  source: 'section 5.2, Fig. 2',
  levels: {
    search: (ctx) => {
      const study = ctx.searchStudy();
      const rows = study.perSpace.map((s) => ({ space: s.space, final: Object.fromEntries(s.curves.map((c) => [c.algorithm, c.meanFinalRegret])) }));
      const complete = rows.filter((r) => ['RS_bs', 'GS_bs', 'RS_ws', 'GS_ws'].every((a) => a in r.final));
      if (complete.length === 0) return skippedLevel('search', missingComparison(study, 'GS_ws vs GS_bs'));
      const best = complete.map((r) => ({ space: r.space, winner: Object.entries(r.final).sort((a, b) => a[1] - b[1])[0][0], final: r.final }));
      const lost = best.filter((b) => b.winner !== 'GS_bs');
      return {
        level: 'search',
        verdict: lost.length === 0 ? 'reproduced' : 'not reproduced',
        measured: best,
        paper: 'GS_bs has the lowest regret at the end of the search on every space (Fig. 2)',
        detail: `${universeNote(study)}. Lowest mean final regret: ${best.map((b) => `${b.space} ${b.winner}`).join(', ')}`,
        rule: 'at the end of the searches (every algorithm given its full budget), GS_bs must have the lowest mean regret on every space; mean regrets over 100/25 runs, no test (the curves carry means only)',
      };
    },
  },
};
