/**
 * "No clear link" between two quantities measured on a few units (e.g. 7 spaces): absence of evidence only counts
 * when the test could have seen a clear link. A significant rank correlation refutes the claim; a non-significant
 * one supports it only with power >= 0.8 for a large correlation (|rho| = 0.5, Cohen's "large"); otherwise the
 * level is inconclusive with the units a power of 0.8 would need. Power via Fisher's z (SE 1/sqrt(n - 3)).
 */
import ncdf from '@stdlib/stats/base/dists/normal/cdf';
import nquantile from '@stdlib/stats/base/dists/normal/quantile';
import type { RankCorrelation } from '../stats/spearman.js';
import { DEFAULT_ALPHA, TARGET_POWER } from './rules.js';
import type { EvidenceLevel, LevelResult, PowerReport, Verdict } from './verdict.js';

export const CLEAR_LINK_RHO = 0.5;

/** Two-sided power of a correlation test with n units at true |rho|, Fisher-z normal approximation. */
export function correlationPower(rho: number, n: number, alpha = DEFAULT_ALPHA): number {
  const shift = Math.atanh(Math.abs(rho)) * Math.sqrt(n - 3);
  const z = nquantile(1 - alpha / 2, 0, 1);
  return ncdf(shift - z, 0, 1) + ncdf(-shift - z, 0, 1);
}

/** Units needed for power 0.8 at |rho| (Fisher z): ceil(((z_{1-alpha/2} + z_{0.8}) / atanh|rho|)^2 + 3). */
export function unitsForCorrelationPower(rho: number, alpha = DEFAULT_ALPHA, power = TARGET_POWER): number {
  const z = nquantile(1 - alpha / 2, 0, 1) + nquantile(power, 0, 1);
  return Math.ceil((z / Math.atanh(Math.abs(rho))) ** 2 + 3);
}

export function judgeNoAssociation(
  level: EvidenceLevel,
  tests: readonly { readonly name: string; readonly correlation: RankCorrelation }[],
  paper: unknown,
  alpha = DEFAULT_ALPHA,
): LevelResult {
  const n = Math.min(...tests.map((t) => t.correlation.n));
  const achieved = correlationPower(CLEAR_LINK_RHO, n, alpha);
  const power: PowerReport = {
    effect: CLEAR_LINK_RHO,
    effectUnit: 'Spearman rho of a clear (large) link',
    alpha,
    achieved,
    n,
    nFor80: unitsForCorrelationPower(CLEAR_LINK_RHO, alpha),
  };
  const significant = tests.filter((t) => t.correlation.p < alpha);
  const verdict: Verdict = significant.length > 0 ? 'not reproduced' : achieved >= TARGET_POWER ? 'reproduced' : 'inconclusive';
  const listed = tests.map((t) => `${t.name}: rho ${t.correlation.rho.toFixed(2)}, p ${t.correlation.p.toFixed(3)}`).join('; ');
  return {
    level,
    verdict,
    ...(verdict === 'not reproduced' ? { discrepancy: 'material' as const } : {}),
    finding: `${listed}; power ${achieved.toFixed(2)} for |rho| = ${CLEAR_LINK_RHO} with ${n} units`,
    measured: tests.map((t) => ({ name: t.name, rho: t.correlation.rho, p: t.correlation.p, n: t.correlation.n })),
    paper,
    detail:
      `${listed}. With n = ${n} units a two-sided test at alpha ${alpha} detects a large link (|rho| = ${CLEAR_LINK_RHO}) ` +
      `with power ${achieved.toFixed(2)}; power 0.8 needs ${power.nFor80} units`,
    rule: `any rank correlation significant at alpha ${alpha} -> not reproduced; none, with power >= ${TARGET_POWER} for |rho| = ${CLEAR_LINK_RHO} -> reproduced; else inconclusive`,
    power,
  };
}
