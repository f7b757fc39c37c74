/** Levels that cannot be judged: an input is missing, or the evidence is not at the scale the claim is about. */
import type { EvidenceLevel, LevelResult } from './verdict.js';

export interface MissingInput {
  /** What is missing, e.g. "the official NAS-Bench-101 table". */
  readonly missing: string;
  /** How to supply it, e.g. "ws-repro bench import nasbench_only108.tfrecord". */
  readonly howToSupply: string;
}

export function skippedLevel(level: EvidenceLevel, input: MissingInput, paper: unknown = null): LevelResult {
  return {
    level,
    verdict: 'skipped',
    measured: null,
    paper,
    detail: `missing: ${input.missing}; to supply it: ${input.howToSupply}`,
    rule: 'a level whose input is missing is skipped, naming the input and how to supply it',
  };
}

/**
 * A claim about an absolute value (e.g. a Spearman of 0.71) measured below the paper's scale: the value is reported
 * but not compared, and the level counts as skipped until it is measured at the paper's scale (a protocol departure,
 * departure.ts, under which nothing can be judged).
 */
export function notAtPaperScale(level: EvidenceLevel, measured: unknown, paper: unknown, scale: string): LevelResult {
  return {
    level,
    verdict: 'skipped',
    measured,
    paper,
    departure: `${scale} scale`,
    detail: `measured at the ${scale} scale, not comparable with the paper's absolute values; run the paper profile (ws-repro run --profile paper) to judge it`,
    rule: 'claims about absolute values are judged only at the paper\'s scale',
  };
}
