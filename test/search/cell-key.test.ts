import { describe, expect, it } from 'vitest';
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Op } from '../../src/space/cell.js';
import { cellHash } from '../../src/space/hash.js';
import { pruneCell } from '../../src/space/prune.js';
import { limitsError } from '../../src/space/spec.js';
import { derivedRandom, randomInt, shuffled, type Random } from '../../src/random.js';
import { cellKey, packGraph } from '../../src/search/cell-key.js';
import vectors from '../fixtures/nasbench101/hash_vectors.json' with { type: 'json' };

function randomCell(random: Random, n: number, density: number): Cell | null {
  const matrix = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (c > r && random() < density ? 1 : 0)));
  const ops: Op[] = [INPUT, ...Array.from({ length: n - 2 }, () => CANONICAL_OPS[randomInt(random, 3)]), OUTPUT];
  const cell = pruneCell({ matrix, ops });
  return cell && !limitsError(cell) ? cell : null;
}

/** The same cell with its hidden vertices relabelled by a random permutation (the matrix stops being triangular). */
function permuted(random: Random, cell: Cell): Cell {
  const n = cell.ops.length;
  const perm = [0, ...shuffled(random, Array.from({ length: n - 2 }, (_, k) => k + 1)), n - 1];
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const ops = new Array<Op>(n);
  for (let u = 0; u < n; u++) {
    ops[perm[u]] = cell.ops[u];
    for (let v = 0; v < n; v++) matrix[perm[u]][perm[v]] = cell.matrix[u][v];
  }
  return { matrix, ops };
}

describe('cellKey', () => {
  it('separates the 200 official fixture cells exactly as their official hashes do', () => {
    // hash_vectors.json: official NAS-Bench-101 module hashes (all distinct).
    const keys = new Set(vectors.vectors.map((v) => cellKey(packGraph(pruneCell(v as unknown as Cell)!))));
    expect(keys.size).toBe(new Set(vectors.vectors.map((v) => v.hash)).size);
  });

  it('is unchanged under random relabellings of the hidden vertices (seeded)', () => {
    const random = derivedRandom(7, 'cell-key/permutations');
    let checked = 0;
    while (checked < 500) {
      const cell = randomCell(random, 2 + randomInt(random, 6), 0.45);
      if (!cell) continue;
      const key = cellKey(packGraph(cell));
      for (let k = 0; k < 4; k++) expect(cellKey(packGraph(permuted(random, cell)))).toBe(key);
      checked++;
    }
  });

  it('partitions random cells exactly as cellHash does (seeded, many isomorphic pairs)', () => {
    const random = derivedRandom(11, 'cell-key/partition');
    const byKey = new Map<number, string>();
    const byHash = new Map<string, number>();
    let collisions = 0;
    for (let k = 0; k < 4000; k++) {
      const cell = randomCell(random, 3 + randomInt(random, 5), 0.5);
      if (!cell) continue;
      const key = cellKey(packGraph(cell));
      const hash = cellHash(cell);
      if (byKey.has(key)) collisions++;
      // Same key <=> same hash: both maps must stay functions.
      expect(byKey.get(key) ?? hash).toBe(hash);
      expect(byHash.get(hash) ?? key).toBe(key);
      byKey.set(key, hash);
      byHash.set(hash, key);
    }
    expect(collisions).toBeGreaterThan(100);
  });
});
