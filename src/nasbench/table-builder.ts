/**
 * Accumulates runs (one NAS-Bench-101 record each) in arrival order and lays them out as a NasBenchTable's
 * columns. Values stay float32 while every value is exactly a float32 (as in the official file), else float64,
 * so the table is always exact.
 */
import type { Cell } from '../space/cell.js';
import { packCell } from '../space/packed.js';
import { HASH_BYTES, hexToBytes } from './hash-index.js';
import { FIELDS, type BudgetBlock, type TableColumns } from './table.js';

/** One evaluation of one run: the FIELDS in order. */
export type Evaluation = readonly number[];

export interface RunRecord {
  readonly hash: string;
  readonly cell: Cell;
  readonly trainableParameters: number;
  readonly epochs: number;
  readonly evaluations: readonly Evaluation[];
}

class BudgetRuns {
  rows = new Int32Array(1024);
  values: Float32Array | Float64Array;
  count = 0;
  constructor(readonly evaluations: number) {
    this.values = new Float32Array(this.rows.length * evaluations * FIELDS.length);
  }

  add(row: number, evaluations: readonly Evaluation[]): void {
    const width = this.evaluations * FIELDS.length;
    if (this.count === this.rows.length) {
      this.rows = grow(this.rows, this.rows.length * 2);
      this.values = grow(this.values, this.rows.length * width);
    }
    this.rows[this.count] = row;
    let k = this.count * width;
    for (const evaluation of evaluations) {
      for (const value of evaluation) {
        if (this.values instanceof Float32Array && Math.fround(value) !== value && !Number.isNaN(value)) {
          this.values = Float64Array.from(this.values);
        }
        this.values[k++] = value;
      }
    }
    this.count++;
  }
}

type Growable = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** A copy of `array` with room for `length` elements. */
function grow<T extends Growable>(array: T, length: number): T {
  const out = new (array.constructor as new (n: number) => T)(length);
  (out as Float64Array).set(array);
  return out;
}

export class TableBuilder {
  private readonly rows = new Map<string, number>();
  private hashes = new Uint8Array(1024 * HASH_BYTES);
  private structures = new Uint32Array(1024);
  private ops = new Uint16Array(1024);
  private params = new Int32Array(1024);
  private readonly budgets = new Map<number, BudgetRuns>();

  get size(): number {
    return this.rows.size;
  }

  /** Row of a hash added so far, -1 when new. */
  rowOf(hash: string): number {
    return this.rows.get(hash.toLowerCase()) ?? -1;
  }

  /** Add one run, and its cell when new; throws (for the caller to place) when it contradicts earlier runs. */
  add(run: RunRecord): void {
    let row = this.rowOf(run.hash);
    if (row < 0) {
      row = this.addCell(run.hash, run.cell, run.trainableParameters);
    } else {
      const packed = packCell(run.cell);
      if (packed.structure !== this.structures[row] || packed.ops !== this.ops[row]) {
        throw new Error(`hash ${run.hash} was seen earlier with a different cell`);
      }
    }
    this.addRun(row, run.trainableParameters, run.epochs, run.evaluations);
  }

  /** A new cell's row. */
  addCell(hash: string, cell: Cell, trainableParameters: number): number {
    const key = hash.toLowerCase();
    if (this.rows.has(key)) throw new Error(`hash ${hash} added twice`);
    const row = this.rows.size;
    if (row === this.structures.length) {
      const n = row * 2;
      this.hashes = grow(this.hashes, n * HASH_BYTES);
      this.structures = grow(this.structures, n);
      this.ops = grow(this.ops, n);
      this.params = grow(this.params, n);
    }
    if (!hexToBytes(key, this.hashes, row * HASH_BYTES)) throw new Error(`${JSON.stringify(hash)} is not a 32-digit hex hash`);
    const packed = packCell(cell);
    this.structures[row] = packed.structure;
    this.ops[row] = packed.ops;
    this.params[row] = trainableParameters;
    this.rows.set(key, row);
    return row;
  }

  /** One run of the cell in `row`. */
  addRun(row: number, trainableParameters: number, epochs: number, evaluations: readonly Evaluation[]): void {
    if (trainableParameters !== this.params[row]) {
      throw new Error(`trainable_parameters ${trainableParameters}, earlier records of this cell ${this.params[row]}`);
    }
    for (const evaluation of evaluations) {
      if (evaluation.length !== FIELDS.length) throw new Error(`an evaluation has ${evaluation.length} fields, expected ${FIELDS.length}`);
    }
    let budget = this.budgets.get(epochs);
    if (!budget) {
      budget = new BudgetRuns(evaluations.length);
      this.budgets.set(epochs, budget);
    }
    if (evaluations.length !== budget.evaluations) {
      throw new Error(`${evaluations.length} evaluations, earlier ${epochs}-epoch runs had ${budget.evaluations}`);
    }
    budget.add(row, evaluations);
  }

  build(kind: TableColumns['kind'], source: string): TableColumns {
    const size = this.size;
    const blocks = new Map<number, BudgetBlock>();
    for (const [epochs, runs] of this.budgets) blocks.set(epochs, layOut(epochs, runs, size));
    const budgets = [...blocks.keys()].sort((a, b) => a - b);
    return {
      kind,
      source,
      size,
      hashes: this.hashes.slice(0, size * HASH_BYTES),
      structures: this.structures.slice(0, size),
      ops: this.ops.slice(0, size),
      trainableParameters: this.params.slice(0, size),
      budgets,
      loadBudget: (epochs) => blocks.get(epochs)!,
    };
  }
}

function layOut(epochs: number, runs: BudgetRuns, size: number): BudgetBlock {
  const runCount = new Uint8Array(size);
  for (let k = 0; k < runs.count; k++) {
    const row = runs.rows[k];
    if (runCount[row] === 255) throw new Error(`more than 255 runs of one cell at ${epochs} epochs`);
    runCount[row]++;
  }
  const maxRuns = runCount.reduce((a, b) => Math.max(a, b), 0);
  const width = runs.evaluations * FIELDS.length;
  const values = new (runs.values.constructor as new (n: number) => Float32Array | Float64Array)(size * maxRuns * width).fill(NaN);
  const seen = new Uint8Array(size);
  for (let k = 0; k < runs.count; k++) {
    const row = runs.rows[k];
    const target = (row * maxRuns + seen[row]++) * width;
    values.set(runs.values.subarray(k * width, (k + 1) * width), target);
  }
  return { epochs, runs: maxRuns, evaluations: runs.evaluations, runCount, values };
}
