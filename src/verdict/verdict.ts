/**
 * Verdicts, as docs/CLAIMS.md defines them. A verdict is always the output of a rule in src/verdict applied to
 * measured numbers; nothing outside this folder writes one down.
 */

export const VERDICTS = ['reproduced', 'not reproduced', 'inconsistent', 'inconclusive', 'skipped'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The evidence levels of docs/CLAIMS.md, cheapest first. */
export const EVIDENCE_LEVELS = ['audit', 'space', 'reanalysis', 'replication', 'search'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** What a power-aware rule achieved for the effect the paper claims, and what it would need. */
export interface PowerReport {
  /** The effect the power is computed for, in the unit of the measurement (or d / rho, as `effectUnit` says). */
  readonly effect: number;
  readonly effectUnit: string;
  readonly alpha: number;
  /** Probability that this rule detects `effect` with the evidence's sample size. */
  readonly achieved: number;
  /** Sample size the evidence has (runs, super-nets, spaces ...), and what power 0.8 would need. */
  readonly n: number;
  readonly nFor80?: number;
}

export interface LevelResult {
  readonly level: EvidenceLevel;
  readonly verdict: Verdict;
  /** Plain JSON data: the numbers this harness computed. */
  readonly measured: unknown;
  /** Plain JSON data: the numbers the paper prints. */
  readonly paper: unknown;
  /** One or more sentences with the numbers behind the verdict (or, for skipped, what is missing and how to supply it). */
  readonly detail: string;
  /** The decision rule, in words, with its thresholds. */
  readonly rule: string;
  readonly power?: PowerReport;
  /** The atomic statement of the claim this result judges (see statements.ts); absent: the claim's whole statement. */
  readonly statement?: string;
  /** The statements a combined level judged, one part each (combine.ts). */
  readonly parts?: readonly LevelPart[];
  /** For a discrepancy (not reproduced, inconsistent): within one unit of the printed last digit, or material. */
  readonly discrepancy?: Discrepancy;
  /** Short phrase with the deciding numbers, for a claim's headline (e.g. "printed 270, recomputed 278"). */
  readonly finding?: string;
  /** How the protocol behind this level departs from the paper's (departure.ts); its verdict is then not a plain verdict on the claim. */
  readonly departure?: string;
}

/** A printed number off by no more than one unit of its last digit is a rounding-size discrepancy. */
export type Discrepancy = 'rounding' | 'material';

export interface LevelPart {
  readonly name: string;
  readonly result: LevelResult;
}

/** Verdicts that report a disagreement with the paper. */
export function isDiscrepancy(verdict: Verdict): boolean {
  return verdict === 'not reproduced' || verdict === 'inconsistent';
}

export interface ClaimResult {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
  readonly levels: readonly LevelResult[];
}

/** The claim's overall verdict: the most informative level decides (a refutation or inconsistency wins). */
export function overallVerdict(levels: readonly Pick<LevelResult, 'verdict'>[]): Verdict {
  const order: readonly Verdict[] = ['not reproduced', 'inconsistent', 'reproduced', 'inconclusive', 'skipped'];
  for (const verdict of order) if (levels.some((l) => l.verdict === verdict)) return verdict;
  return 'skipped';
}
