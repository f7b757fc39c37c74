import { describe, expect, test } from 'vitest';
import { checkPrinted, judgePrinted, exactly, roundingInterval } from '../../src/verdict/printed.js';

describe('printed numbers', () => {
  test('rounding interval is half a unit of the last printed digit', () => {
    const r = roundingInterval(0.07, 2);
    expect(r.low).toBeCloseTo(0.065, 10);
    expect(r.high).toBeCloseTo(0.075, 10);
  });

  test('a recomputed range agrees when it meets the interval', () => {
    // 0.0657 rounds to 0.07; a range [0.0598, 0.0657] therefore meets "0.07".
    expect(checkPrinted({ name: 'p', printed: 0.07, decimals: 2, recomputed: { low: 0.0598, high: 0.0657 } }).agrees).toBe(true);
    // 0.0545 rounds to 0.05, not 0.06.
    expect(checkPrinted({ name: 'p', printed: 0.06, decimals: 2, recomputed: { low: 0.0489, high: 0.0545 } }).agrees).toBe(false);
  });

  test('judgePrinted lists every disagreement and picks the stated verdict', () => {
    const ok = { name: 'a', printed: 2.92, decimals: 2, recomputed: exactly(2.924) };
    const bad = { name: 'b', printed: 2.7, decimals: 1, recomputed: exactly(2.924) };
    expect(judgePrinted('audit', [ok], 'inconsistent', 'x').verdict).toBe('reproduced');
    const r = judgePrinted('audit', [ok, bad], 'inconsistent', 'x');
    expect(r.verdict).toBe('inconsistent');
    expect(r.detail).toContain('b: printed 2.7, recomputed 2.924');
    expect(judgePrinted('reanalysis', [bad], 'not reproduced', 'x').verdict).toBe('not reproduced');
  });
});
