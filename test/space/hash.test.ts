import { describe, expect, it } from 'vitest';
import { cellHash, hashModule, opLabel } from '../../src/space/hash.js';
import { derivedRandom, randomInt, shuffled } from '../../src/random.js';
import type { Cell, Matrix } from '../../src/space/cell.js';
import { HASH_VECTORS } from './fixtures.js';
import { referenceHashModule } from './hash-reference.js';

/** A random DAG on n vertices (upper-triangular, each edge with probability `density`) and random labels. */
function randomGraph(random: () => number, n: number, density: number): { matrix: number[][]; labels: number[] } {
  const matrix = [...Array(n)].map((_, u) => [...Array(n)].map((_, v) => (v > u && random() < density ? 1 : 0)));
  const labels = [...Array(n)].map((_, v) => (v === 0 ? -1 : v === n - 1 ? -2 : randomInt(random, 3)));
  return { matrix, labels };
}

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

  it('equals the former node:crypto implementation (test/space/hash-reference.ts) on random graphs', () => {
    // 0..9 vertices and all densities: every message length, in/out-degree mix and padding case of the
    // module hash; 8 and 9 vertices also exceed NAS-Bench-101's sizes, and label 7 the cached tuple labels.
    const random = derivedRandom(5, 'hash-oracle');
    for (let trial = 0; trial < 1500; trial++) {
      const { matrix, labels } = randomGraph(random, randomInt(random, 10), random());
      if (trial % 100 === 0 && labels.length > 2) labels[1] = 7;
      expect(hashModule(matrix, labels), JSON.stringify({ matrix, labels })).toBe(referenceHashModule(matrix, labels));
    }
  });

  it('handles degrees and labels outside the cached tuple table (dense 20-vertex graph, label 100)', () => {
    const { matrix, labels } = randomGraph(derivedRandom(6, 'hash-large'), 20, 0.9);
    labels[3] = 100;
    expect(hashModule(matrix, labels)).toBe(referenceHashModule(matrix, labels));
  });

  it('tells apart cells that differ in one op', () => {
    const a: Cell = { matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] };
    expect(cellHash(a)).not.toBe(cellHash({ ...a, ops: ['input', 'conv1x1-bn-relu', 'output'] }));
  });
});
