/**
 * Charts of the report, as Vega-Lite specs rendered to SVG in Node (no browser, no hand-built SVG).
 * Each function takes plain rows and returns an SVG string ready to inline into the HTML.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';

/** Every chart's text at 12 px or more (Vega-Lite's defaults are 10-11 px, too small to read in the report). */
const READABLE_TEXT: vl.Config = {
  axis: { labelFontSize: 12, titleFontSize: 12 },
  legend: { labelFontSize: 12, titleFontSize: 12 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 14, subtitleFontSize: 12 },
  text: { fontSize: 12 },
};

export async function renderSvg(spec: vl.TopLevelSpec): Promise<string> {
  const config = { ...READABLE_TEXT, ...spec.config };
  const view = new vega.View(vega.parse(vl.compile({ ...spec, config } as vl.TopLevelSpec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface ScatterPoint {
  readonly proxy: number;
  readonly standalone: number;
  /** Subgroup to highlight (e.g. "residual" on A1, "3x3 conv on vertex 1" on A4); "other" for the rest. */
  readonly group: string;
}

/** Subgroup colours: highlighted groups in strong colours, "other" in grey, the same in every chart. */
const HIGHLIGHTS = ['#e45756', '#4c78a8', '#54a24b', '#b279a2'];
const OTHER_COLOUR = '#9aa4b1';

function groupScale(points: readonly ScatterPoint[]): { domain: string[]; range: string[] } {
  const highlighted = [...new Set(points.map((p) => p.group))].filter((g) => g !== 'other').sort();
  const domain = [...highlighted, 'other'];
  return { domain, range: domain.map((g, i) => (g === 'other' ? OTHER_COLOUR : HIGHLIGHTS[i % HIGHLIGHTS.length])) };
}

/** Proxy vs standalone accuracy with both marginal distributions (paper Figs. 3-4). */
export function scatterWithMarginals(points: readonly ScatterPoint[], title: string): Promise<string> {
  const colour = { field: 'group', type: 'nominal', title: null, scale: groupScale(points), legend: { orient: 'bottom', labelLimit: 300 } } as const;
  return renderSvg({
    title,
    data: { values: points as ScatterPoint[] },
    // Room between the top histogram's axis and the scatter's, whose end labels would touch.
    spacing: 10,
    bounds: 'flush',
    vconcat: [
      {
        height: 50,
        width: 260,
        mark: { type: 'bar', opacity: 0.7 },
        encoding: {
          x: { field: 'standalone', bin: { maxbins: 40 }, type: 'quantitative', axis: null },
          y: { aggregate: 'count', type: 'quantitative', title: null, stack: true },
          color: colour,
        },
      },
      {
        spacing: 4,
        bounds: 'flush',
        hconcat: [
          {
            width: 260,
            height: 260,
            mark: { type: 'circle', size: 10, opacity: 0.5 },
            encoding: {
              x: { field: 'standalone', type: 'quantitative', scale: { zero: false }, title: 'standalone validation accuracy' },
              y: { field: 'proxy', type: 'quantitative', scale: { zero: false }, title: 'super-net proxy accuracy' },
              color: colour,
            },
          },
          {
            width: 50,
            height: 260,
            mark: { type: 'bar', opacity: 0.7, orient: 'horizontal' },
            encoding: {
              y: { field: 'proxy', bin: { maxbins: 40 }, type: 'quantitative', axis: null },
              x: { aggregate: 'count', type: 'quantitative', title: null, stack: true },
              color: colour,
            },
          },
        ],
      },
    ],
  });
}

export interface RegretPoint {
  readonly algorithm: string;
  readonly seconds: number;
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Points drawable on log-log axes: a log axis has no 0, so points whose whole band is 0 are dropped, and a median or
 * lower bound of 0 is drawn at the axis' floor (the smallest positive value drawn).
 */
function onLogAxes<P extends RegretPoint>(points: readonly P[]): P[] {
  const drawn = points.filter((p) => p.seconds > 0 && p.high > 0);
  const floor = Math.min(...drawn.flatMap((p) => [p.low, p.median, p.high].filter((v) => v > 0)));
  return drawn.map((p) => ({ ...p, low: Math.max(p.low, floor), median: Math.max(p.median, floor) }));
}

/** The band and median line of each algorithm; the legend shows each algorithm as its line, label in the line's colour. */
function regretLayers(algorithms?: readonly string[]) {
  const x = { field: 'seconds', type: 'quantitative', scale: { type: 'log' }, title: 'search time (s)' } as const;
  const colour = {
    field: 'algorithm',
    type: 'nominal',
    title: null,
    ...(algorithms ? { scale: { domain: [...algorithms] }, sort: [...algorithms] } : {}),
    legend: { symbolType: 'stroke', symbolOpacity: 1, symbolStrokeWidth: 3, labelColor: { expr: "scale('color', datum.value)" } },
  } as const;
  return [
    {
      mark: { type: 'area', opacity: 0.2 },
      encoding: { x, y: { field: 'low', type: 'quantitative', scale: { type: 'log' }, title: 'test regret' }, y2: { field: 'high' }, color: colour },
    },
    { mark: { type: 'line' }, encoding: { x, y: { field: 'median', type: 'quantitative', scale: { type: 'log' } }, color: colour } },
  ] as const;
}

/** Test regret against search time on log-log axes with a 95% band per algorithm (paper Fig. 2; onLogAxes for 0). */
export function regretCurves(points: readonly RegretPoint[], title: string): Promise<string> {
  return renderSvg({ title, width: 320, height: 220, data: { values: onLogAxes(points) }, layer: [...regretLayers()] } as vl.TopLevelSpec);
}

/**
 * The same curves for several spaces in one chart, a panel per space (each with its own axes), the algorithms in
 * the order given with the same colour in every panel.
 */
export function regretCurvesBySpace(points: readonly (RegretPoint & { readonly space: string })[], algorithms: readonly string[], title: string): Promise<string> {
  return renderSvg({
    title,
    data: { values: onLogAxes(points) },
    facet: { field: 'space', type: 'nominal', title: null, sort: [...new Set(points.map((p) => p.space))] },
    // Three panels a row keep the chart within the report's width (1,400 px) with its legend.
    columns: 3,
    spec: { width: 210, height: 160, layer: [...regretLayers(algorithms)] },
    resolve: { scale: { x: 'independent', y: 'independent' } },
  } as vl.TopLevelSpec);
}

export interface IntervalRow {
  readonly space: string;
  /** Which evidence produced the value: "paper", "re-analysis", "replication". */
  readonly source: string;
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

/** Mean Spearman correlation with its 95% interval per space, one colour per source (Table 3 at a glance). */
export function intervalChart(rows: readonly IntervalRow[], title: string): Promise<string> {
  const y = { field: 'space', type: 'nominal', title: null } as const;
  const colour = { field: 'source', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 300, columns: 2 } } as const;
  const offset = { field: 'source', type: 'nominal' } as const;
  // A correlation lies in [-1, 1]; the axis starts at -0.2 unless an interval reaches further down.
  const lowest = Math.min(-0.2, ...rows.map((r) => Math.floor(10 * r.low) / 10));
  return renderSvg({
    title,
    width: 320,
    data: { values: rows as IntervalRow[] },
    layer: [
      {
        mark: { type: 'rule' },
        encoding: {
          y,
          yOffset: offset,
          x: { field: 'low', type: 'quantitative', title: 'Spearman correlation', scale: { domain: [Math.max(-1, lowest), 1] } },
          x2: { field: 'high' },
          color: colour,
        },
      },
      { mark: { type: 'point', filled: true }, encoding: { y, yOffset: offset, x: { field: 'mean', type: 'quantitative' }, color: colour } },
    ],
  });
}

export interface LengthPoint {
  /** Training images seen (epochs x training images). */
  readonly imagesSeen: number;
  readonly spearman: number;
  /** "no-ft" or "bns-ft". */
  readonly proxy: string;
  /** "super-net" (one trained super-net), "mean" (of a length's super-nets) or "authors" (the paper's own, Table 3). */
  readonly kind: 'super-net' | 'mean' | 'authors';
}

/** Spearman correlation against training images seen (log axis): each super-net, the mean line, the authors' mean. */
export function trainingLengthChart(points: readonly LengthPoint[], title: string): Promise<string> {
  const x = { field: 'imagesSeen', type: 'quantitative', scale: { type: 'log' }, title: 'training images seen (log)' } as const;
  const domain: number[] = [Math.min(-0.2, ...points.map((p) => Math.floor(10 * p.spearman) / 10)), 1];
  const y = { field: 'spearman', type: 'quantitative', title: 'Spearman correlation', scale: { domain } } as const;
  const colour = { field: 'proxy', type: 'nominal', title: null, scale: { domain: ['no-ft', 'bns-ft'], range: ['#e45756', '#4c78a8'] }, legend: { orient: 'bottom' } } as const;
  const only = (kind: LengthPoint['kind']) => ({ filter: `datum.kind === '${kind}'` });
  return renderSvg({
    title,
    width: 420,
    height: 240,
    data: { values: points as LengthPoint[] },
    layer: [
      { transform: [only('super-net')], mark: { type: 'point', opacity: 0.6 }, encoding: { x, y, color: colour } },
      { transform: [only('mean')], mark: { type: 'line', point: true }, encoding: { x, y, color: colour } },
      { transform: [only('authors')], mark: { type: 'point', shape: 'diamond' as const, size: 120, filled: true }, encoding: { x, y, color: colour } },
    ],
  } as vl.TopLevelSpec);
}
