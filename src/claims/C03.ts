import { exactly, judgePrinted, type PrintedCheck } from '../verdict/printed.js';
import type { ClaimDefinition } from './claim.js';
import { table3Replication } from './table3-replication.js';


export const C03: ClaimDefinition = {
  id: 'C03',
  statement: 'Table 3: every cell (7 spaces x 6 settings), mean and 95% CI over 5 super-nets; cells marked * exclude a super-net that failed to converge',
  source: 'Table 3',
  levels: {
    reanalysis: (ctx) => {
      const t = ctx.reanalysis().table3;
      const checks: PrintedCheck[] = t.entries.flatMap((c) => [
        { name: `${c.space} ${c.setting}: mean`, printed: c.paper.mean, decimals: 2, recomputed: exactly(c.mean) },
        { name: `${c.space} ${c.setting}: 95% half-width (${t.paperFormula.quantile}/${t.paperFormula.denominator})`, printed: c.paper.halfWidth, decimals: 2, recomputed: exactly((c.ciPaper[1] - c.ciPaper[0]) / 2) },
        { name: `${c.space} ${c.setting}: asterisk (1 = a super-net excluded; re-analysis excluded ${c.excluded.length})`, printed: c.paper.asterisk ? 1 : 0, decimals: 0, recomputed: exactly(c.excluded.length > 0 ? 1 : 0) },
      ]);
      return {
        ...judgePrinted('reanalysis', checks, 'not reproduced', `42 Table 3 cells re-analysed against the ${t.target} accuracy`),
        measured: t.entries.map((c) => ({ setting: c.setting, space: c.space, values: c.values, mean: c.mean, ciPaper: c.ciPaper, ciT: c.ciT, excluded: c.excluded, duplicates: c.duplicates })),
      };
    },
    replication: (ctx) => table3Replication(ctx),
  },
};
