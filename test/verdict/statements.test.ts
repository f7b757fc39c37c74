import { describe, expect, test } from 'vitest';
import { combineLevel } from '../../src/verdict/combine.js';
import { underDeparture, verdictLine } from '../../src/verdict/departure.js';
import { judgePrinted, judgePrintedEach, withinOneUnit } from '../../src/verdict/printed.js';
import { claimStatements, headline } from '../../src/verdict/statements.js';
import type { ClaimResult, LevelResult } from '../../src/verdict/verdict.js';

const point = (v: number) => ({ low: v, high: v });
// C01's "270%" (2 significant digits, decimals -1) against the re-analysis' 278.3% (the claim spec prints it).
const percent = { name: '"270%"', printed: 270, decimals: -1, recomputed: point(278.3) };
// C15's "7%" against Phi(-0.85 / sqrt 2) = 0.273 (paper Table 4, d = -0.85).
const sevenPercent = { name: '"7%"', printed: 0.07, decimals: 2, recomputed: point(0.273) };

const level = (l: LevelResult['level'], verdict: LevelResult['verdict'], extra: Partial<LevelResult> = {}): LevelResult => ({ level: l, verdict, measured: null, paper: null, detail: 'd', rule: 'r', ...extra });
const claim = (levels: LevelResult[]): ClaimResult => ({ id: 'Cxx', statement: 'the whole claim', source: 's', levels });

describe('discrepancy size', () => {
  test('a miss within one unit of the printed last digit is rounding-size, a larger one material', () => {
    expect(withinOneUnit(percent)).toBe(true);
    expect(withinOneUnit(sevenPercent)).toBe(false);
    expect(judgePrinted('audit', [percent], 'inconsistent', 'x').discrepancy).toBe('rounding');
    expect(judgePrinted('audit', [percent, sevenPercent], 'inconsistent', 'x').discrepancy).toBe('material');
    // A verbal range ("almost 3 times" = [2.5, 3]) has no last digit: its misses are material.
    expect(withinOneUnit({ name: 'almost 3', printed: 3, decimals: 0, stated: { low: 2.5, high: 3 }, recomputed: point(3.2) })).toBe(false);
  });

  test('each printed number of a compound statement is its own statement', () => {
    const statements = claimStatements(claim([judgePrintedEach('audit', [percent, sevenPercent, { ...percent, name: 'ok', recomputed: point(271) }], 'inconsistent', 'x')]));
    expect(statements.map((s) => [s.text, s.verdict, s.discrepancy])).toEqual([
      ['"270%"', 'inconsistent', 'rounding'],
      ['"7%"', 'inconsistent', 'material'],
      ['ok', 'reproduced', undefined],
    ]);
  });
});

describe('headline over statements', () => {
  const parts = (verdicts: LevelResult[]) => combineLevel('reanalysis', verdicts.map((result, i) => ({ name: `s${i}`, result })));

  test('some reproduced: partly reproduced; rounding-size when every discrepancy is', () => {
    const rounding = judgePrinted('reanalysis', [percent], 'not reproduced', 'x');
    const h = headline(claimStatements(claim([parts([level('reanalysis', 'reproduced'), rounding])])));
    expect(h.verdict).toBe('partly reproduced');
    expect(h.rounding).toBe(true);
    expect(h.summary).toMatch(/^1 of 2 statements reproduced; s1: not reproduced, rounding-size \("270%": printed 270, recomputed 278.3\)/);
  });

  test('all reproduced: reproduced; none: the strongest finding', () => {
    expect(headline(claimStatements(claim([parts([level('reanalysis', 'reproduced'), level('reanalysis', 'reproduced')])]))).verdict).toBe('reproduced');
    expect(headline(claimStatements(claim([parts([level('reanalysis', 'inconclusive'), level('reanalysis', 'not reproduced')])]))).verdict).toBe('not reproduced');
  });

  test('a level under a departed protocol is told apart and never decides beside a plain one', () => {
    const departed = underDeparture(level('search', 'not reproduced'), { here: '1,000 evaluations', paper: '10,000' });
    expect(verdictLine(departed)).toBe('not reproduced at a departed protocol: 1,000 evaluations (paper: 10,000)');
    const statements = claimStatements(claim([level('audit', 'reproduced'), departed]));
    expect(statements).toHaveLength(1);
    expect(statements[0].verdict).toBe('reproduced');
    const alone = headline(claimStatements(claim([{ ...departed, statement: 'search only' }])));
    expect(alone.verdict).toBe('not comparable');
    expect(alone.summary).toContain('judged only at a departed protocol (1,000 evaluations (paper: 10,000)): 1 not reproduced');
  });

  test('a level skipped for a missing input stays a plain skip', () => {
    const skipped = level('search', 'skipped');
    expect(underDeparture(skipped, { here: 'a', paper: 'b' })).toBe(skipped);
    expect(headline(claimStatements(claim([skipped]))).verdict).toBe('skipped');
  });
});
