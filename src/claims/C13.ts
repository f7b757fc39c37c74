import { AUTHOR_SPACES } from '../authors/evaluations.js';
import { C13_CLASSES, TABLES_4_5 } from '../audit/paper-numbers.js';
import { classify, recomputedPRange } from '../audit/tables-4-5.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { judgeOneShotColumns } from './one-shot.js';

/** The class the paper gives each space, and whether the printed d (over its rounding) allows it at alpha 0.05. */
function auditLevel(): LevelResult {
  const rows = AUTHOR_SPACES.map((space) => {
    const claimed = (Object.entries(C13_CLASSES).find(([, spaces]) => spaces.includes(space)) as [string, unknown])[0];
    const printed = (TABLES_4_5.find((r) => r.space === space) as (typeof TABLES_4_5)[number]).comparisons['RSbs-RSws'];
    const recomputed = classify(printed.d);
    // 'undecided': the p range of the rounded d straddles 0.05, so the printed d allows either class.
    const allows = recomputed === claimed || (recomputed === 'undecided' && (claimed === 'not significant' || (claimed === 'better') === printed.d > 0));
    return { space, claimed, recomputed, d: printed.d, pRange: recomputedPRange(printed.d), allows };
  });
  const bad = rows.filter((r) => !r.allows);
  const undecided = rows.filter((r) => r.recomputed === 'undecided');
  return {
    level: 'audit',
    verdict: bad.length === 0 ? 'reproduced' : 'inconsistent',
    measured: rows,
    paper: C13_CLASSES,
    detail:
      rows.map((r) => `${r.space}: d ${r.d.toFixed(2)} -> p in [${r.pRange.low.toFixed(4)}, ${r.pRange.high.toFixed(4)}], ${r.recomputed} (paper: ${r.claimed})`).join('; ') +
      (undecided.length ? `. Borderline: ${undecided.map((r) => r.space).join(', ')} (the rounding of d straddles p = 0.05).` : '.'),
    rule: 'p recomputed from the printed d with 100 vs 25 runs (two-sided Student t, df 123) over the rounding of d; each space\'s claimed class (p < 0.05 better/worse, else not significant) must be allowed; otherwise inconsistent',
  };
}

export const C13: ClaimDefinition = {
  id: 'C13',
  statement: 'One-shot WS random search vs baseline random search (Table 4 left): significantly better on A1 (d=+1.09), Anres (+0.48), Ares (+0.63); significantly worse on A4 (-0.85); not significant on A3, A2, Afull',
  source: 'section 5.2, Table 4',
  levels: {
    audit: auditLevel,
    search: (ctx) => judgeOneShotColumns(ctx.searchStudy(), ['RSbs-RSws']),
  },
};
