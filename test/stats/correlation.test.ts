import { describe, expect, it } from 'vitest';
import { kendallTauB } from '../../src/stats/kendall.js';
import { partialSpearman } from '../../src/stats/partial-spearman.js';
import { pearson } from '../../src/stats/pearson.js';
import { ranks } from '../../src/stats/ranks.js';
import { spearman } from '../../src/stats/spearman.js';
import { X, Y, Z } from './fixtures.js';

// Every expected value below is printed by test/stats/reference.py (scipy 1.17.1); the quoted call names its line.
describe('ranks', () => {
  it('gives tied values their mid-rank', () => {
    // rankdata(X)
    expect(ranks(X)).toEqual([6, 1.5, 10, 4, 1.5, 12, 8, 5, 9, 3, 7, 11]);
  });
  it('names a non-finite value', () => {
    expect(() => ranks([1, NaN], 'proxy')).toThrow('proxy[1]');
  });
});

describe('pearson and spearman', () => {
  it('match scipy.stats.pearsonr', () => {
    const { r, p, n } = pearson(X, Y);
    expect(r).toBeCloseTo(0.9388837620765959, 12); // pearsonr(X,Y)
    expect(p).toBeCloseTo(6.057232238830149e-6, 15);
    expect(n).toBe(12);
  });
  it('match scipy.stats.spearmanr, two-sided and one-sided', () => {
    const { rho, p } = spearman(X, Y);
    expect(rho).toBeCloseTo(0.9456140350877194, 12); // spearmanr(X,Y)
    expect(p / 3.419055415222836e-6).toBeCloseTo(1, 9);
    expect(spearman(X, Y, 'greater').p / 1.709527707611418e-6).toBeCloseTo(1, 9); // spearmanr(X,Y,greater)
  });
  it('keeps tiny p-values, the same for either sign', () => {
    const x = Array.from({ length: 1000 }, (_, i) => i);
    const y = x.map((v) => v + 1.5 * ((379 * v) % 1000));
    const up = spearman(x, y);
    expect(up.rho).toBeCloseTo(0.5362964002964004, 12); // spearmanr(lx,ly)
    expect(up.p / 1.5025074716071397e-75).toBeCloseTo(1, 6);
    expect(spearman(x, y.map((v) => -v)).p).toBe(up.p);
  });
  it('rejects unpaired input with both lengths', () => {
    expect(() => spearman([1, 2, 3, 4], [1, 2, 3])).toThrow('x has 4, y has 3');
  });
});

describe('kendallTauB', () => {
  it('matches scipy.stats.kendalltau(method="asymptotic") with ties', () => {
    const xy = kendallTauB(X, Y);
    expect(xy.tau).toBeCloseTo(0.8307692307692309, 12); // kendalltau(X,Y,asymptotic)
    expect(xy.p / 0.00019897095560209062).toBeCloseTo(1, 9);
    const xz = kendallTauB(X, Z);
    expect(xz.tau).toBeCloseTo(0.8438530156892918, 12); // kendalltau(X,Z,asymptotic)
    expect(xz.p / 0.00018561297404665956).toBeCloseTo(1, 9);
  });
  it('matches scipy on 3,000 tie-heavy pairs (the O(n log n) count)', () => {
    const bx = Array.from({ length: 3000 }, (_, i) => (i * 37) % 50);
    const by = bx.map((v, i) => v + ((i * 53) % 80));
    const { tau, p } = kendallTauB(bx, by);
    expect(tau).toBeCloseTo(0.36721590796183945, 12); // kendalltau(bx,by)
    expect(p / 1.2108780587838627e-178).toBeCloseTo(1, 6);
  });
  it('is 1 and -1 for monotone relations', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40]).tau).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1]).tau).toBe(-1);
  });
});

describe('partialSpearman', () => {
  it('equals the correlation of rank residuals after regressing on rank(z), p from t with n - 3 df', () => {
    const { rho, p, n } = partialSpearman(X, Y, Z);
    // reference.py "partial spearman(X,Y|Z) residual method": an independent route (least-squares residuals).
    expect(rho).toBeCloseTo(0.4032319471989956, 12);
    expect(p).toBeCloseTo(0.21880281377147598, 12);
    expect(n).toBe(12);
  });
});
