/**
 * The in-memory NAS-Bench-101 table: one row per distinct cell, columnar typed arrays, and per epoch budget a
 * block of run metrics. Both ground truths (official cache, authors' subset) are this class over different data.
 */
import type { Cell } from '../space/cell.js';
import { unpackCell } from '../space/packed.js';
import type { GroundTruth } from './ground-truth.js';
import { HASH_BYTES, HashIndex, bytesToHex } from './hash-index.js';

/** The fields of one evaluation, as in NAS-Bench-101's EvaluationData (checkpoint_path is not kept). */
export const FIELDS = ['current_epoch', 'training_time', 'train_accuracy', 'validation_accuracy', 'test_accuracy'] as const;
export type Field = (typeof FIELDS)[number];
const F_TIME = 1;
const F_VALIDATION = 3;
const F_TEST = 4;

/** The budget the paper (and the GroundTruth view) uses. */
export const FINAL_EPOCHS = 108;

/**
 * Metrics of every cell at one epoch budget: `values[((row * runs + run) * evaluations + e) * FIELDS.length + f]`.
 * Official records hold 3 evaluations per run (start, halfway, end); the authors' subset only the end.
 * Unknown values are NaN.
 */
export interface BudgetBlock {
  readonly epochs: number;
  readonly runs: number;
  readonly evaluations: number;
  readonly runCount: Uint8Array;
  readonly values: Float32Array | Float64Array;
}

export interface TableColumns {
  readonly kind: 'official' | 'partial' | 'subset';
  readonly source: string;
  readonly size: number;
  readonly hashes: Uint8Array;
  /** Cells packed by space/packed.ts: vertex count and edges, and the hidden vertices' ops. */
  readonly structures: Uint32Array;
  readonly ops: Uint16Array;
  readonly trainableParameters: Int32Array;
  /** Budget blocks in increasing epochs; loaded on first use (a cache keeps the 108-epoch view small in memory). */
  readonly budgets: readonly number[];
  readonly loadBudget: (epochs: number) => BudgetBlock;
}

export class NasBenchTable implements GroundTruth {
  readonly kind: 'official' | 'partial' | 'subset';
  readonly source: string;
  readonly size: number;
  readonly budgets: readonly number[];
  private readonly index: HashIndex;
  private readonly blocks = new Map<number, BudgetBlock>();
  private final: BudgetBlock | undefined;

  constructor(private readonly columns: TableColumns) {
    this.kind = columns.kind;
    this.source = columns.source;
    this.size = columns.size;
    this.budgets = columns.budgets;
    this.index = new HashIndex(columns.hashes, columns.size);
  }

  indexOf(hash: string): number {
    return this.index.indexOf(hash);
  }

  hash(i: number): string {
    this.check(i);
    return bytesToHex(this.columns.hashes, i * HASH_BYTES);
  }

  cell(i: number): Cell {
    this.check(i);
    return unpackCell(this.columns.structures[i], this.columns.ops[i]);
  }

  trainableParameters(i: number): number {
    this.check(i);
    return this.columns.trainableParameters[i];
  }

  runs(i: number): number {
    this.check(i);
    return this.finalBlock().runCount[i];
  }

  validationAccuracy(i: number, run: number): number {
    return this.finalValue(i, run, F_VALIDATION);
  }

  testAccuracy(i: number, run: number): number {
    return this.finalValue(i, run, F_TEST);
  }

  trainingTime(i: number, run: number): number {
    return this.finalValue(i, run, F_TIME);
  }

  meanValidationAccuracy(i: number): number {
    return this.finalMean(i, F_VALIDATION);
  }

  meanTestAccuracy(i: number): number {
    return this.finalMean(i, F_TEST);
  }

  /** The whole block of one budget (4, 12, 36 or 108 epochs in the official full file). */
  budget(epochs: number): BudgetBlock {
    let block = this.blocks.get(epochs);
    if (!block) {
      if (!this.budgets.includes(epochs)) throw new Error(`${this.source}: no ${epochs}-epoch budget (has ${this.budgets.join(', ')})`);
      block = this.columns.loadBudget(epochs);
      this.blocks.set(epochs, block);
    }
    return block;
  }

  /** Runs of cell `i` at a budget. */
  runsAt(i: number, epochs: number): number {
    this.check(i);
    return this.budget(epochs).runCount[i];
  }

  /** One metric of one evaluation (0 = start, evaluations - 1 = end of training) of one run at a budget. */
  metric(i: number, epochs: number, run: number, evaluation: number, field: Field): number {
    this.check(i);
    const block = this.budget(epochs);
    if (!(run >= 0 && run < block.runCount[i])) throw new Error(`cell ${i} has no run ${run} at ${epochs} epochs`);
    if (!(evaluation >= 0 && evaluation < block.evaluations)) {
      throw new Error(`${epochs}-epoch runs have ${block.evaluations} evaluations, not ${evaluation}`);
    }
    const f = FIELDS.indexOf(field);
    return block.values[((i * block.runs + run) * block.evaluations + evaluation) * FIELDS.length + f];
  }

  private finalBlock(): BudgetBlock {
    this.final ??= this.budget(FINAL_EPOCHS);
    return this.final;
  }

  private finalValue(i: number, run: number, field: number): number {
    this.check(i);
    const block = this.finalBlock();
    if (!(run >= 0 && run < block.runCount[i])) throw new Error(`cell ${i} has no run ${run} at ${FINAL_EPOCHS} epochs`);
    return block.values[((i * block.runs + run) * block.evaluations + block.evaluations - 1) * FIELDS.length + field];
  }

  private finalMean(i: number, field: number): number {
    const n = this.runs(i);
    let sum = 0;
    for (let run = 0; run < n; run++) sum += this.finalValue(i, run, field);
    return sum / n;
  }

  private check(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.size)) throw new Error(`${this.source}: no row ${i} (size ${this.size})`);
  }
}
