/**
 * `ws-repro bench query`: one JSON line in ({"hash"} or {"matrix", "ops"}), one JSON line out with the cell's
 * 108-epoch runs from the ground truth. A bad or unknown input gives an {"error"} line, never a crash.
 */
import { cellHash } from '../space/hash.js';
import { pruneCell } from '../space/prune.js';
import { limitsError, validateCell } from '../space/spec.js';
import type { GroundTruth, GroundTruthKind } from './ground-truth.js';

export interface QueryAnswer {
  readonly hash: string;
  readonly matrix: readonly (readonly number[])[];
  readonly ops: readonly string[];
  readonly trainable_parameters: number;
  readonly runs: readonly { validation_accuracy: number; test_accuracy: number; training_time: number }[];
  readonly mean_validation_accuracy: number;
  readonly mean_test_accuracy: number;
  readonly mean_training_time: number;
  readonly ground_truth: GroundTruthKind;
}

export type QueryResult = QueryAnswer | { readonly error: string; readonly line: number };

/** Answer one input line (1-based `line` for error messages). */
export function answerQueryLine(table: GroundTruth, text: string, line: number): QueryResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { error: `malformed JSON: ${(error as Error).message}`, line };
  }
  const row = rowOf(table, input);
  if (typeof row === 'string') return { error: row, line };
  return answer(table, row);
}

/** The row of a {hash} or {matrix, ops} query, or why there is none. */
export function rowOf(table: GroundTruth, input: unknown): number | string {
  if (typeof input === 'object' && input !== null && 'hash' in input) {
    const { hash } = input as { hash: unknown };
    if (typeof hash !== 'string') return 'hash must be a string';
    const row = table.indexOf(hash.toLowerCase());
    return row >= 0 ? row : `hash ${hash} is not in the ${table.kind} ground truth (${table.size} cells)`;
  }
  const checked = validateCell(input);
  if (!checked.ok) return checked.error;
  const pruned = pruneCell(checked.cell);
  if (!pruned) return 'cell has no input->output path';
  const limits = limitsError(pruned);
  if (limits) return limits;
  const hash = cellHash(pruned);
  const row = table.indexOf(hash);
  return row >= 0 ? row : `cell ${hash} is not in the ${table.kind} ground truth (${table.size} cells)`;
}

export function answer(table: GroundTruth, row: number): QueryAnswer {
  const cell = table.cell(row);
  const runs = Array.from({ length: table.runs(row) }, (_, run) => ({
    validation_accuracy: table.validationAccuracy(row, run),
    test_accuracy: table.testAccuracy(row, run),
    training_time: table.trainingTime(row, run),
  }));
  return {
    hash: table.hash(row),
    matrix: cell.matrix,
    ops: cell.ops,
    trainable_parameters: table.trainableParameters(row),
    runs,
    mean_validation_accuracy: table.meanValidationAccuracy(row),
    mean_test_accuracy: table.meanTestAccuracy(row),
    mean_training_time: runs.reduce((sum, r) => sum + r.training_time, 0) / runs.length,
    ground_truth: table.kind,
  };
}
