/**
 * The greedy local search's neighbourhood (paper 4.3) of a pruned cell: the cell itself, every cell with one
 * hidden op changed, every valid cell with one edge added or removed (after removal the cell is pruned, as
 * NAS-Bench-101 does), and every valid cell with one vertex added (a new hidden vertex with any op, one edge in
 * from a vertex u and one edge out to a later vertex v: the least that puts it on an input->output path; where it
 * sits between u and v does not change the cell up to isomorphism). Valid = NAS-Bench-101's limits on the pruned
 * cell. Neighbours outside `space` are dropped; isomorphic duplicates (same module hash) are listed once.
 * Same definition as src/search/neighbour-graph.ts, which works on table rows instead of cells.
 */
import { CANONICAL_OPS, MAX_EDGES, MAX_VERTICES, type Cell, type Matrix, type Op } from './cell.js';
import { cellHash } from './hash.js';
import { pruneCell } from './prune.js';
import { inSpace, type SpaceName } from './spaces.js';
import { limitsError, numEdges } from './spec.js';

export interface Neighbour {
  readonly cell: Cell;
  readonly hash: string;
}

const withEdge = (matrix: Matrix, u: number, v: number, value: number): number[][] =>
  matrix.map((row, i) => row.map((x, j) => (i === u && j === v ? value : x)));

/** The cell with a new vertex of op `op` right after vertex u, fed by u and feeding vertex v (old index, v > u). */
function withVertex(cell: Cell, u: number, v: number, op: Op): Cell {
  const n = cell.matrix.length;
  const old = (i: number): number => (i <= u ? i : i - 1); // new index -> old index, new vertex at u + 1
  const matrix = [...Array(n + 1)].map((_, i) =>
    [...Array(n + 1)].map((_, j) => {
      if (i === u + 1) return j === v + 1 ? 1 : 0;
      if (j === u + 1) return i === u ? 1 : 0;
      return cell.matrix[old(i)][old(j)];
    }),
  );
  return { matrix, ops: [...cell.ops.slice(0, u + 1), op, ...cell.ops.slice(u + 1)] };
}

function candidates(cell: Cell): Cell[] {
  const { matrix, ops } = cell;
  const n = matrix.length;
  const out: Cell[] = [cell];
  for (let v = 1; v < n - 1; v++) {
    for (const op of CANONICAL_OPS) if (op !== ops[v]) out.push({ matrix, ops: ops.map((o, i) => (i === v ? op : o)) });
  }
  const edges = numEdges(cell);
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (matrix[u][v]) {
        const pruned = pruneCell({ matrix: withEdge(matrix, u, v, 0), ops });
        if (pruned) out.push(pruned);
      } else if (edges < MAX_EDGES) {
        out.push({ matrix: withEdge(matrix, u, v, 1), ops });
      }
    }
  }
  if (n < MAX_VERTICES && edges + 2 <= MAX_EDGES) {
    for (let u = 0; u < n - 1; u++) for (let v = u + 1; v < n; v++) for (const op of CANONICAL_OPS) out.push(withVertex(cell, u, v, op));
  }
  return out;
}

/** Neighbours of a pruned, valid cell inside `space`, the cell itself first when it is in the space. */
export function neighbours(cell: Cell, space: SpaceName): Neighbour[] {
  const seen = new Set<string>();
  const out: Neighbour[] = [];
  for (const candidate of candidates(cell)) {
    if (limitsError(candidate) !== null || !inSpace(space, candidate)) continue;
    const hash = cellHash(candidate);
    if (seen.has(hash)) continue;
    seen.add(hash);
    out.push({ cell: candidate, hash });
  }
  return out;
}
