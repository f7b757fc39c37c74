/**
 * The paper's Table 3 ("Spearman's Rank Correlation Coefficient Between WS and Standalone Evaluations for Various
 * Search Spaces, WS Variants, and Evaluation Schemes"), transcribed from the paper's text: the mean over 5
 * super-nets, the printed half-width of the 95% confidence interval ("0.64 ± 0.03") and the asterisk that marks
 * an entry computed from four super-nets because one failed to converge. In the text the asterisk precedes its entry
 * (as in the Anres row), so the one between A4's pro-rata and avg-3 marks avg-3.
 */
import { AUTHOR_SPACES, type Setting } from '../authors/evaluations.js';
import { mean } from '../stats/summary.js';
import type { SpaceName } from '../space/spaces.js';

export interface PaperTable3Entry {
  readonly setting: Setting;
  readonly space: SpaceName;
  readonly mean: number;
  readonly halfWidth: number;
  readonly asterisk: boolean;
}

type Printed = readonly [mean: number, halfWidth: number, asterisk?: '*'];
type Row = readonly [Printed, Printed, Printed, Printed, Printed, Printed];

// Columns: no-ft, bns-ft, single-k, pro-rata, avg-3, s-k + p-r (the table's order, as SETTINGS).
const PRINTED: Readonly<Record<SpaceName, Row>> = {
  A4: [[0.08, 0.17], [0.64, 0.03], [0.66, 0.01], [0.68, 0.03], [0.67, 0.02, '*'], [0.69, 0.02]],
  A3: [[0.12, 0.15], [0.59, 0.03], [0.62, 0.02], [0.63, 0.02], [0.61, 0.03], [0.66, 0.02]],
  A2: [[0.24, 0.03], [0.6, 0.04], [0.64, 0.02], [0.64, 0.02], [0.61, 0.01], [0.65, 0.02]],
  A1: [[0.32, 0.05], [0.68, 0.02], [0.72, 0.02], [0.75, 0.02], [0.73, 0.01], [0.67, 0.01]],
  Afull: [[0.24, 0.05], [0.56, 0.04], [0.63, 0.02, '*'], [0.59, 0.03], [0.61, 0.02], [0.58, 0.02]],
  Anres: [[0.11, 0.05, '*'], [0.46, 0.06, '*'], [0.58, 0.02, '*'], [0.56, 0.03], [0.52, 0.02], [0.49, 0.02]],
  Ares: [[0.34, 0.1], [0.71, 0.02], [0.68, 0.01], [0.72, 0.02], [0.69, 0.02], [0.66, 0.01]],
};

const COLUMNS: readonly Setting[] = ['no-ft', 'bns-ft', 'single-k', 'pro-rata', 'avg-3', 's-k+p-r'];

/** Decimals printed in the table, for rounding-aware comparisons. */
export const PAPER_TABLE3_DECIMALS = 2;

export const PAPER_TABLE3: readonly PaperTable3Entry[] = Object.entries(PRINTED).flatMap(([space, row]) =>
  row.map(([mean, halfWidth, mark], column) => ({
    setting: COLUMNS[column],
    space: space as SpaceName,
    mean,
    halfWidth,
    asterisk: mark === '*',
  })),
);

export function paperTable3Entry(setting: Setting, space: SpaceName): PaperTable3Entry {
  const entry = PAPER_TABLE3.find((c) => c.setting === setting && c.space === space);
  if (!entry) throw new Error(`paper-table3.ts: no entry for ${setting} / ${space}`);
  return entry;
}

/** Mean over the seven spaces of Table 3's printed `setting` minus `baseline` correlation (the paper's average gain). */
export function paperMeanDifference(setting: Setting, baseline: Setting): number {
  return mean(AUTHOR_SPACES.map((s) => paperTable3Entry(setting, s).mean - paperTable3Entry(baseline, s).mean));
}
