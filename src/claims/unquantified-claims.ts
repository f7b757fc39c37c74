/**
 * Directional claims the paper states without a number (C09-C11, C21): the power is computed for a medium
 * standardized effect (d = 0.5 of the unit-level spread), stated in the result.
 */
import { judgeDirectional } from '../verdict/rules.js';
import { standardizedEffect, testEvidence, type TEvidence } from '../verdict/t-evidence.js';
import type { EvidenceLevel, LevelResult } from '../verdict/verdict.js';

export const UNNUMBERED_EFFECT_D = 0.5;

export function judgeUnnumbered(level: EvidenceLevel, e: TEvidence, what: string, direction: 'greater' | 'less', paper: string): LevelResult {
  return judgeDirectional(level, e, { what: `${what} (power for a medium effect, d = ${UNNUMBERED_EFFECT_D})`, direction, paperEffect: standardizedEffect(e, UNNUMBERED_EFFECT_D), paper });
}

/** Evidence from the re-analysis' one-sample tests. */
export function pairedEvidence(test: { readonly meanDifference: number; readonly t: number; readonly df: number; readonly n: number }, unit: string): TEvidence {
  return testEvidence(test.meanDifference, test, test.n, unit);
}
