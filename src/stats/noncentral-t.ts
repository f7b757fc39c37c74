/**
 * CDF of the non-central t distribution (stdlib has none). Series of Lenth (1989, AS 243) / Guenther (1978):
 * for t >= 0, with x = t^2 / (t^2 + df) and lambda = ncp^2 / 2,
 *   F(t) = Phi(-ncp) + 1/2 sum_j [ p_j I_x(j + 1/2, df/2) + q_j I_x(j + 1, df/2) ],
 *   p_j = e^-lambda lambda^j / j!,  q_j = sign(ncp) e^-lambda lambda^(j + 1/2) / Gamma(j + 3/2),
 * and F(t; df, ncp) = 1 - F(-t; df, -ncp) for t < 0. The weights are gamma densities at lambda, evaluated
 * directly (no recursion to drift), and the sum runs outwards from the Poisson mode, where the weights peak,
 * until they are negligible: I_x <= 1, so the tail left out is below the weight mass left out.
 */
import betacdf from '@stdlib/stats/base/dists/beta/cdf';
import gammapdf from '@stdlib/stats/base/dists/gamma/pdf';
import ncdf from '@stdlib/stats/base/dists/normal/cdf';

const NEGLIGIBLE = 1e-17;
const MAX_TERMS = 100_000;

function seriesTerm(j: number, x: number, halfDf: number, lambda: number, sign: number): { value: number; weight: number } {
  const p = gammapdf(lambda, j + 1, 1);
  const q = sign * gammapdf(lambda, j + 1.5, 1);
  return { value: p * betacdf(x, j + 0.5, halfDf) + q * betacdf(x, j + 1, halfDf), weight: p + Math.abs(q) };
}

function upperHalfCdf(t: number, df: number, ncp: number): number {
  if (t === Infinity) return 1;
  const x = (t * t) / (t * t + df);
  const lambda = (ncp * ncp) / 2;
  const sign = Math.sign(ncp);
  const halfDf = df / 2;
  const mode = Math.floor(lambda);
  let sum = 0;
  for (let j = mode; j >= 0; j--) {
    const term = seriesTerm(j, x, halfDf, lambda, sign);
    sum += term.value;
    if (term.weight < NEGLIGIBLE) break;
  }
  for (let j = mode + 1; j < mode + MAX_TERMS; j++) {
    const term = seriesTerm(j, x, halfDf, lambda, sign);
    sum += term.value;
    if (term.weight < NEGLIGIBLE) break;
  }
  return Math.min(1, Math.max(0, ncdf(-ncp, 0, 1) + sum / 2));
}

/** P(T <= t) for T non-central t with `df` > 0 degrees of freedom and non-centrality `ncp`. */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  if (Number.isNaN(t) || !(df > 0) || !Number.isFinite(df) || !Number.isFinite(ncp)) {
    throw new Error(`noncentralTCdf(${t}, df=${df}, ncp=${ncp}): expected finite df > 0 and ncp`);
  }
  return t >= 0 ? upperHalfCdf(t, df, ncp) : 1 - upperHalfCdf(-t, df, -ncp);
}
