import { describe, expect, it } from 'vitest';
import { leastSquares } from '../../src/stats/least-squares.js';

describe('least squares', () => {
  it('recovers an exact linear relation (R^2 = 1) across very different feature scales', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [1e6 + 37_000 * ((i * 7) % 11), i % 4, Math.sin(i)]);
    const y = rows.map(([a, b, c]) => 2 + 3e-6 * a - 0.5 * b + 4 * c);
    const fit = leastSquares(rows, y);
    expect(fit.intercept).toBeCloseTo(2, 8);
    expect(fit.coefficients[0]).toBeCloseTo(3e-6, 12);
    expect(fit.coefficients[1]).toBeCloseTo(-0.5, 8);
    expect(fit.coefficients[2]).toBeCloseTo(4, 8);
    expect(fit.rSquared).toBeCloseTo(1, 12);
  });

  it('matches the closed form of simple regression (slope = cov / var), with R^2 = r^2', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = [1.2, 1.9, 3.2, 3.8, 5.1, 6.3];
    // Hand computation: mean x 3.5, mean y 3.5833; Sxy = 17.85, Sxx = 17.5, Syy = 95.43 - 6 x 3.58333^2 = 18.388333.
    const fit = leastSquares(x.map((v) => [v]), y);
    expect(fit.coefficients[0]).toBeCloseTo(17.85 / 17.5, 10);
    expect(fit.intercept).toBeCloseTo(21.5 / 6 - (17.85 / 17.5) * 3.5, 10);
    expect(fit.rSquared).toBeCloseTo((17.85 * 17.85) / (17.5 * (95.43 - 21.5 ** 2 / 6)), 10);
  });

  it('refuses collinear or constant features and mismatched input, naming the problem', () => {
    const rows = [1, 2, 3, 4, 5].map((v) => [v, 2 * v]);
    expect(() => leastSquares(rows, [1, 2, 3, 4, 6])).toThrow(/collinear/);
    expect(() => leastSquares([[1], [1], [1], [1]], [1, 2, 3, 4])).toThrow(/feature 0 is constant/);
    expect(() => leastSquares([[1], [2], [3]], [1, 2])).toThrow(/3 feature rows but 2 responses/);
  });
});
