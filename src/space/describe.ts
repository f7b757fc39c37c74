/**
 * What `ws-repro space describe` prints for one cell: the pruned cell, its official hash, its features and
 * the trainable parameters of the 128-filter NAS-Bench-101 network; or why it is not a NAS-Bench-101 cell.
 */
import type { Matrix, Op } from './cell.js';
import { cellHash } from './hash.js';
import { trainableParameters } from './parameters.js';
import { pruneCell } from './prune.js';
import { isResidual, outputInDegree } from './spaces.js';
import { limitsError, validateCell, type CellResult } from './spec.js';

export type CellDescription =
  | {
      valid: true;
      hash: string;
      matrix: Matrix;
      ops: readonly Op[];
      outputs: number;
      residual: boolean;
      trainable_parameters: number;
    }
  | { valid: false; error: string };

/** validateCell, then prune, then the 7-vertex / 9-edge limits: the pruned NAS-Bench-101 cell or an error. */
export function nasbenchCell(raw: unknown): CellResult {
  const checked = validateCell(raw);
  if (!checked.ok) return checked;
  const pruned = pruneCell(checked.cell);
  if (pruned === null) return { ok: false, error: 'no path from input to output' };
  const error = limitsError(pruned);
  return error === null ? { ok: true, cell: pruned } : { ok: false, error };
}

export function describeCell(raw: unknown): CellDescription {
  const result = nasbenchCell(raw);
  if (!result.ok) return { valid: false, error: result.error };
  const cell = result.cell;
  return {
    valid: true,
    hash: cellHash(cell),
    matrix: cell.matrix,
    ops: cell.ops,
    outputs: outputInDegree(cell),
    residual: isResidual(cell),
    trainable_parameters: trainableParameters(cell),
  };
}
