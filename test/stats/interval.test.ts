import { describe, expect, it } from 'vitest';
import { derivedRandom } from '../../src/random.js';
import { bootstrapInterval } from '../../src/stats/bootstrap.js';
import { meanInterval } from '../../src/stats/interval.js';
import { mean } from '../../src/stats/summary.js';

const V = [0.41, 0.52, 0.47, 0.6, 0.38, 0.55];

describe('meanInterval', () => {
  it('t quantile with the n - 1 SD matches scipy.stats.t.interval', () => {
    // reference.py "t interval 95% (n-1)"
    const { low, high, estimate } = meanInterval(V, { quantile: 't', denominator: 'n-1', level: 0.95 });
    expect(estimate).toBeCloseTo(0.4883333333333333, 14); // (0.41+0.52+0.47+0.60+0.38+0.55)/6 by hand
    expect(low).toBeCloseTo(0.39992707449565423, 12);
    expect(high).toBeCloseTo(0.5767395921710123, 12);
  });
  it('z quantile with the n SD matches scipy.stats.norm.interval(scale = np.std / sqrt n)', () => {
    // reference.py "z interval 95% (n)"
    const { low, high } = meanInterval(V, { quantile: 'z', denominator: 'n', level: 0.95 });
    expect(low).toBeCloseTo(0.4268001977655391, 12);
    expect(high).toBeCloseTo(0.5498664689011274, 12);
  });
  it('rejects a single value', () => {
    expect(() => meanInterval([1])).toThrow('at least 2');
  });
});

describe('bootstrapInterval', () => {
  it('is repeatable for a seed and differs across seeds', () => {
    const run = (seed: number) => bootstrapInterval(V, mean, { random: derivedRandom(seed, 'bootstrap'), resamples: 500 });
    expect(run(1)).toEqual(run(1));
    expect(run(1).low).not.toBe(run(2).low);
  });
  it('approaches the normal interval of the mean for a large sample', () => {
    // For a sample of 400 the percentile bootstrap of the mean and the z interval with the n SD agree to
    // O(1/n) plus Monte Carlo error: here within 10% of the half-width.
    const random = derivedRandom(5, 'sample');
    const values = Array.from({ length: 400 }, () => random() + random() + random());
    const z = meanInterval(values, { quantile: 'z', denominator: 'n' });
    const boot = bootstrapInterval(values, mean, { random: derivedRandom(5, 'bootstrap'), resamples: 4000 });
    expect(boot.estimate).toBe(z.estimate);
    expect(Math.abs(boot.low - z.low)).toBeLessThan(0.1 * z.halfWidth);
    expect(Math.abs(boot.high - z.high)).toBeLessThan(0.1 * z.halfWidth);
  });
  it('collapses to the value for a constant sample', () => {
    expect(bootstrapInterval([3, 3, 3], mean, { random: derivedRandom(1), resamples: 50 })).toMatchObject({ low: 3, high: 3 });
  });
});
