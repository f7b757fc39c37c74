/**
 * Table 3 recomputed from the raw evaluations: per (setting, space), the Spearman correlation of each super-net's
 * proxy accuracies with the cells' mean standalone accuracy, failed super-nets left out (null) as the paper's
 * asterisks do, the mean, the interval in the formula that reproduces the printed table, and a t-based interval.
 */
import { AUTHOR_SPACES, SETTINGS, type Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { meanInterval, type IntervalOptions } from '../stats/interval.js';
import { spearman } from '../stats/spearman.js';
import { excludedSupernets, duplicateSupernets, type IntegrityFinding } from './integrity.js';
import { setsOf, standalone, type EvaluationSet, type Target } from './evaluation-sets.js';
import { PAPER_TABLE3_DECIMALS, paperTable3Entry, type PaperTable3Entry } from './paper-table3.js';
import { mean } from '../stats/summary.js';

export type Interval = readonly [low: number, high: number];

/** The four plausible readings of "95% confidence interval" for five values (docs/CLAIMS.md, notes). */
export const INTERVAL_FORMULAS: readonly IntervalOptions[] = [
  { quantile: 'z', denominator: 'n', level: 0.95 },
  { quantile: 'z', denominator: 'n-1', level: 0.95 },
  { quantile: 't', denominator: 'n', level: 0.95 },
  { quantile: 't', denominator: 'n-1', level: 0.95 },
];

/** The properly computed interval: Student's t quantile with n - 1 df and the sample SD. */
export const T_INTERVAL: IntervalOptions = { quantile: 't', denominator: 'n-1', level: 0.95 };

export interface Table3Entry {
  readonly setting: Setting;
  readonly space: SpaceName;
  readonly supernets: readonly number[];
  /** One Spearman rho per super-net (in `supernets` order), null for a failed (excluded) super-net. */
  readonly values: readonly (number | null)[];
  readonly excluded: readonly number[];
  readonly mean: number;
  readonly ciPaper: Interval;
  readonly ciT: Interval;
  /** Super-nets that are exact copies of another run of this entry, and the mean / t interval without them. */
  readonly duplicates: readonly number[];
  readonly meanUnique: number;
  readonly ciTUnique: Interval;
  readonly paper: PaperTable3Entry;
}

export interface Table3 {
  readonly target: Target;
  /** The formula used for `ciPaper`: the one whose half-widths match the printed table most often. */
  readonly paperFormula: IntervalOptions;
  readonly formulaFit: readonly FormulaFit[];
  readonly entries: readonly Table3Entry[];
  readonly comparison: Table3Comparison;
}

export interface FormulaFit {
  readonly formula: IntervalOptions;
  /** Entries whose half-width, rounded as printed, equals the printed half-width. */
  readonly matches: number;
  readonly entries: number;
  readonly maxAbsError: number;
}

export interface Table3Comparison {
  readonly meanMatches: number;
  readonly halfWidthMatches: number;
  readonly asteriskMatches: number;
  readonly entries: number;
  readonly maxMeanError: number;
  /** Every entry whose rounded mean, half-width or asterisk differs from the printed one. */
  readonly disagreements: readonly {
    readonly setting: Setting;
    readonly space: SpaceName;
    readonly mean: number;
    readonly halfWidth: number;
    readonly excluded: number;
    readonly paper: PaperTable3Entry;
  }[];
}

const round = (x: number, decimals = PAPER_TABLE3_DECIMALS): number => Number(x.toFixed(decimals));

function interval(values: readonly number[], options: IntervalOptions): Interval {
  const { low, high } = meanInterval(values, options);
  return [low, high];
}

const halfWidth = (ci: Interval): number => (ci[1] - ci[0]) / 2;

/** Per-super-net Spearman rho for one (setting, space); null where the super-net is excluded. */
export function supernetCorrelations(sets: readonly EvaluationSet[], excluded: readonly number[], target: Target): (number | null)[] {
  return sets.map((s) => (excluded.includes(s.supernet) ? null : spearman(s.proxy, standalone(s, target)).rho));
}

interface RawEntry {
  readonly setting: Setting;
  readonly space: SpaceName;
  readonly supernets: number[];
  readonly values: (number | null)[];
  readonly kept: number[];
  readonly unique: number[];
  readonly excluded: number[];
  readonly duplicates: number[];
}

function rawEntries(sets: readonly EvaluationSet[], findings: readonly IntegrityFinding[], target: Target): RawEntry[] {
  return SETTINGS.flatMap((setting) =>
    AUTHOR_SPACES.map((space) => {
      const entrySets = setsOf(sets, setting, space);
      const excluded = excludedSupernets(findings, setting, space);
      const duplicates = duplicateSupernets(findings, setting, space);
      const values = supernetCorrelations(entrySets, excluded, target);
      const kept = values.filter((v): v is number => v !== null);
      const unique = values.filter((v, i): v is number => v !== null && !duplicates.includes(entrySets[i].supernet));
      return { setting, space, supernets: entrySets.map((s) => s.supernet), values, kept, unique, excluded, duplicates };
    }),
  );
}

/** How often each formula's half-width, rounded as printed, equals the paper's. */
export function intervalFormulaFit(kept: readonly { setting: Setting; space: SpaceName; kept: readonly number[] }[]): FormulaFit[] {
  return INTERVAL_FORMULAS.map((formula) => {
    let matches = 0;
    let maxAbsError = 0;
    for (const entry of kept) {
      const printed = paperTable3Entry(entry.setting, entry.space).halfWidth;
      const h = halfWidth(interval(entry.kept, formula));
      if (round(h) === printed) matches++;
      maxAbsError = Math.max(maxAbsError, Math.abs(h - printed));
    }
    return { formula, matches, entries: kept.length, maxAbsError };
  });
}

function compare(entries: readonly Table3Entry[]): Table3Comparison {
  const disagreements: Table3Comparison['disagreements'][number][] = [];
  let meanMatches = 0;
  let halfWidthMatches = 0;
  let asteriskMatches = 0;
  let maxMeanError = 0;
  for (const c of entries) {
    const h = halfWidth(c.ciPaper);
    const meanOk = round(c.mean) === c.paper.mean;
    const hOk = round(h) === c.paper.halfWidth;
    const starOk = c.excluded.length > 0 === c.paper.asterisk;
    meanMatches += Number(meanOk);
    halfWidthMatches += Number(hOk);
    asteriskMatches += Number(starOk);
    maxMeanError = Math.max(maxMeanError, Math.abs(c.mean - c.paper.mean));
    if (!meanOk || !hOk || !starOk) {
      disagreements.push({ setting: c.setting, space: c.space, mean: c.mean, halfWidth: h, excluded: c.excluded.length, paper: c.paper });
    }
  }
  return { meanMatches, halfWidthMatches, asteriskMatches, entries: entries.length, maxMeanError, disagreements };
}

/** Table 3 against `target` (the paper's text says validation accuracy). */
export function table3(sets: readonly EvaluationSet[], findings: readonly IntegrityFinding[], target: Target = 'validation'): Table3 {
  const raw = rawEntries(sets, findings, target);
  const formulaFit = intervalFormulaFit(raw);
  const paperFormula = formulaFit.reduce((best, f) => (f.matches > best.matches ? f : best)).formula;
  const entries: Table3Entry[] = raw.map((r) => ({
    setting: r.setting,
    space: r.space,
    supernets: r.supernets,
    values: r.values,
    excluded: r.excluded,
    mean: mean(r.kept),
    ciPaper: interval(r.kept, paperFormula),
    ciT: interval(r.kept, T_INTERVAL),
    duplicates: r.duplicates,
    meanUnique: mean(r.unique),
    ciTUnique: interval(r.unique, T_INTERVAL),
    paper: paperTable3Entry(r.setting, r.space),
  }));
  return { target, paperFormula, formulaFit, entries, comparison: compare(entries) };
}

/** The entry (setting, space) of a computed table. */
export function table3Entry(table: Table3, setting: Setting, space: SpaceName): Table3Entry {
  const entry = table.entries.find((c) => c.setting === setting && c.space === space);
  if (!entry) throw new Error(`table3.ts: no entry for ${setting} / ${space}`);
  return entry;
}

/** The correlations of the independent runs of an entry: failed super-nets and exact copies left out. */
export function independentValues(entry: Table3Entry): number[] {
  return entry.values.filter((v, i): v is number => v !== null && !entry.duplicates.includes(entry.supernets[i]));
}
