import { describe, expect, it } from 'vitest';
import { checkReportedP } from '../../src/stats/check-reported-p.js';

// p-values from test/stats/reference.py (scipy.stats.t.sf, Student's t with n1 + n2 - 2 = 123 or 28 df).
describe('checkReportedP', () => {
  const table4 = { statistic: 'd', n1: 25, n2: 100, decimals: 2 } as const;
  it('accepts "p = 0.00" for d = -0.85 with 25 vs 100 (recomputed p = 0.00023)', () => {
    const check = checkReportedP({ ...table4, value: -0.85, reportedP: 0 });
    expect(check.p).toBeCloseTo(0.00022529328524866396, 14);
    expect(check.pRange[0]).toBeCloseTo(0.0002077901887293347, 14);
    expect(check.pRange[1]).toBeCloseTo(0.0002441913182594602, 14);
    expect(check.reportedRange).toEqual([0, 0.005]);
    expect(check.consistent).toBe(true);
  });
  it('accepts "p = 0.25" for d = -0.26 (p over the rounding interval 0.238..0.256)', () => {
    expect(checkReportedP({ ...table4, value: -0.26, reportedP: 0.25 }).consistent).toBe(true);
  });
  it('flags "p = 0.06" for d = 0.44: every d that rounds to 0.44 gives p in 0.0488..0.0540', () => {
    const check = checkReportedP({ ...table4, value: 0.44, reportedP: 0.06 });
    expect(check.pRange[0]).toBeCloseTo(0.04879759460174181, 12);
    expect(check.pRange[1]).toBeCloseTo(0.05401087588991512, 12);
    expect(check.consistent).toBe(false);
  });
  it('checks a t statistic, and "p < alpha" reports', () => {
    // t(28) = 2.20: p = 0.03623, and 0.03584..0.03662 over t in [2.195, 2.205]
    const t = { statistic: 't', value: 2.2, n1: 15, n2: 15, decimals: 2 } as const;
    expect(checkReportedP({ ...t, reportedP: 0.04 }).consistent).toBe(true);
    expect(checkReportedP({ ...t, reportedP: 0.03 }).consistent).toBe(false);
    expect(checkReportedP({ ...t, reportedP: 0.05, relation: '<' }).consistent).toBe(true);
    expect(checkReportedP({ ...t, reportedP: 0.01, relation: '<' }).consistent).toBe(false);
  });
  it('lets a statistic that rounds to 0 reach p = 1', () => {
    expect(checkReportedP({ statistic: 'd', value: 0, n1: 25, n2: 100, decimals: 2, reportedP: 0.98 }).pRange[1]).toBe(1);
  });
});
