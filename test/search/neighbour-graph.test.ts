import { describe, expect, it } from 'vitest';
import { type Cell } from '../../src/space/cell.js';
import { cellHash } from '../../src/space/hash.js';
import { pruneCell } from '../../src/space/prune.js';
import { limitsError } from '../../src/space/spec.js';
import { cellKey, packGraph } from '../../src/search/cell-key.js';
import { forEachNeighbourKey, neighbourGraphOf } from '../../src/search/neighbour-graph.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

/** Neighbours by the paper's definition, written plainly on matrices and compared by official hash. */
function slowNeighbourHashes(cell: Cell): Set<string> {
  const n = cell.ops.length;
  const out = new Set<string>();
  const add = (candidate: Cell) => {
    const pruned = pruneCell(candidate);
    if (pruned && !limitsError(pruned)) out.add(cellHash(pruned));
  };
  const copy = () => ({ matrix: cell.matrix.map((r) => r.slice()), ops: cell.ops.slice() });
  for (let v = 1; v < n - 1; v++) {
    for (const op of ['conv3x3-bn-relu', 'conv1x1-bn-relu', 'maxpool3x3'] as const) {
      if (op === cell.ops[v]) continue;
      const c = copy();
      c.ops[v] = op;
      add(c);
    }
  }
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      const c = copy();
      c.matrix[u][v] = 1 - c.matrix[u][v];
      add(c);
    }
  }
  // A new vertex w after u, with edges u -> w -> v.
  for (let u = 0; u < n - 1; u++) {
    for (let v = u + 1; v < n; v++) {
      for (const op of ['conv3x3-bn-relu', 'conv1x1-bn-relu', 'maxpool3x3'] as const) {
        const at = (x: number) => (x <= u ? x : x + 1);
        const matrix = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) matrix[at(a)][at(b)] = cell.matrix[a][b];
        matrix[u][u + 1] = 1;
        matrix[u + 1][at(v)] = 1;
        const ops = cell.ops.slice();
        ops.splice(u + 1, 0, op);
        add({ matrix, ops });
      }
    }
  }
  out.delete(cellHash(cell));
  return out;
}

describe('neighbour graph', () => {
  const gt = fakeGroundTruth({ maxVertices: 5 });
  const graph = neighbourGraphOf(gt);

  it('indexes every row by its key', () => {
    for (let i = 0; i < gt.size; i += 7) expect(graph.rowOf(cellKey(packGraph(gt.cell(i))))).toBe(i);
  });

  it('lists the same neighbours as a plain matrix implementation compared by official hash', () => {
    for (let i = 0; i < gt.size; i += 37) {
      const expected = [...slowNeighbourHashes(gt.cell(i))].filter((h) => gt.indexOf(h) >= 0).sort();
      const listed = [...graph.neighbours(i)].map((row) => gt.hash(row)).sort();
      expect(listed).toEqual(expected);
    }
  });

  it('generates candidates outside the table too (vertices added to 5-vertex cells)', () => {
    const five = gt.cells.findIndex((c) => c.ops.length === 5);
    let outside = 0;
    forEachNeighbourKey(packGraph(gt.cell(five)), (key) => {
      if (graph.rowOf(key) < 0) outside++;
    });
    expect(outside).toBeGreaterThan(0);
  });
});
