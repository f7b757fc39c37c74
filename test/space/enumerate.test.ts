import { describe, expect, it } from 'vitest';
import { canonicalPacked, enumerateCells } from '../../src/space/enumerate.js';
import { packedVertices, unpackCell } from '../../src/space/packed.js';
import { cellHash } from '../../src/space/hash.js';
import { pruneCell } from '../../src/space/prune.js';
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Op } from '../../src/space/cell.js';
import { HASH_VECTORS } from './fixtures.js';
import { derivedRandom, randomInt } from '../../src/random.js';

/**
 * The published algorithm (nasbench generate_graphs.py) for cells of exactly n vertices: every upper-triangular
 * matrix that is a full DAG (every vertex on an input->output path) with at most 9 edges, every labelling,
 * deduplicated by module hash. Affordable here up to 5 vertices.
 */
function publishedCount(n: number): number {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  const hashes = new Set<string>();
  for (let bits = 0; bits < 2 ** pairs.length; bits++) {
    const matrix = [...Array(n)].map(() => new Array<number>(n).fill(0));
    pairs.forEach(([i, j], b) => (matrix[i][j] = (bits >>> b) & 1));
    if (pairs.filter((_, b) => (bits >>> b) & 1).length > 9) continue;
    const probe: Cell = { matrix, ops: [INPUT, ...Array<Op>(n - 2).fill(CANONICAL_OPS[0]), OUTPUT] };
    if (pruneCell(probe) !== probe) continue; // pruning changes nothing exactly for full DAGs
    for (let code = 0; code < 3 ** (n - 2); code++) {
      const ops: Op[] = [INPUT];
      for (let v = 0; v < n - 2; v++) ops.push(CANONICAL_OPS[Math.floor(code / 3 ** v) % 3]);
      ops.push(OUTPUT);
      hashes.add(cellHash({ matrix, ops }));
    }
  }
  return hashes.size;
}

describe('enumerateCells', () => {
  const cells = enumerateCells();
  const byVertices = new Map<number, number>();
  for (const s of cells.structures) byVertices.set(packedVertices(s), (byVertices.get(packedVertices(s)) ?? 0) + 1);

  it('finds the 423,624 cells of NAS-Bench-101', () => {
    // NAS-Bench-101 paper / release: 423,624 unique cells.
    expect(cells.structures.length).toBe(423_624);
  });

  it('agrees with the published hash-based enumeration for 2 to 5 vertices', () => {
    for (let n = 2; n <= 5; n++) expect(byVertices.get(n), `${n} vertices`).toBe(publishedCount(n));
  });

  it("picks NAS-Bench-101's own representative of each class: every fixture matrix comes out as is", () => {
    // The benchmark stores, per hash, the first matrix and labelling met by generate_graphs.py; the 200 fixture
    // cells are such stored matrices, so each must be its own canonical form, and be in the enumeration.
    const index = new Set<number>();
    cells.structures.forEach((s, i) => index.add(s * 1024 + cells.ops[i]));
    for (const v of HASH_VECTORS) {
      const { structure, ops } = canonicalPacked(v);
      expect(unpackCell(structure, ops), v.hash).toEqual({ matrix: v.matrix, ops: v.ops });
      expect(index.has(structure * 1024 + ops), v.hash).toBe(true);
    }
  });

  it('gives the same canonical form under random renumberings that keep the matrix upper-triangular (seeded)', () => {
    const random = derivedRandom(5, 'canonical-permutation');
    let checked = 0;
    let renumbered = 0;
    for (const v of HASH_VECTORS) {
      const n = v.matrix.length;
      const expected = canonicalPacked(v);
      for (let trial = 0; trial < 10; trial++) {
        // A random topological order of the hidden vertices (Kahn's algorithm, random pick among the ready).
        const placed = new Set<number>([0]);
        const p = new Array<number>(n).fill(0);
        p[n - 1] = n - 1;
        for (let position = 1; position < n - 1; position++) {
          const ready = [...Array(n - 2)].map((_, k) => k + 1).filter((w) => !placed.has(w) && v.matrix.every((row, u) => !row[w] || placed.has(u)));
          const w = ready[randomInt(random, ready.length)];
          placed.add(w);
          p[w] = position;
        }
        if (p.some((x, i) => x !== i)) renumbered++;
        const matrix = [...Array(n)].map(() => new Array<number>(n).fill(0));
        v.matrix.forEach((row, i) => row.forEach((x, j) => x && (matrix[p[i]][p[j]] = 1)));
        const ops = [...v.ops];
        v.ops.forEach((op, i) => (ops[p[i]] = op));
        expect(canonicalPacked({ matrix, ops })).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBe(2000);
    expect(renumbered).toBeGreaterThan(500); // many trials are not the identity
  });
});
