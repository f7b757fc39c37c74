/**
 * Sarle's bimodality coefficient (SAS/STAT manual; Pfister et al. 2013):
 *   BC = (G1^2 + 1) / (G2 + 3 (n - 1)^2 / ((n - 2)(n - 3)))
 * with G1, G2 the bias-corrected sample skewness and excess kurtosis. BC is 1/3 for a normal sample, 5/9 for a
 * uniform one, and rises towards 1 for well separated two-point mixtures; above 5/9 hints at bi- or multimodality.
 */
import incrkurtosis from '@stdlib/stats/incr/kurtosis';
import incrskewness from '@stdlib/stats/incr/skewness';
import { assertFinite } from './summary.js';

/** BC above this (the uniform distribution's value) is the usual sign of bimodality. */
export const BIMODALITY_THRESHOLD = 5 / 9;

export interface Bimodality {
  readonly coefficient: number;
  readonly skewness: number;
  readonly excessKurtosis: number;
  readonly n: number;
}

export function bimodalityCoefficient(values: readonly number[]): Bimodality {
  assertFinite(values, 'values');
  const n = values.length;
  if (n < 4) throw new Error(`bimodalityCoefficient: ${n} value(s), at least 4 needed`);
  const skewAcc = incrskewness();
  const kurtAcc = incrkurtosis();
  for (const v of values) {
    skewAcc(v);
    kurtAcc(v);
  }
  const skewness = skewAcc() ?? NaN;
  const excessKurtosis = kurtAcc() ?? NaN;
  const coefficient = (skewness ** 2 + 1) / (excessKurtosis + (3 * (n - 1) ** 2) / ((n - 2) * (n - 3)));
  return { coefficient, skewness, excessKurtosis, n };
}
