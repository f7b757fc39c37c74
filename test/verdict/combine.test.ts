import { describe, expect, test } from 'vitest';
import { correlationPower, judgeNoAssociation, unitsForCorrelationPower } from '../../src/verdict/association.js';
import { combineLevel, combineVerdicts } from '../../src/verdict/combine.js';
import { skippedLevel } from '../../src/verdict/skip.js';
import { overallVerdict, type LevelResult } from '../../src/verdict/verdict.js';

const level = (verdict: LevelResult['verdict']): LevelResult => ({ level: 'audit', verdict, measured: 1, paper: 1, detail: verdict, rule: 'r' });

describe('combining verdicts', () => {
  test('a refutation wins, then an inconsistency, then missing power; skipped parts do not count', () => {
    expect(combineVerdicts(['reproduced', 'inconclusive', 'not reproduced'])).toBe('not reproduced');
    expect(combineVerdicts(['reproduced', 'inconsistent', 'inconclusive'])).toBe('inconsistent');
    expect(combineVerdicts(['reproduced', 'skipped'])).toBe('reproduced');
    expect(combineVerdicts(['skipped', 'skipped'])).toBe('skipped');
  });

  test('combineLevel keeps every part in the detail', () => {
    const r = combineLevel('reanalysis', [
      { name: 'a', result: level('reproduced') },
      { name: 'b', result: level('inconclusive') },
    ]);
    expect(r.verdict).toBe('inconclusive');
    expect(r.detail).toContain('[a: reproduced]');
    expect(r.detail).toContain('[b: inconclusive]');
  });

  test('overall verdict of a claim and skipped levels name what is missing', () => {
    expect(overallVerdict([level('reproduced'), level('inconsistent')])).toBe('inconsistent');
    const s = skippedLevel('search', { missing: 'the official table', howToSupply: 'ws-repro bench import nasbench_only108.tfrecord' });
    expect(s.verdict).toBe('skipped');
    expect(s.detail).toContain('ws-repro bench import nasbench_only108.tfrecord');
  });
});

describe('no-association rule', () => {
  test('Fisher-z power and units needed', () => {
    // scipy: norm.cdf(atanh(.5) sqrt(4) - 1.95996) + norm.cdf(-atanh(.5) sqrt(4) - 1.95996) = 0.19563
    expect(correlationPower(0.5, 7)).toBeCloseTo(0.19563414306542315, 8);
    // ceil(((1.95996 + 0.84162) / atanh(.5))^2 + 3) = 30
    expect(unitsForCorrelationPower(0.5)).toBe(30);
  });

  test('7 units, no significant link: inconclusive; a significant one: not reproduced', () => {
    const weak = judgeNoAssociation('audit', [{ name: 'x', correlation: { rho: 0.1, p: 0.8, n: 7 } }], null);
    expect(weak.verdict).toBe('inconclusive');
    const strong = judgeNoAssociation('audit', [{ name: 'x', correlation: { rho: 0.9, p: 0.006, n: 7 } }], null);
    expect(strong.verdict).toBe('not reproduced');
    const many = judgeNoAssociation('audit', [{ name: 'x', correlation: { rho: 0.05, p: 0.6, n: 100 } }], null);
    expect(many.verdict).toBe('reproduced');
  });
});
