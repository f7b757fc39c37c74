import { combineLevel } from '../verdict/combine.js';
import { exactly, judgePrinted, type PrintedCheck } from '../verdict/printed.js';
import type { ClaimDefinition } from './claim.js';
import { table3Replication } from './table3-replication.js';


/** C03's atomic statements (src/verdict/statements.ts). */
const STATEMENTS = {
  means: 'the 42 means of Table 3',
  halfWidths: 'the 42 95% half-widths of Table 3',
  asterisks: 'the asterisks: a super-net failed to converge and is excluded exactly in the marked cells',
};

export const C03: ClaimDefinition = {
  id: 'C03',
  statement: 'Table 3: every cell (7 spaces x 6 settings), mean and 95% CI over 5 super-nets; cells marked * exclude a super-net that failed to converge',
  source: 'Table 3',
  levels: {
    reanalysis: (ctx) => {
      const t = ctx.reanalysis().table3;
      const judged = (what: string, checks: PrintedCheck[]) => judgePrinted('reanalysis', checks, 'not reproduced', `${what} of the 42 Table 3 cells re-analysed against the ${t.target} accuracy`);
      const result = combineLevel('reanalysis', [
        { name: STATEMENTS.means, result: judged('means', t.entries.map((c) => ({ name: `${c.space} ${c.setting}: mean`, printed: c.paper.mean, decimals: 2, recomputed: exactly(c.mean) }))) },
        {
          name: STATEMENTS.halfWidths,
          result: judged('95% half-widths', t.entries.map((c) => ({ name: `${c.space} ${c.setting}: 95% half-width (${t.paperFormula.quantile}/${t.paperFormula.denominator})`, printed: c.paper.halfWidth, decimals: 2, recomputed: exactly((c.ciPaper[1] - c.ciPaper[0]) / 2) }))),
        },
        {
          name: STATEMENTS.asterisks,
          result: judged('asterisks', t.entries.map((c) => ({ name: `${c.space} ${c.setting}: asterisk (1 = a super-net excluded; re-analysis excluded ${c.excluded.length})`, printed: c.paper.asterisk ? 1 : 0, decimals: 0, recomputed: exactly(c.excluded.length > 0 ? 1 : 0) }))),
        },
      ]);
      return {
        ...result,
        measured: t.entries.map((c) => ({ setting: c.setting, space: c.space, values: c.values, mean: c.mean, ciPaper: c.ciPaper, ciT: c.ciT, excluded: c.excluded, duplicates: c.duplicates })),
      };
    },
    replication: (ctx) => ({ ...table3Replication(ctx), statement: STATEMENTS.means }),
  },
};
