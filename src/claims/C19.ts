import { judgePrinted } from '../verdict/printed.js';
import { effectSizeChecks, pValueChecks, printedEntries, textChecks } from '../audit/tables-4-5.js';
import { sizeCorrelation } from '../audit/space-sizes.js';
import { combineLevel } from '../verdict/combine.js';
import type { ClaimDefinition } from './claim.js';

export const C19: ClaimDefinition = {
  id: 'C19',
  statement: 'Reported p-values, effect sizes and confidence intervals agree with each other and with the stated test (independent t-test) and sample sizes',
  source: 'Tables 3-5',
  levels: {
    audit: (ctx) => {
      const entries = printedEntries();
      const rhoP = sizeCorrelation(ctx.spaceSizes()).checks.slice(2);
      return judgePrinted(
        'audit',
        [...pValueChecks(entries), ...effectSizeChecks(entries), ...textChecks(), ...rhoP],
        'inconsistent',
        'Tables 4-5 (p from d with 100 vs 25 runs, d from mean / pooled SD), section 5.2 vs Table 4, section 5.3 p of rho = -0.71 with n = 7',
      );
    },
    // Table 3's intervals need the five per-super-net values: the re-analysis recomputes them from the raw data.
    reanalysis: (ctx) => {
      const t = ctx.reanalysis().table3;
      const best = [...t.formulaFit].sort((a, b) => b.matches - a.matches)[0];
      const checks = t.entries.map((c) => ({
        name: `Table 3 ${c.space} ${c.setting}: 95% half-width (${best.formula.quantile} quantile, ${best.formula.denominator} denominator)`,
        printed: c.paper.halfWidth,
        decimals: 2,
        recomputed: { low: (c.ciPaper[1] - c.ciPaper[0]) / 2, high: (c.ciPaper[1] - c.ciPaper[0]) / 2 },
      }));
      const fits = t.formulaFit.map((f) => `${f.formula.quantile}/${f.formula.denominator}: ${f.matches} of ${f.entries}`).join(', ');
      const result = combineLevel('reanalysis', [
        { name: 'Table 3 intervals', result: judgePrinted('reanalysis', checks, 'not reproduced', `Table 3 half-widths from the five per-super-net values (formula fits: ${fits})`) },
      ]);
      return { ...result, measured: { formulaFit: t.formulaFit, cells: result.measured } };
    },
  },
};
