/**
 * The thin claim specs' shared body: one vitest test per evidence level. The test evaluates the level, prints the
 * measured and printed numbers with the rule, and expects the verdict recorded in src/claims/expected.ts ('reproduced' unless a
 * discrepancy is recorded there with its evidence). Skipped levels, and inconclusive ones recorded as such, show as
 * skipped with their reason; any other change of verdict fails until it is recorded.
 */
import { describe, expect, test } from 'vitest';
import { claimLevels, evaluateClaim, evaluateLevel } from '../src/claims/claim.js';
import type { EvidenceContext } from '../src/evidence/context.js';
import { readEnvironment } from '../src/jobs/environment.js';
import { createEvidenceContext } from '../src/jobs/evidence-context.js';
import { groundTruthSource } from '../src/jobs/resources.js';
import { claimById } from '../src/claims/index.js';
import { profileNamed } from '../src/experiments/profiles.js';
import type { LevelResult } from '../src/verdict/verdict.js';
import { expectedHeadline, expectedVerdict } from '../src/claims/expected.js';
import { verdictLine } from '../src/verdict/departure.js';
import { claimStatements, headline, headlineLine } from '../src/verdict/statements.js';
import { isDiscrepancy } from '../src/verdict/verdict.js';

let shared: EvidenceContext | undefined;

/** One context per spec process; WS_REPRO_PROFILE picks the profile (default smoke). */
function context(): EvidenceContext {
  return (shared ??= createEvidenceContext({
    profile: profileNamed(process.env.WS_REPRO_PROFILE ?? 'smoke').name,
    groundTruth: groundTruthSource(readEnvironment()),
  }));
}

function describeResult(id: string, r: LevelResult): string {
  const power = r.power ? `\n  power: ${r.power.achieved.toFixed(3)} for ${r.power.effect.toPrecision(3)} (${r.power.effectUnit}), n = ${r.power.n}${r.power.nFor80 ? `, n for 0.8 = ${r.power.nFor80}` : ''}` : '';
  return `${id} ${r.level}: ${verdictLine(r)}\n  ${r.detail}\n  rule: ${r.rule}${power}`;
}

export function claimSpec(id: string): void {
  const claim = claimById(id);
  describe(`${id}: ${claim.statement} (${claim.source})`, () => {
    for (const level of claimLevels(claim)) {
      test(level, async (ctx) => {
        const result = await evaluateLevel(claim, level, context());
        console.log(describeResult(id, result));
        if (result.verdict === 'skipped') ctx.skip(result.detail);
        const expected = expectedVerdict(id, level);
        expect(result.verdict, `${id} ${level}: ${result.detail}`).toBe(expected.verdict);
        if (isDiscrepancy(result.verdict)) expect(result.discrepancy ?? 'material', `${id} ${level}: size of the discrepancy`).toBe(expected.discrepancy ?? 'material');
        if (result.verdict === 'inconclusive') ctx.skip(`inconclusive (recorded): ${result.detail}`);
      });
    }
    test('headline over the atomic statements', async (ctx) => {
      const result = await evaluateClaim(claim, context());
      const statements = claimStatements(result);
      const head = headline(statements, result.statement);
      console.log(`${id}: ${headlineLine(head)}\n${statements.map((s) => `  - ${s.text}: ${s.verdict}${s.discrepancy === 'rounding' ? ' (rounding-size)' : ''}${s.departure ? ' (departed protocol)' : ''}`).join('\n')}`);
      if (head.verdict === 'skipped' || head.verdict === 'not comparable') ctx.skip(head.summary);
      const expected = expectedHeadline(id);
      expect(head.verdict, `${id}: ${head.summary}`).toBe(expected.verdict);
      expect(head.rounding, `${id}: every discrepancy rounding-size`).toBe(expected.rounding ?? false);
    });
  });
}
