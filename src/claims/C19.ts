import { judgePrinted, type PrintedCheck } from '../verdict/printed.js';
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
      const group = (what: string, checks: PrintedCheck[]) => judgePrinted('audit', checks, 'inconsistent', what);
      return combineLevel('audit', [
        { name: 'Tables 4-5: each p-value follows from its d with 100 vs 25 runs (independent t-test)', result: group('Tables 4-5, p from d with 100 vs 25 runs', pValueChecks(entries)) },
        { name: 'Tables 4-5: each effect size d follows from its mean difference and pooled SD', result: group('Tables 4-5, d from mean / pooled SD', effectSizeChecks(entries)) },
        { name: 'section 5.2 quotes Table 4 faithfully', result: group('section 5.2 vs Table 4', textChecks()) },
        { name: 'section 5.3: p = 0.07 for rho = -0.71 with n = 7', result: group('section 5.3, p of rho = -0.71 with n = 7', rhoP) },
      ]);
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
        { name: 'Table 3: each 95% half-width follows from the five per-super-net values', result: judgePrinted('reanalysis', checks, 'not reproduced', `Table 3 half-widths from the five per-super-net values (formula fits: ${fits})`) },
      ]);
      return { ...result, measured: { formulaFit: t.formulaFit, cells: result.measured } };
    },
  },
};
