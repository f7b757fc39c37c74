import { describe, expect, it } from 'vitest';
import { cellHash, hashModule, opLabel } from '../../src/space/hash.js';
import { derivedRandom, shuffled } from '../../src/random.js';
import type { Cell, Matrix } from '../../src/space/cell.js';
import { HASH_VECTORS } from './fixtures.js';

const permute = (matrix: Matrix, order: readonly number[]): number[][] =>
  order.map((u) => order.map((v) => matrix[u][v]));

describe('cellHash', () => {
  it('equals the official NAS-Bench-101 module hash for all 200 fixture vectors', () => {
    for (const v of HASH_VECTORS) expect(cellHash(v), JSON.stringify(v)).toBe(v.hash);
  });

  it('is invariant under random vertex permutations (seeded, as graph_util_test.py)', () => {
    const random = derivedRandom(2, 'hash-permutation');
    for (const v of HASH_VECTORS) {
      const labels = v.ops.map(opLabel);
      for (let trial = 0; trial < 5; trial++) {
        const order = shuffled(random, [...labels.keys()]);
        expect(hashModule(permute(v.matrix, order), order.map((i) => labels[i]))).toBe(v.hash);
      }
    }
  });

  it('is invariant when hidden vertices are renumbered along another topological order', () => {
    // Swapping two hidden vertices with no edge between them keeps the matrix upper-triangular.
    const cell: Cell = {
      matrix: [[0, 1, 1, 0], [0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 0]],
      ops: ['input', 'conv3x3-bn-relu', 'maxpool3x3', 'output'],
    };
    const swapped: Cell = { matrix: permute(cell.matrix, [0, 2, 1, 3]), ops: ['input', 'maxpool3x3', 'conv3x3-bn-relu', 'output'] };
    expect(cellHash(swapped)).toBe(cellHash(cell));
  });

  it('tells apart cells that differ in one op', () => {
    const a: Cell = { matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] };
    expect(cellHash(a)).not.toBe(cellHash({ ...a, ops: ['input', 'conv1x1-bn-relu', 'output'] }));
  });
});
