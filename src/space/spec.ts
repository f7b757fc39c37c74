/**
 * Validation of a raw cell spec (parsed JSON, user input) into a `Cell`, with messages that say what is wrong
 * and where, as NAS-Bench-101's ModelSpec constructor and `api.is_valid` do. The search-space limits (7 vertices,
 * 9 edges) apply to the pruned cell, as in NAS-Bench-101, so they are checked separately by `limitsError`.
 */
import { CANONICAL_OPS, INPUT, MAX_EDGES, MAX_VERTICES, OUTPUT, type Cell, type Op } from './cell.js';

export type CellResult = { ok: true; cell: Cell } | { ok: false; error: string };

const HIDDEN_OPS: readonly string[] = CANONICAL_OPS;

/** Checks shape, 0/1 entries, upper-triangularity and op labels; returns a fresh, plain `Cell`. */
export function validateCell(raw: unknown): CellResult {
  const fail = (error: string): CellResult => ({ ok: false, error });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('cell must be an object {matrix, ops}');
  const { matrix, ops } = raw as { matrix?: unknown; ops?: unknown };
  if (!Array.isArray(matrix)) return fail('matrix must be an array of rows');
  if (!Array.isArray(ops)) return fail('ops must be an array of strings');
  const n = matrix.length;
  if (n < 2) return fail(`matrix must have at least 2 vertices (input and output), got ${n}`);
  for (let i = 0; i < n; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row) || row.length !== n) return fail(`matrix must be square: row ${i} is not an array of length ${n}`);
    for (let j = 0; j < n; j++) {
      const v: unknown = row[j];
      if (v !== 0 && v !== 1) return fail(`matrix[${i}][${j}] must be 0 or 1, got ${JSON.stringify(v)}`);
      if (v === 1 && j <= i) return fail(`matrix must be strictly upper-triangular: matrix[${i}][${j}] is 1`);
    }
  }
  if (ops.length !== n) return fail(`ops has ${ops.length} labels but the matrix has ${n} vertices`);
  if (ops[0] !== INPUT) return fail(`ops[0] must be "${INPUT}", got ${JSON.stringify(ops[0])}`);
  if (ops[n - 1] !== OUTPUT) return fail(`ops[${n - 1}] must be "${OUTPUT}", got ${JSON.stringify(ops[n - 1])}`);
  for (let i = 1; i < n - 1; i++) {
    if (typeof ops[i] !== 'string' || !HIDDEN_OPS.includes(ops[i] as string)) {
      return fail(`ops[${i}] must be one of ${HIDDEN_OPS.join(', ')}, got ${JSON.stringify(ops[i])}`);
    }
  }
  return {
    ok: true,
    cell: { matrix: (matrix as number[][]).map((row) => row.slice()), ops: (ops as Op[]).slice() },
  };
}

export function numEdges(cell: Cell): number {
  let edges = 0;
  for (const row of cell.matrix) for (const v of row) edges += v;
  return edges;
}

/** NAS-Bench-101's limits on a pruned cell; null when it is inside them. */
export function limitsError(pruned: Cell): string | null {
  const n = pruned.matrix.length;
  if (n > MAX_VERTICES) return `pruned cell has ${n} vertices, more than ${MAX_VERTICES}`;
  const edges = numEdges(pruned);
  if (edges > MAX_EDGES) return `pruned cell has ${edges} edges, more than ${MAX_EDGES}`;
  return null;
}
