/**
 * Verdicts against the expectations recorded in src/claims/expected.ts (the same rule as the claim specs): a level
 * passes when its verdict (and the size of a discrepancy) equals the recorded one, a claim when its headline over its
 * statements does; skipped levels and headlines pass, since they depend on the machine's inputs.
 */
import { expectedHeadline, expectedVerdict } from '../claims/expected.js';
import { claimStatements, headline, headlineLine } from '../verdict/statements.js';
import { isDiscrepancy, type ClaimResult } from '../verdict/verdict.js';

export interface VerdictCheck {
  readonly id: string;
  /** An evidence level, or 'headline' for the claim's verdict over its statements. */
  readonly level: string;
  readonly verdict: string;
  readonly expected: string;
  readonly ok: boolean;
  readonly detail: string;
}

const withRounding = (verdict: string, rounding: boolean) => `${verdict}${rounding ? ' (rounding-size)' : ''}`;

/**
 * Levels (verdict and, for a discrepancy, its size), then each claim's headline; skipped ones pass. The replication
 * and search levels are expected as recorded for `profile` and for a run (src/claims/expected.ts: a smoke run's own
 * super-nets add GS_ws evidence the claim specs lack).
 */
export function checkExpectations(results: readonly ClaimResult[], profile = 'smoke'): VerdictCheck[] {
  return results.flatMap((claim) => {
    const levels = claim.levels.map((level) => {
      const expected = expectedVerdict(claim.id, level.level, profile, 'run');
      const rounding = isDiscrepancy(level.verdict) && level.discrepancy === 'rounding';
      const expectedRounding = isDiscrepancy(expected.verdict) && expected.discrepancy === 'rounding';
      return {
        id: claim.id,
        level: level.level,
        // The departure itself is in the report; here its mark keeps the column short.
        verdict: `${withRounding(level.verdict, rounding)}${level.departure ? ' (departed protocol)' : ''}`,
        expected: withRounding(expected.verdict, expectedRounding),
        ok: level.verdict === 'skipped' || (level.verdict === expected.verdict && rounding === expectedRounding),
        detail: level.detail,
      };
    });
    const head = headline(claimStatements(claim), claim.statement);
    const expected = expectedHeadline(claim.id);
    const machineDependent = head.verdict === 'skipped' || head.verdict === 'not comparable';
    return [
      ...levels,
      {
        id: claim.id,
        level: 'headline',
        verdict: withRounding(head.verdict, head.rounding),
        expected: withRounding(expected.verdict, expected.rounding ?? false),
        ok: machineDependent || (head.verdict === expected.verdict && head.rounding === (expected.rounding ?? false)),
        detail: headlineLine(head),
      },
    ];
  });
}

export function formatChecks(checks: readonly VerdictCheck[]): string {
  const lines = checks.map(
    (c) =>
      `${c.ok ? ' ' : '✗'} ${c.id} ${c.level.padEnd(12)} ${c.verdict.length > 40 ? `${c.verdict.slice(0, 40)}…` : c.verdict.padEnd(41)}` +
      (c.ok ? '' : ` (expected ${c.expected})`) +
      (c.level === 'headline' ? `  ${c.detail.slice(c.detail.indexOf(':') + 2, c.detail.indexOf(':') + 2 + 160)}` : c.verdict === 'skipped' || c.verdict === 'inconclusive' ? `  ${c.detail.slice(0, 110)}` : ''),
  );
  const failed = checks.filter((c) => !c.ok).length;
  lines.push(`${checks.length - failed} passed, ${failed} failed`);
  return lines.join('\n');
}
