/**
 * Pruning as NAS-Bench-101's `ModelSpec._prune`: keep only the vertices that lie on some input->output path
 * (reachable from the input and reaching the output). Without such a path the cell is invalid: null.
 */
import type { Cell } from './cell.js';

export function pruneCell(cell: Cell): Cell | null {
  const { matrix, ops } = cell;
  const n = matrix.length;
  const fromInput = new Array<boolean>(n).fill(false);
  const toOutput = new Array<boolean>(n).fill(false);
  // The matrix is upper-triangular, so one pass in index order (resp. reverse order) is a full traversal.
  fromInput[0] = true;
  for (let v = 1; v < n; v++) for (let u = 0; u < v && !fromInput[v]; u++) fromInput[v] = fromInput[u] && matrix[u][v] === 1;
  toOutput[n - 1] = true;
  for (let u = n - 2; u >= 0; u--) for (let v = u + 1; v < n && !toOutput[u]; v++) toOutput[u] = toOutput[v] && matrix[u][v] === 1;
  if (!fromInput[n - 1]) return null;
  const kept: number[] = [];
  for (let v = 0; v < n; v++) if (fromInput[v] && toOutput[v]) kept.push(v);
  if (kept.length === n) return cell;
  return { matrix: kept.map((u) => kept.map((v) => matrix[u][v])), ops: kept.map((v) => ops[v]) };
}
