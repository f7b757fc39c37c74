/**
 * `ws-repro reanalyze [--json]`: Table 3 and the bias analyses recomputed from the authors' raw evaluations
 * (contract in docs/DESIGN.md). JSON: {"table3": [{"setting", "space", "values", "mean", "ci_paper", "ci_t", ...}],
 * "integrity": [{"kind", "setting", "space", "supernets", "count", ...}], then the other analyses}.
 */
import type { Command } from 'commander';
import { AUTHOR_SPACES, SETTINGS } from '../authors/evaluations.js';
import { reanalyze, type Reanalysis } from '../reanalysis/reanalysis.js';
import { table3Entry, type Table3 } from '../reanalysis/table3.js';
import { ZERO_COST_PROXIES } from '../reanalysis/zero-cost.js';
import { withEnvironmentHelp } from './environment-help.js';
import { stepProgress } from '../experiments/progress.js';

function table3Json(table: Table3) {
  return table.entries.map((c) => ({
    setting: c.setting,
    space: c.space,
    values: c.values,
    mean: c.mean,
    ci_paper: c.ciPaper,
    ci_t: c.ciT,
    excluded: c.excluded,
    duplicates: c.duplicates,
    mean_unique: c.meanUnique,
    ci_t_unique: c.ciTUnique,
    paper: { mean: c.paper.mean, half_width: c.paper.halfWidth, asterisk: c.paper.asterisk },
  }));
}

export function reanalysisJson(r: Reanalysis) {
  const { table3, table3Test, integrity, rows, ...claims } = r;
  return {
    rows,
    table3: table3Json(table3),
    table3_target: table3.target,
    table3_paper_formula: table3.paperFormula,
    table3_formula_fit: table3.formulaFit,
    table3_comparison: table3.comparison,
    table3_test: table3Json(table3Test),
    table3_test_formula_fit: table3Test.formulaFit,
    table3_test_comparison: table3Test.comparison,
    integrity,
    ...claims,
  };
}

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const pv = (p: number) => (p < 1e-4 ? p.toExponential(1) : p.toFixed(4));

function table3Text(table: Table3): string[] {
  const lines = [
    `Table 3 against the mean standalone ${table.target} accuracy: recomputed (paper); * = failed super-net excluded`,
    `interval formula reproducing the printed half-widths: quantile ${table.paperFormula.quantile}, SD denominator ${table.paperFormula.denominator} ` +
      `(${table.formulaFit.map((f) => `${f.formula.quantile}/${f.formula.denominator}: ${f.matches}/${f.entries}`).join(', ')})`,
    ['space'.padEnd(7), ...SETTINGS.map((s) => s.padEnd(27))].join(''),
  ];
  for (const space of AUTHOR_SPACES) {
    const cells = SETTINGS.map((setting) => {
      const c = table3Entry(table, setting, space);
      const mark = c.excluded.length ? '*' : ' ';
      const paper = `${c.paper.asterisk ? '*' : ''}${f2(c.paper.mean)}±${f2(c.paper.halfWidth)}`;
      return `${mark}${f2(c.mean)}±${f2((c.ciPaper[1] - c.ciPaper[0]) / 2)} (${paper})`.padEnd(27);
    });
    lines.push([space.padEnd(7), ...cells].join(''));
  }
  const cmp = table.comparison;
  lines.push(
    `matches with the printed table: means ${cmp.meanMatches}/${cmp.entries}, half-widths ${cmp.halfWidthMatches}/${cmp.entries}, asterisks ${cmp.asteriskMatches}/${cmp.entries}`,
  );
  for (const d of cmp.disagreements) {
    lines.push(`  differs: ${d.setting} ${d.space}: ${f3(d.mean)} ± ${f3(d.halfWidth)} vs printed ${f2(d.paper.mean)} ± ${f2(d.paper.halfWidth)}`);
  }
  return lines;
}

export function reanalysisText(r: Reanalysis): string {
  const lines: string[] = [`${r.rows} evaluations`, '', 'Integrity findings:'];
  for (const f of r.integrity) {
    lines.push(`  ${f.kind} ${f.setting} ${f.space} super-nets [${f.supernets.join(',')}] count ${f.count}${f.excluded ? ' (excluded)' : ''}: ${f.detail}`);
  }
  lines.push('', ...table3Text(r.table3), '', ...table3Text(r.table3Test), '');
  lines.push(
    `C01 bns-ft / no-ft: mean of per-space ratios ${f3(r.c01.meanOfRatios)} (printed ${f3(r.c01.paper.meanOfRatios)}), ratio of means ${f3(r.c01.ratioOfMeans)} ` +
      `(printed ${f3(r.c01.paper.ratioOfMeans)}); paper: +270%, "almost 3 times"; no-ft range ${f2(r.c01.noFtRange[0])}-${f2(r.c01.noFtRange[1])}; ` +
      `paired t over spaces p = ${pv(r.c01.test.p)}`,
    `C02 bns-ft range: ${f3(r.c02.min.value)} (${r.c02.min.space}) to ${f3(r.c02.max.value)} (${r.c02.max.space}); paper ${f2(r.c02.paper.min.value)} (${r.c02.paper.min.space}) to ${f2(r.c02.paper.max.value)} (${r.c02.paper.max.space})`,
  );
  for (const v of r.c04) {
    lines.push(
      `C04 ${v.variant.padEnd(9)} mean delta over bns-ft ${f3(v.meanDelta)}, improved in ${v.spacesImproved}/7 spaces (paired p = ${pv(v.deltaAcrossSpaces.p)}; ` +
        `over super-nets p = ${pv(v.deltaAcrossSupernets.p)}), smaller SD in ${v.spacesLessVariance}/7 (log SD ratio ${f3(v.logSdRatioAcrossSpaces.meanDifference)}, p = ${pv(v.logSdRatioAcrossSpaces.p)})`,
    );
  }
  const e = r.c05;
  lines.push(
    `C05 outputs: ${e.outputs.means.map((m) => `${m.space} ${f3(m.mean)}`).join(', ')}; max ${e.outputs.max.space} vs min ${e.outputs.min.space} Welch p = ${pv(e.outputs.maxVsMin.p)}; ` +
      `Ares ${f3(e.residual.ares.mean)} vs Anres ${f3(e.residual.anres.mean)} Welch p = ${pv(e.residual.aresVsAnres.p)}; ` +
      `Anres below Afull by ${(100 * e.anresBelowAfull.computed).toFixed(1)}% (paper's text: 25%)`,
  );
  const m = r.c09;
  lines.push(
    `C09 over ${m.runs.length} bns-ft runs, proxy vs standalone: bimodality coefficient higher in ${m.bimodality.proxyHigher} ` +
      `(mean difference ${f3(m.bimodality.difference.meanDifference)}, p = ${pv(m.bimodality.difference.p)}; above 5/9: proxy ${m.proxyAboveThreshold}, ` +
      `standalone ${m.standaloneAboveThreshold}); dip higher in ${m.dip.proxyHigher} (mean difference ${m.dip.difference.meanDifference.toExponential(2)}, p = ${pv(m.dip.difference.p)})`,
  );
  for (const b of [r.c10, r.c11]) {
    lines.push(
      `${b === r.c10 ? 'C10' : 'C11'} ${b.subgroup}: over-evaluation (subgroup - rest) ${f3(b.overEvaluationAcross.meanDifference)} (p = ${pv(b.overEvaluationAcross.p)} over ${b.overEvaluationAcross.n} super-nets); ` +
        `standalone accuracy difference ${f3(b.standaloneAcross.meanDifference)} (p = ${pv(b.standaloneAcross.p)}); ` +
        `share of the top proxy decile ${f3(b.meanTopDecileShare)} (of all cells ${f3(b.supernets[0].topDecile.overallShare)} in super-net ${b.supernets[0].supernet})`,
    );
  }
  lines.push(`C21 mean Spearman with standalone accuracy (bns-ft super-net vs zero-cost proxies; partial given parameters):`);
  for (const s of r.c21) {
    lines.push(
      `  ${s.space.padEnd(6)} super-net ${f3(s.meanSuperNet)}  ${ZERO_COST_PROXIES.map((p) => `${p} ${f3(s.meanZeroCost[p])}`).join('  ')}  partial ${f3(s.meanPartialGivenParameters)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function registerReanalyzeCommands(program: Command): void {
  withEnvironmentHelp(program.command('reanalyze'), ['WS_REPRO_DEBUG'])
    .description("Table 3 and the bias analyses recomputed from the authors' raw evaluations")
    .option('--json', 'print one JSON object')
    .action((options: { json?: boolean }) => {
      const progress = stepProgress('reanalyze', 1);
      progress.step("re-analysing the authors' raw evaluations (Table 3, biases, zero-cost)");
      const r = reanalyze();
      progress.done();
      process.stdout.write(options.json ? `${JSON.stringify(reanalysisJson(r))}\n` : reanalysisText(r));
    });
}
