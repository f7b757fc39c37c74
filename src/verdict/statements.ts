/**
 * A claim as its atomic statements (C01: the no-ft range, the bns-ft gain, "270%", "almost 3 times" ...), each judged
 * at every level that checks it, and the claim's headline verdict summarising them. A statement is a part of a
 * combined level (combine.ts), named alike across levels, or a whole level's result (the claim's statement unless
 * the result names one).
 *
 * A statement's verdict comes from its levels measured under the paper's protocol, by the precedence of
 * `overallVerdict`; levels under a departed protocol (departure.ts) decide only when no other level judged it, and
 * the statement then carries the departure. The headline: reproduced when every plainly judged statement is,
 * "partly reproduced" when some are, otherwise the strongest finding; "not comparable" when only departed levels
 * judged anything. Discrepancies all within one printed unit are marked rounding-size.
 */
import { isDiscrepancy, overallVerdict, type ClaimResult, type Discrepancy, type EvidenceLevel, type LevelResult, type PowerReport, type Verdict } from './verdict.js';

export interface StatementEvidence {
  readonly level: EvidenceLevel;
  readonly verdict: Verdict;
  readonly rule: string;
  readonly measured: unknown;
  readonly paper: unknown;
  readonly detail: string;
  readonly power?: PowerReport;
  readonly discrepancy?: Discrepancy;
  readonly finding?: string;
  readonly departure?: string;
}

export interface StatementResult {
  readonly text: string;
  readonly verdict: Verdict;
  readonly discrepancy?: Discrepancy;
  /** Set when only levels under a departed protocol judged the statement. */
  readonly departure?: string;
  readonly finding?: string;
  readonly evidence: readonly StatementEvidence[];
}

export const HEADLINE_VERDICTS = ['reproduced', 'partly reproduced', 'not reproduced', 'inconsistent', 'inconclusive', 'not comparable', 'skipped'] as const;
export type HeadlineVerdict = (typeof HEADLINE_VERDICTS)[number];

export interface Headline {
  readonly verdict: HeadlineVerdict;
  /** Every discrepancy among the plainly judged statements is within one unit of the printed last digit. */
  readonly rounding: boolean;
  /** e.g. "3 of 4 statements reproduced; '270%': printed 270, recomputed 277.9 (rounding-size)". */
  readonly summary: string;
}

/** The level's statements: its parts (nested parts flattened), or the level itself. */
function levelStatements(result: LevelResult, claimStatement: string): { text: string; result: LevelResult }[] {
  if (!result.parts) return [{ text: result.statement ?? claimStatement, result }];
  return result.parts.flatMap((part) => {
    // A part inherits the level's departure (set on the whole level after combining).
    const inherited: LevelResult = { ...part.result, level: result.level, ...(result.departure ? { departure: result.departure } : {}) };
    return part.result.parts
      ? levelStatements(inherited, part.result.statement ?? part.name).map((s) => ({ ...s, text: `${part.name}: ${s.text}` }))
      : [{ text: part.result.statement ?? part.name, result: inherited }];
  });
}

function evidenceOf(r: LevelResult): StatementEvidence {
  return {
    level: r.level,
    verdict: r.verdict,
    rule: r.rule,
    measured: r.measured,
    paper: r.paper,
    detail: r.detail,
    ...(r.power ? { power: r.power } : {}),
    ...(r.discrepancy ? { discrepancy: r.discrepancy } : {}),
    ...(r.finding ? { finding: r.finding } : {}),
    ...(r.departure ? { departure: r.departure } : {}),
  };
}

function judge(text: string, evidence: readonly StatementEvidence[]): StatementResult {
  const plain = evidence.filter((e) => !e.departure && e.verdict !== 'skipped');
  const departed = evidence.filter((e) => e.departure && e.verdict !== 'skipped');
  const deciding = plain.length > 0 ? plain : departed;
  const verdict = deciding.length > 0 ? overallVerdict(deciding.map((e) => ({ verdict: e.verdict }))) : 'skipped';
  const decided = deciding.filter((e) => e.verdict === verdict);
  const discrepancies = decided.filter((e) => isDiscrepancy(e.verdict)).map((e) => e.discrepancy ?? 'material');
  const finding = decided.map((e) => e.finding).find((f) => f !== undefined);
  return {
    text,
    verdict,
    ...(discrepancies.length > 0 ? { discrepancy: discrepancies.every((d) => d === 'rounding') ? ('rounding' as const) : ('material' as const) } : {}),
    ...(plain.length === 0 && departed.length > 0 ? { departure: [...new Set(departed.map((e) => e.departure))].join('; ') } : {}),
    ...(finding ? { finding } : {}),
    evidence,
  };
}

export function claimStatements(claim: ClaimResult): StatementResult[] {
  const byText = new Map<string, StatementEvidence[]>();
  for (const level of claim.levels) {
    for (const { text, result } of levelStatements(level, claim.statement)) byText.set(text, [...(byText.get(text) ?? []), evidenceOf(result)]);
  }
  return [...byText].map(([text, evidence]) => judge(text, evidence));
}

const LISTED = 3;

/** A statement that is the whole claim is not repeated in the claim's own headline. */
function describeStatement(s: StatementResult, claimStatement: string): string {
  const word = `${s.verdict}${s.discrepancy === 'rounding' ? ', rounding-size' : ''}`;
  // A finding that already names the statement (a single printed number) is not preceded by it again.
  const named = s.text === claimStatement || (s.finding?.startsWith(s.text) ?? false);
  return `${named ? '' : `${s.text}: `}${word}${s.finding ? ` (${s.finding})` : ''}`;
}

function listed(statements: readonly StatementResult[], claimStatement: string): string {
  const shown = statements.slice(0, LISTED).map((s) => describeStatement(s, claimStatement)).join('; ');
  return statements.length > LISTED ? `${shown}; and ${statements.length - LISTED} more` : shown;
}

export function headline(statements: readonly StatementResult[], claimStatement = ''): Headline {
  const plain = statements.filter((s) => s.verdict !== 'skipped' && !s.departure);
  const departed = statements.filter((s) => s.verdict !== 'skipped' && s.departure);
  const reproduced = plain.filter((s) => s.verdict === 'reproduced');
  const others = plain.filter((s) => s.verdict !== 'reproduced');
  const discrepancies = plain.filter((s) => isDiscrepancy(s.verdict));
  const verdict: HeadlineVerdict =
    plain.length === 0
      ? departed.length > 0 ? 'not comparable' : 'skipped'
      : others.length === 0 ? 'reproduced'
        : reproduced.length > 0 ? 'partly reproduced'
          : overallVerdict(others);
  const parts: string[] = [];
  if (plain.length > 0) parts.push(`${reproduced.length} of ${plain.length} statement${plain.length === 1 ? '' : 's'} reproduced`);
  if (others.length > 0) parts.push(listed(others, claimStatement));
  if (departed.length > 0) {
    const counts = [...new Set(departed.map((s) => s.verdict))].map((v) => `${departed.filter((s) => s.verdict === v).length} ${v}`).join(', ');
    parts.push(`judged only at a departed protocol (${[...new Set(departed.map((s) => s.departure))].join('; ')}): ${counts}`);
  }
  const skipped = statements.length - plain.length - departed.length;
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return {
    verdict,
    rounding: discrepancies.length > 0 && discrepancies.every((s) => s.discrepancy === 'rounding'),
    summary: parts.length > 0 ? parts.join('; ') : 'nothing judged',
  };
}

/** The headline as one line: "partly reproduced (rounding-size): 3 of 4 statements reproduced; ...". */
export function headlineLine(h: Headline): string {
  return `${h.verdict}${h.rounding ? ' (rounding-size)' : ''}: ${h.summary}`;
}
