import { describe, expect, it } from 'vitest';
import { compareRegrets } from '../../src/search/one-shot.js';
import { cohensD, probabilityOfSuperiority } from '../../src/stats/effect-size.js';
import { tTestPower } from '../../src/stats/power.js';
import { studentTTest } from '../../src/stats/ttest.js';

describe('one-shot regret comparison', () => {
  // A (e.g. WS) regrets and B (e.g. baseline) regrets, fractions.
  const a = [0.01, 0.02, 0.015, 0.03, 0.012];
  const b = [0.03, 0.025, 0.04, 0.02, 0.035, 0.028];
  const result = compareRegrets(a, b);

  it('equals the src/stats functions on the same numbers (x100, B - A)', () => {
    const a100 = a.map((x) => 100 * x);
    const b100 = b.map((x) => 100 * x);
    const test = studentTTest(b100, a100);
    const d = cohensD(b100, a100);
    expect(result.t).toBe(test.t);
    expect(result.p).toBe(test.p);
    expect(result.df).toBe(9);
    expect(result.d).toBe(d);
    expect(result.probabilityOfSuperiority).toBe(probabilityOfSuperiority(d));
    expect(result.power).toBe(tTestPower({ d: Math.abs(d), n1: 5, n2: 6 }));
    expect(result.nA).toBe(5);
    expect(result.nB).toBe(6);
  });

  it('matches an independent computation (python: scipy.stats.ttest_ind(b, a) on the x100 values)', () => {
    // Means by hand: A 1.74, B 17.8 / 6.
    expect(result.meanRegretA).toBeCloseTo(1.74, 10);
    expect(result.meanRegretB).toBeCloseTo(17.8 / 6, 10);
    expect(result.difference).toBeCloseTo(17.8 / 6 - 1.74, 10);
    // scipy.stats.ttest_ind([3,2.5,4,2,3.5,2.8], [1,2,1.5,3,1.2]) -> t = 2.69496, p = 0.0245959, df = 9.
    expect(result.t).toBeCloseTo(2.69496, 4);
    expect(result.p).toBeCloseTo(0.0245959, 6);
    // numpy: pooled SD (ddof=1 variances) 0.751689, d = 1.631880.
    expect(result.pooledSd).toBeCloseTo(0.751689, 5);
    expect(result.d).toBeCloseTo(1.63188, 5);
    expect(result.difference).toBeGreaterThan(0);
  });
});
