import { describe, expect, test } from 'vitest';
import { judgeDirectional, judgeEquivalence } from '../../src/verdict/rules.js';
import { equivalencePower, nForPower, oneSidedPower, sampleEvidence, twoSampleEvidence } from '../../src/verdict/t-evidence.js';

// Reference values: scipy 1.17 (stats.ttest_1samp / ttest_ind, stats.nct.cdf, stats.t.ppf), script in the report.
const clear = [0.1, 0.2, 0.15, 0.3, 0.25];
const noisy = [0.05, -0.1, 0.2, 0.0, 0.1];

describe('t evidence', () => {
  test('one-sample summary and power through the non-central t', () => {
    const e = sampleEvidence(clear, 'super-nets');
    expect(e.estimate).toBeCloseTo(0.2, 12);
    expect(e.standardError).toBeCloseTo(0.035355339059327376, 12); // scipy: sd(ddof=1)/sqrt(5)
    expect(oneSidedPower(e, 0.1, 0.05)).toBeCloseTo(0.7499474576515621, 6); // 1 - nct.cdf(t.ppf(.95,4), 4, 0.1/se)
  });

  test('n for power 0.8 scales the standard error with sqrt(n)', () => {
    const e = sampleEvidence(noisy, 'super-nets');
    // scipy loop over n: first n with 1 - nct.cdf(t.ppf(.95,n-1), n-1, 0.05/(sd/sqrt n)) >= 0.8 is 33 (power 0.8076)
    expect(nForPower(e, (s) => oneSidedPower(s, 0.05, 0.05))).toBe(33);
  });

  test('TOST power (shifted central t) and two-sample pooled evidence', () => {
    const e = sampleEvidence(noisy, 'super-nets');
    expect(equivalencePower(e, 0.2, 0.05)).toBeCloseTo(0.8648805377199016, 6); // 2 t.cdf(0.2/se - t.ppf(.95,4), 4) - 1
    const two = twoSampleEvidence([1, 2, 3, 4, 5], [2, 3, 4, 5, 6, 7], 'runs');
    expect(two.estimate / two.standardError).toBeCloseTo(-1.4171324789199904, 10); // scipy ttest_ind statistic
    expect(two.df).toBe(9);
  });
});

describe('directional rule', () => {
  const claim = { what: 'delta > 0', direction: 'greater' as const, paperEffect: 0.05, paper: 0.05 };

  test('significant in the claimed direction: reproduced', () => {
    const r = judgeDirectional('reanalysis', sampleEvidence(clear, 'super-nets'), claim);
    expect(r.verdict).toBe('reproduced');
    expect((r.measured as { p: number }).p).toBeCloseTo(0.00240633916502211, 8); // scipy ttest_1samp, greater
  });

  test('not significant and under-powered: inconclusive, with power and the n needed', () => {
    const r = judgeDirectional('reanalysis', sampleEvidence(noisy, 'super-nets'), claim);
    expect(r.verdict).toBe('inconclusive');
    expect(r.power?.achieved).toBeCloseTo(0.20980168735983684, 6); // scipy nct power for 0.05 with se 0.05
    expect(r.power?.nFor80).toBe(33);
  });

  test('not significant with power >= 0.8 for the paper effect: not reproduced', () => {
    // Many exact zeros with small spread: power for a paper effect of 0.05 is ~1 and the estimate is 0.
    const flat = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0.01 : -0.01));
    expect(judgeDirectional('reanalysis', sampleEvidence(flat, 'runs'), claim).verdict).toBe('not reproduced');
  });

  test('direction less flips the sign', () => {
    const negative = clear.map((v) => -v);
    const r = judgeDirectional('search', sampleEvidence(negative, 'runs'), { ...claim, direction: 'less' });
    expect(r.verdict).toBe('reproduced');
  });
});

describe('equivalence rule', () => {
  const base = { what: 'difference', marginSource: 'test', paper: 0 };
  test('interval inside the margin: reproduced; straddling: inconclusive; outside: not reproduced', () => {
    const e = sampleEvidence(noisy, 'super-nets'); // 90% CI [-0.0566, 0.1566] (scipy t.ppf)
    expect(judgeEquivalence('reanalysis', e, { ...base, margin: 0.2 }).verdict).toBe('reproduced');
    expect(judgeEquivalence('reanalysis', e, { ...base, margin: 0.1 }).verdict).toBe('inconclusive');
    expect(judgeEquivalence('reanalysis', sampleEvidence(clear, 'super-nets'), { ...base, margin: 0.1 }).verdict).toBe(
      'not reproduced', // CI [0.125, 0.275] lies above 0.1
    );
  });
});

describe('directional rule, opposite direction', () => {
  test('significant against the claimed direction: not reproduced even when under-powered', () => {
    // Mean -0.2, SE 0.0354 (the `clear` sample negated): one-sided p for "less" is 0.0024 (scipy ttest_1samp),
    // so the claim "greater" is refuted although the power for a tiny paper effect (0.001) is ~0.05.
    const r = judgeDirectional('reanalysis', sampleEvidence(clear.map((v) => -v), 'super-nets'), {
      what: 'delta > 0',
      direction: 'greater',
      paperEffect: 0.001,
      paper: 0.001,
    });
    expect(r.power?.achieved).toBeLessThan(0.8);
    expect(r.verdict).toBe('not reproduced');
  });
});
