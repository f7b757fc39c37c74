/**
 * A cell packed into two small integers, for tables of all 423,624 cells:
 * `structure` = vertices << 21 | edge bits, the edge (i, j), i < j, at bit PAIR_BIT[i][j] = j(j-1)/2 + i, the
 * encoding of nasbench `generate_graphs.py` (`gen_is_edge_fn`), the same for every number of vertices;
 * `ops` = 2 bits per hidden vertex v (bits 2(v-1), 2(v-1)+1): its index in CANONICAL_OPS.
 */
import { CANONICAL_OPS, INPUT, MAX_VERTICES, OUTPUT, type Cell, type Op } from './cell.js';

export const PAIR_BIT: readonly (readonly number[])[] = [...Array(MAX_VERTICES)].map((_, i) =>
  [...Array(MAX_VERTICES)].map((_, j) => (i < j ? (j * (j - 1)) / 2 + i : -1)),
);

const VERTEX_SHIFT = 21;
const EDGE_BITS = (1 << VERTEX_SHIFT) - 1;

export const packedVertices = (structure: number): number => structure >>> VERTEX_SHIFT;
export const packedEdges = (structure: number): number => structure & EDGE_BITS;

export function packStructure(vertices: number, edges: number): number {
  return ((vertices << VERTEX_SHIFT) | edges) >>> 0;
}

/** Packs a cell of 2..7 vertices, input first, output last, canonical hidden ops; throws on anything else. */
export function packCell(cell: Cell): { structure: number; ops: number } {
  const n = cell.matrix.length;
  if (n < 2 || n > MAX_VERTICES || cell.ops.length !== n) throw new Error(`cell has ${n} vertices and ${cell.ops.length} ops, expected 2..${MAX_VERTICES} of each`);
  if (cell.ops[0] !== INPUT || cell.ops[n - 1] !== OUTPUT) throw new Error('cell must start with input and end with output');
  let edges = 0;
  for (let i = 0; i < n; i++) {
    if (cell.matrix[i]?.length !== n) throw new Error(`adjacency row ${i} is not of length ${n}`);
    for (let j = i + 1; j < n; j++) if (cell.matrix[i][j]) edges |= 1 << PAIR_BIT[i][j];
  }
  let ops = 0;
  for (let v = 1; v < n - 1; v++) {
    const code = (CANONICAL_OPS as readonly string[]).indexOf(cell.ops[v]);
    if (code < 0) throw new Error(`unknown op ${JSON.stringify(cell.ops[v])} at vertex ${v}`);
    ops |= code << (2 * (v - 1));
  }
  return { structure: packStructure(n, edges), ops };
}

export function unpackCell(structure: number, ops: number): Cell {
  const n = packedVertices(structure);
  const edges = packedEdges(structure);
  const matrix = [...Array(n)].map((_, i) => [...Array(n)].map((_, j) => (j > i && (edges >>> PAIR_BIT[i][j]) & 1 ? 1 : 0)));
  const labels: Op[] = [INPUT];
  for (let v = 1; v < n - 1; v++) labels.push(CANONICAL_OPS[(ops >>> (2 * (v - 1))) & 3]);
  labels.push(OUTPUT);
  return { matrix, ops: labels };
}

/** Non-input vertices feeding the output, and the input->output edge, read from the packed structure. */
export function packedFeatures(structure: number): { outputs: number; residual: boolean } {
  const n = packedVertices(structure);
  const edges = packedEdges(structure);
  let outputs = 0;
  for (let v = 1; v < n - 1; v++) outputs += (edges >>> PAIR_BIT[v][n - 1]) & 1;
  return { outputs, residual: ((edges >>> PAIR_BIT[0][n - 1]) & 1) === 1 };
}
