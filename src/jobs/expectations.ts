/**
 * Verdicts against the expectations recorded in src/claims/expected.ts (the same rule as the claim specs): a level
 * passes when its verdict equals the recorded one; skipped levels pass, since they depend on the machine's inputs.
 */
import { expectedVerdict } from '../claims/expected.js';
import type { ClaimResult } from '../verdict/verdict.js';

export interface VerdictCheck {
  readonly id: string;
  readonly level: string;
  readonly verdict: string;
  readonly expected: string;
  readonly ok: boolean;
  readonly detail: string;
}

export function checkExpectations(results: readonly ClaimResult[]): VerdictCheck[] {
  return results.flatMap((claim) =>
    claim.levels.map((level) => {
      const expected = expectedVerdict(claim.id, level.level).verdict;
      return {
        id: claim.id,
        level: level.level,
        verdict: level.verdict,
        expected,
        ok: level.verdict === 'skipped' || level.verdict === expected,
        detail: level.detail,
      };
    }),
  );
}

export function formatChecks(checks: readonly VerdictCheck[]): string {
  const lines = checks.map(
    (c) =>
      `${c.ok ? ' ' : '✗'} ${c.id} ${c.level.padEnd(12)} ${c.verdict.padEnd(15)}` +
      (c.ok ? '' : ` (expected ${c.expected})`) +
      (c.verdict === 'skipped' || c.verdict === 'inconclusive' ? `  ${c.detail.slice(0, 110)}` : ''),
  );
  const failed = checks.filter((c) => !c.ok).length;
  lines.push(`${checks.length - failed} passed, ${failed} failed`);
  return lines.join('\n');
}
