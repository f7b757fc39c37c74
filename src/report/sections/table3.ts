/**
 * Table 3 side by side: the paper's printed cell, the same cell recomputed from the authors' raw evaluations (with
 * the interval formula that reproduces the print and a proper t interval), and this run's replication, which is
 * marked not comparable unless it ran at the paper's scale. One interval chart per setting.
 */
import { AUTHOR_SPACES, SETTINGS, type Setting } from '../../authors/evaluations.js';
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import { meanInterval, type IntervalOptions } from '../../stats/interval.js';
import type { Table3, Table3Entry } from '../../reanalysis/table3.js';
import { intervalChart, type IntervalRow } from '../charts.js';
import type { FigureView, SectionView, TableView } from '../view.js';
import { bracket, fixed, plusMinus } from './format.js';
import { replicatedEntries, type ReplicatedEntry } from '../../evidence/replicated-entries.js';
import type { ReplicationInput } from './replication.js';

export function formulaName(formula: IntervalOptions): string {
  const q = formula.quantile === 'z' ? 'normal quantile' : 't quantile (n - 1 df)';
  return `${q}, SD with denominator ${formula.denominator}`;
}

function supernetsText(entry: Table3Entry): string {
  const used = entry.supernets.length - entry.excluded.length;
  const notes = [
    ...(entry.excluded.length ? [`failed, excluded: super-net ${entry.excluded.join(', ')}`] : []),
    ...(entry.duplicates.length ? [`exact copy of another run: super-net ${entry.duplicates.join(', ')}`] : []),
  ];
  return `${used} of ${entry.supernets.length}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** Which printed numbers the recomputed cell does not match at the printed precision. */
function printedMismatch(table: Table3, entry: Table3Entry): string {
  const d = table.comparison.disagreements.find((x) => x.setting === entry.setting && x.space === entry.space);
  if (!d) return 'yes';
  const parts = [
    ...(fixed(d.mean) !== fixed(d.paper.mean) ? ['mean'] : []),
    ...(fixed(d.halfWidth) !== fixed(d.paper.halfWidth) ? ['half-width'] : []),
    ...(d.excluded > 0 !== d.paper.asterisk ? ['asterisk'] : []),
  ];
  return `no: ${parts.join(', ')}`;
}

function replicationInterval(entry: ReplicatedEntry): { mean: number; low: number; high: number } {
  if (entry.values.length < 2) return { mean: entry.values[0], low: entry.values[0], high: entry.values[0] };
  const ci = meanInterval(entry.values, { quantile: 't', denominator: 'n-1', level: 0.95 });
  return { mean: ci.estimate, low: ci.low, high: ci.high };
}

function replicationText(entry: ReplicatedEntry | undefined, replication: ReplicationInput | undefined): string | null {
  if (!entry || !replication) return null;
  const failed = entry.failed.length ? `, ${entry.failed.length} failed` : '';
  const scale = replication.paperScale ? '' : `; not comparable (profile ${replication.profile})`;
  if (entry.values.length === 0) return `no converged super-net${failed}${scale}`;
  const ci = replicationInterval(entry);
  const value = entry.values.length > 1 ? `${fixed(ci.mean)} ${bracket(ci.low, ci.high)}` : fixed(ci.mean);
  return `${value} (${entry.values.length} super-net${entry.values.length > 1 ? 's' : ''}${failed}${scale})`;
}

function settingTable(table: Table3, setting: Setting, replicated: readonly ReplicatedEntry[], replication?: ReplicationInput): TableView {
  const entries = table.entries.filter((c) => c.setting === setting);
  return {
    caption: `${setting}: Spearman correlation of proxy and mean standalone ${table.target} accuracy`,
    columns: ['space', 'paper (mean ± 95% CI)', 're-analysis mean', 'paper-style CI', 't CI', 'super-nets used', 'as printed?', 'this run (mean [t CI])'],
    rows: AUTHOR_SPACES.map((space) => {
      const c = entries.find((x) => x.space === space)!;
      return [
        space,
        `${plusMinus(c.paper.mean, c.paper.halfWidth)}${c.paper.asterisk ? ' *' : ''}`,
        c.mean,
        bracket(...c.ciPaper),
        bracket(...c.ciT),
        supernetsText(c),
        printedMismatch(table, c),
        replicationText(replicated.find((r) => r.setting === setting && r.space === space), replication),
      ];
    }),
  };
}

function chartRows(table: Table3, setting: Setting, replicated: readonly ReplicatedEntry[], replication?: ReplicationInput): IntervalRow[] {
  const replicationSource = replication?.paperScale ? 'this run' : 'this run (not comparable)';
  return table.entries
    .filter((c) => c.setting === setting)
    .flatMap((c): IntervalRow[] => {
      const rows: IntervalRow[] = [
        { space: c.space, source: 'paper', mean: c.paper.mean, low: c.paper.mean - c.paper.halfWidth, high: c.paper.mean + c.paper.halfWidth },
        { space: c.space, source: "authors' data (t CI)", mean: c.mean, low: c.ciT[0], high: c.ciT[1] },
      ];
      const r = replicated.find((x) => x.setting === setting && x.space === c.space);
      if (r && r.values.length > 0) rows.push({ space: c.space, source: replicationSource, ...replicationInterval(r) });
      return rows;
    });
}

function summaryTables(reanalysis: Reanalysis): TableView[] {
  const t = reanalysis.table3;
  return [
    {
      caption: 'How often each reading of "95% confidence interval" reproduces the printed half-widths (validation accuracy)',
      columns: ['formula', 'half-widths as printed', 'cells', 'largest |error|'],
      rows: t.formulaFit.map((f) => [formulaName(f.formula), f.matches, f.entries, f.maxAbsError]),
    },
    {
      caption: 'Which standalone accuracy the paper ranked against: printed Table 3 vs recomputed, per target',
      columns: ['target', 'means as printed', 'half-widths as printed', 'asterisks as printed', 'cells', 'largest |mean error|'],
      rows: [reanalysis.table3, reanalysis.table3Test].map((x) => [
        x.target,
        x.comparison.meanMatches,
        x.comparison.halfWidthMatches,
        x.comparison.asteriskMatches,
        x.comparison.entries,
        x.comparison.maxMeanError,
      ]),
    },
  ];
}

export async function table3Section(reanalysis: Reanalysis, replication?: ReplicationInput): Promise<SectionView> {
  const table = reanalysis.table3;
  const replicated = replication ? replicatedEntries(replication.results) : [];
  const figures: FigureView[] = [];
  for (const setting of SETTINGS) {
    figures.push({
      title: `Table 3, ${setting}`,
      caption: `Mean Spearman correlation per space with its 95% interval: the paper's printed interval, the t interval over the authors' super-nets${replicated.some((r) => r.setting === setting) ? ", and this run's super-nets" : ''}.`,
      svg: await intervalChart(chartRows(table, setting, replicated, replication), ''),
    });
  }
  const supernets = new Set(table.entries.map((c) => c.supernets.length));
  return {
    id: 'table3',
    title: 'Table 3: paper, re-analysis of the authors\' data, this run',
    intro:
      `Spearman rank correlation between each super-net's proxy accuracies and the cells' mean standalone ${table.target} accuracy, ` +
      `for ${SETTINGS.length} settings and ${AUTHOR_SPACES.length} spaces, recomputed from ${reanalysis.rows.toLocaleString('en-US')} rows of the authors' raw evaluations ` +
      `(${[...supernets].join('/')} super-nets per cell; failed super-nets excluded as the paper's asterisks). The paper-style interval uses the formula that reproduces ` +
      `the most printed half-widths (${formulaName(table.paperFormula)}); the t interval is the properly computed one. ` +
      (replication
        ? `This run's replication: ${replication.results.length} super-net(s) of profile ${replication.profile}${replication.paperScale ? ', at the paper\'s scale' : ', below the paper\'s scale, so its numbers are not comparable with the printed ones'}.`
        : 'No replication results were supplied (run `ws-repro run` to train super-nets).'),
    tables: [...SETTINGS.map((s) => settingTable(table, s, replicated, replication)), ...summaryTables(reanalysis)],
    figures,
  };
}
