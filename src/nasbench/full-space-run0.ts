/**
 * The full-space run-0 table: one NAS-Bench-101 metric, the 108-epoch final test accuracy of the first training run,
 * for every one of the 423,624 cells (data/nasbench101/README.md gives provenance and checks). It is a ground truth
 * of its own kind, distinct from the official table and from the authors' subset: it has no validation accuracy,
 * no runs 1 and 2 and no training time, and says so (NaN) instead of inventing them.
 *
 * Stored compactly: the values as little-endian float64, gzipped, in ascending module-hash order of the project's
 * own enumeration (src/space/cell-table.ts), so no hash is stored. Every read checks the file's sha256, the value
 * count, and that the enumeration's hashes, in ascending order, have the digest the file was embedded against.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Cell } from '../space/cell.js';
import { NASBENCH_CELLS, loadCellTable, type CellTable } from '../space/cell-table.js';
import { trainableParameters } from '../space/parameters.js';
import type { GroundTruth } from './ground-truth.js';
import { sha256Hex } from '../io/sha256.js';

export const FULL_SPACE_RUN0_FILE = fileURLToPath(new URL('../../data/nasbench101/test-accuracy-run0.f64.gz', import.meta.url));

/** sha256 of the embedded file (data/nasbench101/README.md). */
export const FULL_SPACE_RUN0_SHA256 = '6decd1aff645e967abee49a9ceaedc9e152e77616358681fd810d84f91638739';

/** sha256 of the 423,624 module hashes (16 bytes each) in ascending order: the row order of the embedded values. */
export const HASH_ORDER_SHA256 = '13bb1f0fa98c75fcbc269a7f011cf12245f8c9e0e6fc3eb94add6dcbdfba09db';

/** The enumeration's hashes as 16-byte rows in ascending order, and the sha256 of that byte string. */
export function sortedHashDigest(table: CellTable): string {
  const { words, sorted } = table.hashIndex();
  const bytes = Buffer.alloc(16 * sorted.length);
  for (let k = 0; k < sorted.length; k++) for (let w = 0; w < 4; w++) bytes.writeUInt32BE(words[4 * sorted[k] + w], 16 * k + 4 * w);
  return sha256Hex(bytes);
}

/** The values of a checked file: sha256, then size. */
export function readRun0Values(file: string, sha256: string, count: number): Float64Array {
  const bytes = readFileSync(file);
  const actual = sha256Hex(bytes);
  if (actual !== sha256) throw new Error(`${file}: sha256 ${actual}, expected ${sha256} (damaged or replaced file)`);
  const raw = gunzipSync(bytes);
  if (raw.length !== 8 * count) throw new Error(`${file}: ${raw.length / 8} values, expected ${count}`);
  const values = new Float64Array(count);
  for (let k = 0; k < count; k++) values[k] = raw.readDoubleLE(8 * k);
  return values;
}

/**
 * The embedded form of a `module_hash <TAB> test_accuracy_run0` listing (the shared data's .tsv, header first):
 * checks that its hashes are exactly the enumeration's, in ascending order; stores the float32 (the benchmark's
 * accuracies are float32) nearest each printed value, widened to float64. The listing prints 8 decimals, which tell
 * float32s apart from 0.125 up (their spacing there is at least 1.5e-8); below (failed trainings near 10%), the
 * nearest float32 may be one float32 step (7.5e-9) off the benchmark's value.
 */
export function encodeRun0Listing(text: string, table: CellTable, source: string): Buffer {
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines[0] !== 'module_hash\ttest_accuracy_run0') throw new Error(`${source}: line 1: unexpected header ${JSON.stringify(lines[0])}`);
  const rows = lines.length - 1;
  if (rows !== table.size) throw new Error(`${source}: ${rows} rows, the enumeration has ${table.size} cells`);
  const { sorted } = table.hashIndex();
  const out = Buffer.alloc(8 * rows);
  for (let k = 0; k < rows; k++) {
    const [hash, printed, extra] = lines[k + 1].split('\t');
    const where = `${source}: line ${k + 2}`;
    if (extra !== undefined || printed === undefined) throw new Error(`${where}: expected two tab-separated fields`);
    if (hash !== table.hash(sorted[k])) throw new Error(`${where}: hash ${hash}, the enumeration's hash of rank ${k} is ${table.hash(sorted[k])}`);
    const value = Math.fround(Number(printed));
    if (!(value > 0 && value <= 1) || Number(value.toFixed(8)) !== Number(printed)) {
      throw new Error(`${where}: ${printed} is not an accuracy printed to 8 decimals`);
    }
    out.writeDoubleLE(value, 8 * k);
  }
  return gzipSync(out, { level: 9 });
}


export class FullSpaceRun0 implements GroundTruth {
  readonly kind = 'full-space-run0' as const;
  readonly source: string;
  readonly size: number;
  /** Cell-table index of each row (rows are in ascending hash order) and the row of each cell-table index. */
  private readonly cellOfRow: Uint32Array;
  private readonly rowOfCell: Uint32Array;

  constructor(
    private readonly table: CellTable,
    private readonly values: Float64Array,
    source: string,
  ) {
    this.cellOfRow = table.hashIndex().sorted;
    if (values.length !== this.cellOfRow.length) throw new Error(`${source}: ${values.length} values for ${this.cellOfRow.length} cells`);
    this.rowOfCell = new Uint32Array(this.cellOfRow.length);
    this.cellOfRow.forEach((cell, row) => (this.rowOfCell[cell] = row));
    this.size = values.length;
    this.source = source;
  }

  indexOf(hash: string): number {
    const cell = this.table.indexOf(hash);
    return cell < 0 ? -1 : this.rowOfCell[cell];
  }

  hash(i: number): string {
    return this.table.hash(this.cellOfRow[this.check(i)]);
  }

  cell(i: number): Cell {
    return this.table.cell(this.cellOfRow[this.check(i)]);
  }

  /** Row of a cell-table index (the enumeration's numbering). */
  rowOfCellIndex(cellIndex: number): number {
    return this.rowOfCell[cellIndex];
  }

  runs(): number {
    return 1;
  }

  /** Not in this table. */
  validationAccuracy(): number {
    return NaN;
  }

  testAccuracy(i: number, run: number): number {
    this.check(i);
    return run === 0 ? this.values[i] : NaN;
  }

  /** Not in this table. */
  trainingTime(): number {
    return NaN;
  }

  meanValidationAccuracy(): number {
    return NaN;
  }

  /** One run only: its mean over runs is unknown. */
  meanTestAccuracy(): number {
    return NaN;
  }

  /** Run-0 test accuracy of row i. */
  testAccuracyRun0(i: number): number {
    return this.values[this.check(i)];
  }

  trainableParameters(i: number): number {
    return trainableParameters(this.cell(i));
  }

  private check(i: number): number {
    if (!(Number.isInteger(i) && i >= 0 && i < this.size)) throw new Error(`${this.source}: no row ${i}`);
    return i;
  }
}

const loaded = new WeakMap<CellTable, FullSpaceRun0>();

/** The embedded table against an enumeration (default: the cached one), checked (sha256, count, hash order); once per table. */
export function loadFullSpaceRun0(table: CellTable = loadCellTable()): FullSpaceRun0 {
  let gt = loaded.get(table);
  if (gt) return gt;
  if (table.size !== NASBENCH_CELLS) throw new Error(`cell table: ${table.size} cells, expected ${NASBENCH_CELLS}`);
  const order = sortedHashDigest(table);
  if (order !== HASH_ORDER_SHA256) {
    throw new Error(`${FULL_SPACE_RUN0_FILE}: the enumeration's hash order has sha256 ${order}, the file was embedded against ${HASH_ORDER_SHA256}`);
  }
  const values = readRun0Values(FULL_SPACE_RUN0_FILE, FULL_SPACE_RUN0_SHA256, table.size);
  gt = new FullSpaceRun0(table, values, `full-space run-0 table data/nasbench101/test-accuracy-run0.f64.gz sha256:${FULL_SPACE_RUN0_SHA256}`);
  loaded.set(table, gt);
  return gt;
}
