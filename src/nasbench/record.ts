/**
 * One NAS-Bench-101 TFRecord record: the JSON array `[module_hash, epochs, raw_adjacency_bits, "op,op,...",
 * base64(ModelMetrics)]` (as read by nasbench/api.py). Decoding validates everything except the hash, which the
 * importer checks once per distinct cell (hash-check.ts); later records of a cell need only the same text.
 */
import type { Cell } from '../space/cell.js';
import { pruneCell } from '../space/prune.js';
import { limitsError, validateCell } from '../space/spec.js';
import { decodeModelMetrics, encodeModelMetrics, type ModelMetrics } from './model-metrics.js';

export interface NasBenchRecord {
  readonly hash: string;
  readonly epochs: number;
  /** The cell as stored (NAS-Bench-101 stores the pruned module). */
  readonly cell: Cell;
  readonly metrics: ModelMetrics;
}

/** A decoded record with its cell still as text: the importer builds the cell only the first time a hash appears. */
export interface RawRecord {
  readonly hash: string;
  readonly epochs: number;
  /** Row-major adjacency bits, e.g. "0110...". */
  readonly adjacency: string;
  /** Comma-separated op labels. */
  readonly operations: string;
  readonly metrics: ModelMetrics;
}

const HASH = /^[0-9a-f]{32}$/;
const BITS = /^[01]*$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode a record's bytes; throws a message without the place (the caller knows the file and index). */
export function decodeRecord(data: Uint8Array): RawRecord {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch (error) {
    throw new Error(`invalid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value) || value.length !== 5) throw new Error('expected a JSON array of 5 elements');
  const [hash, epochs, adjacency, operations, metrics] = value as unknown[];
  if (typeof hash !== 'string' || !HASH.test(hash)) throw new Error(`module hash ${JSON.stringify(hash)} is not 32 hex digits`);
  if (typeof epochs !== 'number' || !Number.isInteger(epochs) || epochs <= 0) throw new Error(`epochs ${JSON.stringify(epochs)} is not a positive integer`);
  if (typeof adjacency !== 'string' || !BITS.test(adjacency)) throw new Error(`adjacency ${JSON.stringify(adjacency)} is not a bit string`);
  if (typeof operations !== 'string') throw new Error('operations are not a string');
  if (typeof metrics !== 'string') throw new Error('metrics are not a base64 string');
  let decoded: ModelMetrics;
  try {
    decoded = decodeModelMetrics(Buffer.from(metrics, 'base64'));
  } catch (error) {
    throw new Error(`ModelMetrics protobuf: ${(error as Error).message}`);
  }
  return { hash, epochs, adjacency, operations, metrics: decoded };
}

/** The record's cell as stored, validated (square 0/1 upper-triangular matrix, known ops). */
export function recordCell(record: RawRecord): Cell {
  const bits = record.adjacency;
  const n = Math.round(Math.sqrt(bits.length));
  if (n * n !== bits.length) throw new Error(`adjacency has ${bits.length} bits, not a square number`);
  const matrix: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row = new Array<number>(n);
    for (let c = 0; c < n; c++) row[c] = bits.charCodeAt(r * n + c) - 48;
    matrix.push(row);
  }
  const checked = validateCell({ matrix, ops: record.operations.split(',') });
  if (!checked.ok) throw new Error(checked.error);
  return checked.cell;
}

/** The pruned cell, within NAS-Bench-101's limits; its hash is checked by the caller (hash-check.ts). */
export function prunedCell(cell: Cell): Cell {
  const pruned = pruneCell(cell);
  if (!pruned) throw new Error('cell has no input->output path');
  const limits = limitsError(pruned);
  if (limits) throw new Error(limits);
  return pruned;
}

/** Encode a record in the official layout (Python json.dumps: ", " separators; every field is plain ASCII). */
export function encodeRecord(record: NasBenchRecord): Uint8Array {
  const bits = record.cell.matrix.map((row) => row.join('')).join('');
  const metrics = Buffer.from(encodeModelMetrics(record.metrics)).toString('base64');
  return Buffer.from(`["${record.hash}", ${record.epochs}, "${bits}", "${record.cell.ops.join(',')}", "${metrics}"]`, 'utf8');
}
