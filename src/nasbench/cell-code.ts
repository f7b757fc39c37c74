/**
 * A pruned cell packed into two small integers, so the table stores 423,624 cells as typed arrays:
 * `shape` = vertex count (3 bits) + 5 hidden ops (2 bits each, index into CANONICAL_OPS), `edges` = the
 * upper triangle of the adjacency matrix, row-major (21 bits for 7 vertices).
 */
import { CANONICAL_OPS, INPUT, MAX_VERTICES, OUTPUT, type Cell, type Op } from '../space/cell.js';

export interface PackedCell {
  readonly shape: number;
  readonly edges: number;
}

/** Pack a cell whose first op is input, last output, hidden ops canonical; throws on anything else. */
export function packCell(cell: Cell): PackedCell {
  const n = cell.ops.length;
  if (n < 2 || n > MAX_VERTICES) throw new Error(`cell has ${n} vertices, expected 2..${MAX_VERTICES}`);
  if (cell.ops[0] !== INPUT || cell.ops[n - 1] !== OUTPUT) throw new Error('cell must start with input and end with output');
  let shape = n;
  for (let v = 1; v < n - 1; v++) {
    const code = (CANONICAL_OPS as readonly string[]).indexOf(cell.ops[v]);
    if (code < 0) throw new Error(`unknown op ${JSON.stringify(cell.ops[v])} at vertex ${v}`);
    shape |= code << (3 + 2 * (v - 1));
  }
  let edges = 0;
  let bit = 0;
  for (let r = 0; r < n; r++) {
    if (cell.matrix[r]?.length !== n) throw new Error(`adjacency row ${r} is not of length ${n}`);
    for (let c = r + 1; c < n; c++, bit++) if (cell.matrix[r][c]) edges |= 1 << bit;
  }
  return { shape, edges };
}

export function unpackCell(shape: number, edges: number): Cell {
  const n = shape & 7;
  const ops: Op[] = [INPUT];
  for (let v = 1; v < n - 1; v++) ops.push(CANONICAL_OPS[(shape >>> (3 + 2 * (v - 1))) & 3]);
  ops.push(OUTPUT);
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let bit = 0;
  for (let r = 0; r < n; r++) for (let c = r + 1; c < n; c++, bit++) matrix[r][c] = (edges >>> bit) & 1;
  return { matrix, ops };
}
