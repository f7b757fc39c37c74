import ttest2 from '@stdlib/stats/ttest2';
import { describe, expect, it } from 'vitest';
import { cohensD, cohensDFromSummary, probabilityOfSuperiority } from '../../src/stats/effect-size.js';
import { studentTTest, welchTTest, welchTTestFromSummary } from '../../src/stats/ttest.js';
import { A, B } from './fixtures.js';

// Expected values are printed by test/stats/reference.py (scipy 1.17.1); the quoted call names its line.
describe('two-sample t-tests', () => {
  it("Student's test matches scipy.stats.ttest_ind(equal_var=True)", () => {
    const { t, df, p } = studentTTest(A, B);
    expect(t).toBeCloseTo(3.8580878276296935, 12);
    expect(df).toBe(21);
    expect(p).toBeCloseTo(0.0009116537427690265, 14);
    expect(studentTTest(A, B, 'less').p).toBeCloseTo(0.9995441731286154, 12); // ttest_ind(A,B,less)
  });
  it("Welch's test matches scipy.stats.ttest_ind(equal_var=False)", () => {
    const { t, df, p } = welchTTest(A, B);
    expect(t).toBeCloseTo(3.6018189641696257, 12);
    expect(df).toBeCloseTo(13.532146519947808, 10);
    expect(p).toBeCloseTo(0.00303506647720969, 13);
  });
  it('agrees with @stdlib/stats ttest2 on samples', () => {
    expect(welchTTest(A, B).p).toBeCloseTo(ttest2(A, B).pValue, 12);
    expect(studentTTest(A, B).p).toBeCloseTo(ttest2(A, B, { variance: 'equal' }).pValue, 12);
  });
  it('works from printed summaries (mean, SD, n)', () => {
    // welch_from_stats(0.53,1.22,25 | 0,1,100)
    const { t, p } = welchTTestFromSummary({ mean: 0.53, sd: 1.22, n: 25 }, { mean: 0, sd: 1, n: 100 });
    expect(t).toBeCloseTo(2.0098841126645746, 12);
    expect(p).toBeCloseTo(0.052800949114794014, 12);
  });
  it('names the group with a bad size', () => {
    expect(() => welchTTestFromSummary({ mean: 0, sd: 1, n: 1 }, { mean: 0, sd: 1, n: 5 })).toThrow('a.n is 1');
  });
});

describe('effect sizes', () => {
  it("Cohen's d uses the pooled SD", () => {
    expect(cohensD(A, B)).toBeCloseTo(1.6227975815078424, 12); // "cohen d(A,B) by hand" in reference.py (numpy)
    // By hand: pooled SD of (sd 2, n 3) and (sd 4, n 5) is sqrt((2*4 + 4*16) / 6) = sqrt(12); d = 1 / sqrt(12).
    expect(cohensDFromSummary({ mean: 2, sd: 2, n: 3 }, { mean: 1, sd: 4, n: 5 })).toBeCloseTo(1 / Math.sqrt(12), 14);
  });
  it('probability of superiority is Phi(d / sqrt 2)', () => {
    expect(probabilityOfSuperiority(0)).toBe(0.5);
    expect(probabilityOfSuperiority(0.2)).toBeCloseTo(0.5562314580091424, 14); // norm.cdf(0.2/sqrt2)
    expect(probabilityOfSuperiority(0.5)).toBeCloseTo(0.6381631950841185, 14); // norm.cdf(0.5/sqrt2)
    expect(probabilityOfSuperiority(0.8)).toBeCloseTo(0.7141961775233342, 14); // norm.cdf(0.8/sqrt2)
    expect(probabilityOfSuperiority(-0.85)).toBeCloseTo(0.27390641790029924, 14); // norm.cdf(-0.85/sqrt2)
  });
});
