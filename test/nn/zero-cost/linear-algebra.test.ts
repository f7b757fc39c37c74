import { describe, expect, it } from 'vitest';
import { correlationMatrix, logAbsDeterminant, symmetricEigenvalues } from '../../../src/nn/zero-cost/linear-algebra.js';

describe('zero-cost linear algebra', () => {
  it('eigenvalues of symmetric matrices with known spectra', () => {
    // [[2,1],[1,2]]: 1 and 3 (by hand). The 3x3 below is Q diag(1, 2, 4) Q^T for the rotation-free permutation
    // of a block: [[3,1,0],[1,3,0],[0,0,1]] has eigenvalues 2, 4 (block) and 1.
    expect(symmetricEigenvalues([[2, 1], [1, 2]]).sort()).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
    const eig = symmetricEigenvalues([[3, 1, 0], [1, 3, 0], [0, 0, 1]]).sort((a, b) => a - b);
    expect(eig[0]).toBeCloseTo(1, 12);
    expect(eig[1]).toBeCloseTo(2, 12);
    expect(eig[2]).toBeCloseTo(4, 12);
  });

  it('eigenvalues sum to the trace and multiply to the determinant (random symmetric 8x8)', () => {
    let s = 1;
    const random = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const a = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
    for (let i = 0; i < 8; i++) for (let j = i; j < 8; j++) a[i][j] = a[j][i] = random();
    const eig = symmetricEigenvalues(a);
    expect(eig.reduce((x, y) => x + y, 0)).toBeCloseTo(a.reduce((t, row, i) => t + row[i], 0), 10);
    expect(eig.reduce((x, y) => x + Math.log(Math.abs(y)), 0)).toBeCloseTo(logAbsDeterminant(a), 8);
  });

  it('log |det| by hand, and -Infinity when singular', () => {
    // det [[0,2],[3,1]] = -6 (needs a pivot swap).
    expect(logAbsDeterminant([[0, 2], [3, 1]])).toBeCloseTo(Math.log(6), 12);
    expect(logAbsDeterminant([[1, 2], [2, 4]])).toBe(-Infinity);
  });

  it('correlation of rows as numpy.corrcoef: perfectly (anti-)correlated rows give +-1', () => {
    const c = correlationMatrix([Float64Array.from([1, 2, 3]), Float64Array.from([2, 4, 6]), Float64Array.from([3, 2, 1])]);
    expect(c[0][1]).toBeCloseTo(1, 12);
    expect(c[0][2]).toBeCloseTo(-1, 12);
    expect(c[1][1]).toBeCloseTo(1, 12);
  });
});
