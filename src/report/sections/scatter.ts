/**
 * Proxy vs standalone accuracy with marginal distributions (paper Figs. 3-4): the authors' bns-ft super-nets on A1
 * (residual cells highlighted, C10), A4 (3x3 convolution on the first vertex, C11) and Afull, then one chart per
 * space of this run's own super-nets. Each chart shows at most MAX_POINTS cells, a seeded subsample.
 */
import type { AuthorsEvaluation } from '../../authors/evaluations.js';
import type { ReplicationResult, ScoredCell } from '../../evidence/replication-result.js';
import { evaluationSets, type EvaluationSet } from '../../reanalysis/evaluation-sets.js';
import { independentSets, type IntegrityFinding } from '../../reanalysis/integrity.js';
import { conv3x3OnFirstVertex, residualCells } from '../../reanalysis/subgroup-bias.js';
import { derivedRandom, shuffled } from '../../random.js';
import type { Cell } from '../../space/cell.js';
import { spearman } from '../../stats/spearman.js';
import { scatterWithMarginals, type ScatterPoint } from '../charts.js';
import type { FigureView, SectionView, TableView } from '../view.js';
import type { ReplicationInput } from './replication.js';
import type { SpaceName } from '../../space/spaces.js';

/** Keeps each inline SVG near 400 kB. */
export const MAX_POINTS = 1_000;

/**
 * Cells whose standalone training failed (NAS-Bench-101 has some near chance, 0.1) would squeeze the other cells,
 * which lie between about 0.8 and 0.95, into a sliver of the axis: they are counted in the caption, not drawn.
 */
export const STANDALONE_FLOOR = 0.5;

interface Subgroup {
  readonly name: string;
  readonly claim: string;
  readonly ofCell: (cell: Cell) => boolean;
  readonly ofScored: (cell: ScoredCell) => boolean;
}

const RESIDUAL: Subgroup = { name: 'residual', claim: 'C10', ofCell: residualCells, ofScored: (c) => c.residual };
const CONV_FIRST: Subgroup = { name: '3x3 conv on vertex 1', claim: 'C11', ofCell: conv3x3OnFirstVertex, ofScored: (c) => c.conv3x3First };

/** The authors' spaces shown, as in the paper's figures, with the subgroup each highlights. */
const AUTHORS_CHARTS: readonly { space: SpaceName; subgroup: Subgroup }[] = [
  { space: 'A1', subgroup: RESIDUAL },
  { space: 'A4', subgroup: CONV_FIRST },
  { space: 'Afull', subgroup: RESIDUAL },
];

const subgroupOf = (space: string): Subgroup => (space === 'A4' ? CONV_FIRST : RESIDUAL);

/** At most MAX_POINTS of `points`, drawn without replacement from a stream named after the chart. */
function subsample(points: readonly ScatterPoint[], seed: number | string, label: string): ScatterPoint[] {
  return points.length <= MAX_POINTS ? [...points] : shuffled(derivedRandom(seed, `scatter ${label}`), points).slice(0, MAX_POINTS);
}

interface Chart {
  readonly source: string;
  readonly space: string;
  readonly supernet: number;
  readonly subgroup: Subgroup;
  readonly points: readonly ScatterPoint[];
}

function authorsChart(set: EvaluationSet, subgroup: Subgroup): Chart {
  return {
    source: "authors' data",
    space: set.space,
    supernet: set.supernet,
    subgroup,
    points: set.rows.map((row, i) => ({
      proxy: set.proxy[i],
      standalone: set.meanValidation[i],
      group: subgroup.ofCell(row.cell) ? subgroup.name : 'other',
    })),
  };
}

function replicationChart(result: ReplicationResult): Chart {
  const subgroup = subgroupOf(result.space);
  return {
    source: 'this run',
    space: result.space,
    supernet: result.supernet,
    subgroup,
    points: result.cells.map((c) => ({ proxy: c.proxyBnsFt, standalone: c.standaloneValidation, group: subgroup.ofScored(c) ? subgroup.name : 'other' })),
  };
}

/** One super-net per space: the first that did not fail, baseline variant first (it has the bns-ft proxy of Fig. 3). */
function replicationCharts(results: readonly ReplicationResult[]): Chart[] {
  const spaces = [...new Set(results.map((r) => r.space))];
  return spaces.flatMap((space) => {
    const candidates = results.filter((r) => r.space === space && r.failed === null && r.cells.length > 1);
    const chosen = candidates.find((r) => r.variant === 'baseline') ?? candidates[0];
    return chosen ? [replicationChart(chosen)] : [];
  });
}

async function figure(chart: Chart, seed: number | string): Promise<FigureView> {
  const title = `${chart.source}, ${chart.space}, bns-ft super-net ${chart.supernet}`;
  const trained = chart.points.filter((p) => p.standalone >= STANDALONE_FLOOR);
  const shown = subsample(trained, seed, title);
  const members = chart.points.filter((p) => p.group !== 'other').length;
  const failed = chart.points.length - trained.length;
  return {
    title,
    caption:
      `Each point is a cell: mean standalone validation accuracy (NAS-Bench-101, 3 runs) against the super-net's proxy accuracy; ` +
      `${chart.subgroup.name} cells (${members} of ${chart.points.length}) highlighted (${chart.subgroup.claim}).` +
      (failed ? ` ${failed} cell(s) with standalone accuracy below ${STANDALONE_FLOOR} (failed standalone training) not drawn.` : '') +
      (shown.length < trained.length ? ` ${shown.length} of ${trained.length} cells drawn (seeded subsample).` : ''),
    svg: await scatterWithMarginals(shown, ''),
  };
}

function chartTable(charts: readonly Chart[]): TableView {
  return {
    caption: 'The super-nets drawn (Spearman correlation over all their cells)',
    columns: ['source', 'space', 'super-net', 'cells', 'highlighted subgroup', 'subgroup cells', 'Spearman rho'],
    rows: charts.map((c) => [
      c.source,
      c.space,
      c.supernet,
      c.points.length,
      c.subgroup.name,
      c.points.filter((p) => p.group !== 'other').length,
      spearman(c.points.map((p) => p.proxy), c.points.map((p) => p.standalone)).rho,
    ]),
  };
}

export interface ScatterInputs {
  readonly authors: readonly AuthorsEvaluation[];
  readonly integrity: readonly IntegrityFinding[];
  readonly replication?: ReplicationInput;
  readonly seed: number | string;
}

export async function scatterSection(inputs: ScatterInputs): Promise<SectionView> {
  const wanted = new Set<string>(AUTHORS_CHARTS.map((c) => c.space));
  const sets = evaluationSets(inputs.authors.filter((r) => r.setting === 'bns-ft' && wanted.has(r.space)));
  const authors = AUTHORS_CHARTS.flatMap(({ space, subgroup }) => {
    const first = independentSets(sets, inputs.integrity, 'bns-ft', space)[0];
    return first ? [authorsChart(first, subgroup)] : [];
  });
  const replicated = replicationCharts(inputs.replication?.results ?? []);
  const charts = [...authors, ...replicated];
  const figures: FigureView[] = [];
  for (const chart of charts) figures.push(await figure(chart, inputs.seed));
  return {
    id: 'scatter',
    title: 'Proxy vs standalone accuracy (Figs. 3-4)',
    intro:
      `One bns-ft super-net per chart: the first independent (not failed, not a copy) super-net of the authors' data on ${authors.map((c) => c.space).join(', ')}` +
      (replicated.length
        ? `, and one of this run's super-nets on ${replicated.map((c) => c.space).join(', ')} (profile ${inputs.replication!.profile}${inputs.replication!.paperScale ? '' : ', below the paper\'s scale'}).`
        : '; this run has no replicated super-nets to draw.') +
      ` At most ${MAX_POINTS.toLocaleString('en-US')} cells per chart.`,
    tables: [chartTable(charts)],
    figures,
  };
}
