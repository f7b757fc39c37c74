import { describe, expect, it } from 'vitest';
import { derivedRandom } from '../../src/random.js';
import { BIMODALITY_THRESHOLD, bimodalityCoefficient } from '../../src/stats/bimodality.js';
import { dipStatistic } from '../../src/stats/dip.js';
import { dipTest } from '../../src/stats/dip-test.js';
import { W } from './fixtures.js';

describe('bimodalityCoefficient', () => {
  it("matches Sarle's formula on scipy's bias-corrected skewness and kurtosis", () => {
    // reference.py "skew,kurtosis(bias=False),BC(W)"
    const bc = bimodalityCoefficient(W);
    expect(bc.skewness).toBeCloseTo(-0.16727600548170093, 12);
    expect(bc.excessKurtosis).toBeCloseTo(-2.1149742114376173, 12);
    expect(bc.coefficient).toBeCloseTo(0.5010406210686927, 12);
  });
  it('tends to 1/3 for a normal sample and 5/9 for a uniform one (closed forms: skew 0, kurtosis 0 and -1.2)', () => {
    const random = derivedRandom(3, 'bimodality');
    const uniform = Array.from({ length: 20000 }, () => random());
    const normal = Array.from({ length: 20000 }, () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
    expect(bimodalityCoefficient(uniform).coefficient).toBeCloseTo(BIMODALITY_THRESHOLD, 1);
    expect(bimodalityCoefficient(normal).coefficient).toBeCloseTo(1 / 3, 1);
  });
});

describe('dipStatistic', () => {
  // Exact dips from the linear programme in test/stats/reference.py (dip_lp): the smallest sup-distance between
  // the ECDF and a piecewise linear convex-then-concave CDF, minimised over the mode knot with scipy's HiGHS.
  // It agreed with this implementation on 72 further seeded samples (3 to 150 values, with and without ties).
  const cases: [readonly number[], number][] = [
    [[0.1, 0.5, 0.9], 0.16666666666666669],
    [W, 0.1704545454545451],
    [[0, 0, 1, 1, 1, 2, 3, 3, 5, 5, 5, 5], 0.16666666666666669],
    [[3.2, 0.4, 1.1, 7.5, 2.2, 0.9, 1.6, 4.4, 0.2, 2.9, 1.3, 0.7, 5.1, 1.9], 0.04999999999999999],
    [[0.11, 0.15, 0.19, 0.2, 0.24, 0.3, 1.0, 1.02, 1.05, 1.1, 1.14, 2.0, 2.03, 2.05, 2.1, 2.2], 0.13020833333333323],
  ];
  it.each(cases)('dip of %j is the linear-programme value', (values, expected) => {
    expect(dipStatistic(values).dip).toBeCloseTo(expected, 10);
  });
  it('is 1/(2n) at least, e.g. 1/4 for two points', () => {
    // A continuous CDF through two ECDF jumps of 1/2 misses each by 1/4 at best (by hand).
    expect(dipStatistic([0, 1]).dip).toBeCloseTo(0.25, 14);
  });
  it('approaches 1/4 for two well separated equal clusters and 0 for a uniform sample', () => {
    const random = derivedRandom(4, 'dip');
    const twoClusters = Array.from({ length: 1000 }, (_, i) => (i % 2) * 100 + random());
    const uniform = Array.from({ length: 5000 }, () => random());
    expect(dipStatistic(twoClusters).dip).toBeGreaterThan(0.24);
    expect(dipStatistic(twoClusters).dip).toBeLessThanOrEqual(0.25);
    expect(dipStatistic(uniform).dip).toBeLessThan(0.01);
  });
  it('is unchanged by affine maps, reflection and order', () => {
    const random = derivedRandom(6, 'dip');
    const values = Array.from({ length: 200 }, () => (random() < 0.4 ? random() : 2 + random() * 3));
    const dip = dipStatistic(values).dip;
    expect(dipStatistic(values.map((v) => 3 * v - 7)).dip).toBeCloseTo(dip, 12);
    expect(dipStatistic(values.map((v) => -v)).dip).toBeCloseTo(dip, 12);
    expect(dipStatistic(values.slice().reverse()).dip).toBe(dip);
  });
});

describe('dipTest', () => {
  it('rejects unimodality for two clusters and keeps it for a normal sample', () => {
    const random = derivedRandom(8, 'dip-test');
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const twoClusters = Array.from({ length: 200 }, (_, i) => (i % 2) * 6 + normal());
    const oneCluster = Array.from({ length: 200 }, normal);
    const options = { random: derivedRandom(8, 'dip-null'), simulations: 200 };
    // Smallest possible p with 200 simulations is 1/201.
    expect(dipTest(twoClusters, options).p).toBeCloseTo(1 / 201, 12);
    expect(dipTest(oneCluster, options).p).toBeGreaterThan(0.05);
  });
});
