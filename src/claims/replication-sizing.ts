/**
 * How many super-nets a profile needs per space for its replication levels to answer the directional claims, computed
 * with the project's power machinery (src/stats/power.ts), not chosen by hand: for each test a replication level
 * makes, the effect it must detect, the standard deviation expected across super-nets and where both come from, the
 * super-nets a one-sided t-test at alpha 0.05 needs for power 0.8, and the power the profile's counts give.
 *
 * Sources of the standard deviations (measured before the profile ran; the run's own verdicts report the power
 * achieved at the variances it met):
 * - bns-ft and variant correlations within a space: Table 3's printed 95% half-widths at the paper's scale, read
 *   back through the paper's interval formula (z quantile, denominator n, 5 super-nets; src/reanalysis/table3.ts
 *   found that it reproduces 41 of the 42 entries): SD = half-width x sqrt(5) / 1.96;
 * - bns-ft - no-ft per super-net: the smoke profile's two super-nets (src/claims/expected.ts, C01 smoke: SE 0.122);
 * - claims the paper states without a number (C09, C10, C11, C21): their rule judges power for a medium effect,
 *   d = 0.5 (src/claims/unquantified-claims.ts), so that d is what the profile must detect, C10 and C11 included:
 *   sizing them for the authors' own effect (d 7.4 and 14.4 at the paper's scale, 3 super-nets) would promise a
 *   power their verdicts never credit (the cpu run judged C10 at 3 super-nets with power 0.15).
 */
import type { Setting } from '../authors/evaluations.js';
import { supernetsOn } from '../experiments/plan.js';
import type { ReplicationPlan } from '../experiments/profiles.js';
import { paperMeanDifference, paperTable3Entry } from '../reanalysis/paper-table3.js';
import type { SpaceName } from '../space/spaces.js';
import { oneSampleTTestPower, requiredN, requiredOneSampleN, tTestPower } from '../stats/power.js';
import { UNNUMBERED_EFFECT_D } from './unquantified-claims.js';

const ALPHA = 0.05;
const TARGET = 0.8;
/** The z quantile and super-net count of the paper's Table 3 intervals. */
const PAPER_Z = 1.959963984540054;
const PAPER_SUPERNETS = 5;

/** C01 smoke: bns-ft - no-ft gain +0.294, SE 0.122 over 2 super-nets (src/claims/expected.ts). */
const SMOKE_GAIN_SD = { sd: 0.122 * Math.sqrt(2), source: 'smoke run, 2 super-nets (SE 0.122; src/claims/expected.ts C01)' };

export interface SizingRow {
  readonly claim: string;
  /** What the replication level tests. */
  readonly test: string;
  /** The effect to detect, in the statistic's unit (a correlation difference), or undefined when given as d. */
  readonly effect: number | undefined;
  readonly effectSource: string;
  readonly sd: number | undefined;
  readonly sdSource: string;
  /** Standardised effect: effect / sd, or the rule's d. */
  readonly d: number;
  readonly design: 'one-sample' | 'two-sample';
  /** Super-nets needed (per group for two-sample tests) for power 0.8, one-sided at alpha 0.05. */
  readonly needed: number;
  /** Super-nets the plan trains for this test (per group: the smaller group). */
  readonly planned: number;
  /** Power of the planned count for d. */
  readonly power: number;
}

/** The paper-scale SD of a Table 3 entry, from its printed half-width. */
function paperSd(setting: Setting, space: SpaceName): number {
  return (paperTable3Entry(setting, space).halfWidth * Math.sqrt(PAPER_SUPERNETS)) / PAPER_Z;
}

/** The across-super-net effect the authors' own super-nets show for a per-super-net difference (re-analysis). */
export interface AuthorsEffect {
  readonly meanDifference: number;
  readonly t: number;
  readonly n: number;
}


function oneSample(row: Omit<SizingRow, 'design' | 'needed' | 'power'>): SizingRow {
  const { n } = requiredOneSampleN({ d: row.d, power: TARGET, alpha: ALPHA, alternative: 'greater' });
  const power = row.planned >= 2 ? oneSampleTTestPower({ d: row.d, n: row.planned, alpha: ALPHA, alternative: 'greater' }) : 0;
  return { ...row, design: 'one-sample', needed: n, power };
}

function twoSample(row: Omit<SizingRow, 'design' | 'needed' | 'power'>): SizingRow {
  const { n1 } = requiredN({ d: row.d, power: TARGET, alpha: ALPHA, alternative: 'greater' });
  const power = row.planned >= 2 ? tTestPower({ d: row.d, n1: row.planned, n2: row.planned, alpha: ALPHA, alternative: 'greater' }) : 0;
  return { ...row, design: 'two-sample', needed: n1, power };
}

const VARIANTS = ['single-k', 'pro-rata', 'avg-3', 's-k+p-r'] as const;

/**
 * The sizing of `plan` for C01, C04, C05, C09, C10, C11 and C21. `authors` carries the re-analysis' paired effects of
 * C10 (residual cells on A1) and C11 (conv3x3-first cells on A4).
 */
export function replicationSizing(plan: ReplicationPlan, authors: { readonly c10: AuthorsEffect; readonly c11: AuthorsEffect }): SizingRow[] {
  const on = (space: SpaceName) => (plan.spaces.includes(space) && plan.variants.includes('baseline') ? supernetsOn(plan, space) : 0);
  const baselineTotal = plan.spaces.reduce((sum, space) => sum + on(space), 0);
  const paperGain = paperMeanDifference('bns-ft', 'no-ft');
  const rows: SizingRow[] = [
    oneSample({
      claim: 'C01',
      test: 'bns-ft - no-ft correlation, paired per super-net, every space',
      effect: paperGain,
      effectSource: 'Table 3: mean over the 7 spaces',
      ...SMOKE_GAIN_SD,
      sdSource: SMOKE_GAIN_SD.source,
      d: paperGain / SMOKE_GAIN_SD.sd,
      planned: baselineTotal,
    }),
  ];
  const variantSpace = plan.variantSpaces?.[0];
  for (const variant of VARIANTS) {
    if (!variantSpace || !plan.variants.includes(variant)) continue;
    const effect = paperTable3Entry(variant, variantSpace).mean - paperTable3Entry('bns-ft', variantSpace).mean;
    const sd = paperSd(variant, variantSpace);
    rows.push(
      oneSample({
        claim: 'C04',
        test: `${variant} - mean bns-ft correlation on ${variantSpace}, per ${variant} super-net`,
        effect,
        effectSource: `Table 3, ${variantSpace}`,
        sd,
        sdSource: `Table 3 half-width of ${variant} on ${variantSpace} (paper scale)`,
        d: effect / sd,
        planned: supernetsOn(plan, variantSpace, variant),
      }),
    );
  }
  for (const [high, low] of [['A1', 'A3'], ['Ares', 'Anres']] as const) {
    const effect = paperTable3Entry('bns-ft', high).mean - paperTable3Entry('bns-ft', low).mean;
    const sd = Math.sqrt((paperSd('bns-ft', high) ** 2 + paperSd('bns-ft', low) ** 2) / 2);
    rows.push(
      twoSample({
        claim: 'C05',
        test: `bns-ft correlation ${high} above ${low}, super-nets of the two spaces`,
        effect,
        effectSource: `Table 3 (section 5.3: ${paperTable3Entry('bns-ft', high).mean} vs ${paperTable3Entry('bns-ft', low).mean})`,
        sd,
        sdSource: `Table 3 half-widths of bns-ft on ${high} and ${low} (paper scale), pooled`,
        d: effect / sd,
        planned: Math.min(on(high), on(low)),
      }),
    );
  }
  // Claims without a number are judged at d = 0.5 (src/claims/unquantified-claims.ts), C10 and C11 too: that is the
  // effect to size for; for those two the authors' own super-nets, far above it, are named beside it.
  const rule = `medium effect d = ${UNNUMBERED_EFFECT_D}: the judgement rule of claims stated without a number`;
  const ruleRow = (claim: string, test: string, planned: number, beside = '') =>
    oneSample({ claim, test, effect: undefined, effectSource: rule + beside, sd: undefined, sdSource: '-', d: UNNUMBERED_EFFECT_D, planned });
  const authorsBeside = (e: AuthorsEffect) => `; the authors' ${e.n} super-nets show d = ${(e.t / Math.sqrt(e.n)).toFixed(1)} at the paper's scale (re-analysis)`;
  rows.push(
    ruleRow('C09', "Hartigan's dip, proxy - standalone, paired per bns-ft super-net, every space", baselineTotal),
    ruleRow('C10', 'over-evaluation of residual cells minus the rest on A1, per bns-ft super-net', on('A1'), authorsBeside(authors.c10)),
    ruleRow('C11', 'over-evaluation of conv3x3-first cells minus the rest on A4, per bns-ft super-net', on('A4'), authorsBeside(authors.c11)),
    ruleRow('C21', 'super-net rho - zero-cost proxy rho, per bns-ft super-net, every space', baselineTotal),
  );
  return rows;
}
