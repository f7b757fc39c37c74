/**
 * Power-aware decision rules on t evidence (see t-evidence.ts). The rule's thresholds follow from the sample size the
 * evidence has: a verdict against the paper needs the power to have seen the paper's effect; otherwise the level is
 * inconclusive, with the power it had and the n that power 0.8 needs.
 */
import { tPValue } from '../stats/t-p-value.js';
import { equivalencePower, interval, nForPower, oneSidedPower, type TEvidence } from './t-evidence.js';
import type { EvidenceLevel, LevelResult, PowerReport, Verdict } from './verdict.js';

export const DEFAULT_ALPHA = 0.05;
export const TARGET_POWER = 0.8;

const f = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(3));

export interface DirectionalClaim {
  /** What is claimed, e.g. "bns-ft - no-ft > 0". */
  readonly what: string;
  readonly direction: 'greater' | 'less';
  /** The paper's effect in the estimate's unit (its sign is taken from `direction`). */
  readonly paperEffect: number;
  readonly paper: unknown;
  readonly alpha?: number;
}

/**
 * Directional claim: one-sided t-test. Significant in the claimed direction: reproduced. Significant in the opposite
 * direction, or not significant with power >= 0.8 for the paper's effect: not reproduced. Otherwise inconclusive.
 */
export function judgeDirectional(level: EvidenceLevel, e: TEvidence, claim: DirectionalClaim): LevelResult {
  const alpha = claim.alpha ?? DEFAULT_ALPHA;
  const sign = claim.direction === 'greater' ? 1 : -1;
  const oriented: TEvidence = { ...e, estimate: sign * e.estimate };
  const p = tPValue(oriented.estimate / e.standardError, e.df, 'greater');
  const pOpposite = tPValue(oriented.estimate / e.standardError, e.df, 'less');
  const effect = Math.abs(claim.paperEffect);
  const achieved = oneSidedPower(oriented, effect, alpha);
  const power: PowerReport = {
    effect,
    effectUnit: `the paper's ${claim.what} effect`,
    alpha,
    achieved,
    n: e.n,
    nFor80: nForPower(oriented, (s) => oneSidedPower(s, effect, alpha), TARGET_POWER),
  };
  const verdict: Verdict =
    p < alpha ? 'reproduced' : pOpposite < alpha || achieved >= TARGET_POWER ? 'not reproduced' : 'inconclusive';
  const ci = interval(e, alpha);
  return {
    level,
    verdict,
    ...(verdict === 'not reproduced' ? { discrepancy: 'material' as const } : {}),
    finding:
      `${claim.what}: ${f(e.estimate)} (SE ${f(e.standardError)}, ${e.n} ${e.unit}), one-sided p ${f(p)}` +
      (pOpposite < alpha ? `, significant the other way (p ${f(pOpposite)})` : '') +
      (verdict === 'reproduced' ? '' : `, power ${f(achieved)}`),
    measured: { estimate: e.estimate, standardError: e.standardError, df: e.df, n: e.n, p, ci90: [ci.low, ci.high] },
    paper: claim.paper,
    detail:
      `${claim.what}: estimate ${f(e.estimate)} (SE ${f(e.standardError)}, ${e.n} ${e.unit}), one-sided p = ${f(p)}; ` +
      (pOpposite < alpha ? `significant in the opposite direction (p = ${f(pOpposite)}); ` : '') +
      `power ${f(achieved)} for the paper's effect ${f(effect)}` +
      (verdict === 'inconclusive' ? `; power 0.8 needs n = ${power.nFor80 ?? '> 1e7'} ${e.unit}` : ''),
    rule: `one-sided t-test at alpha ${alpha}: p < alpha -> reproduced; significant in the opposite direction, or power >= ${TARGET_POWER} for the paper's effect -> not reproduced; else inconclusive`,
    power,
  };
}

export interface EquivalenceClaim {
  /** What is claimed to be negligible, e.g. "RSws - RSbs regret on A3". */
  readonly what: string;
  /** Equivalence margin in the estimate's unit, and where it comes from. */
  readonly margin: number;
  readonly marginSource: string;
  readonly paper: unknown;
  readonly alpha?: number;
}

/**
 * "No (important) difference": TOST with the stated margin. The (1 - 2 alpha) interval inside (-margin, margin):
 * reproduced; entirely outside it: not reproduced; otherwise inconclusive with the TOST power at a true zero.
 */
export function judgeEquivalence(level: EvidenceLevel, e: TEvidence, claim: EquivalenceClaim): LevelResult {
  const alpha = claim.alpha ?? DEFAULT_ALPHA;
  const ci = interval(e, alpha);
  const m = claim.margin;
  const verdict: Verdict =
    ci.low > -m && ci.high < m ? 'reproduced' : ci.low >= m || ci.high <= -m ? 'not reproduced' : 'inconclusive';
  const achieved = equivalencePower(e, m, alpha);
  const power: PowerReport = {
    effect: m,
    effectUnit: `equivalence margin (${claim.marginSource})`,
    alpha,
    achieved,
    n: e.n,
    nFor80: nForPower(e, (s) => equivalencePower(s, m, alpha), TARGET_POWER),
  };
  return {
    level,
    verdict,
    ...(verdict === 'not reproduced' ? { discrepancy: 'material' as const } : {}),
    finding: `${claim.what}: ${f(e.estimate)}, ${Math.round(100 * (1 - 2 * alpha))}% CI [${f(ci.low)}, ${f(ci.high)}] vs margin +-${f(m)}`,
    measured: { estimate: e.estimate, standardError: e.standardError, df: e.df, n: e.n, ci90: [ci.low, ci.high] },
    paper: claim.paper,
    detail:
      `${claim.what}: estimate ${f(e.estimate)}, ${Math.round(100 * (1 - 2 * alpha))}% CI [${f(ci.low)}, ${f(ci.high)}] ` +
      `vs margin +-${f(m)} (${claim.marginSource}); TOST power at a true zero ${f(achieved)}` +
      (verdict === 'inconclusive' ? `; power 0.8 needs n = ${power.nFor80 ?? '> 1e7'} ${e.unit}` : ''),
    rule: `TOST at alpha ${alpha}: the ${Math.round(100 * (1 - 2 * alpha))}% CI inside (-margin, margin) -> reproduced; entirely outside -> not reproduced; else inconclusive`,
    power,
  };
}
