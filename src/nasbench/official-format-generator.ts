/**
 * A seeded generator of files in the official NAS-Bench-101 format (TFRecord of JSON records with a base64
 * ModelMetrics), for tests and benchmarks: real cells with their real hashes and parameter counts, and
 * plausible, float32-valued metrics (as in the official file). Not NAS-Bench-101's numbers.
 */
import { INPUT, OUTPUT, CANONICAL_OPS, MAX_VERTICES, type Cell, type Op } from '../space/cell.js';
import { cellHash } from '../space/hash.js';
import { trainableParameters } from '../space/parameters.js';
import { pruneCell } from '../space/prune.js';
import { limitsError } from '../space/spec.js';
import { derivedRandom, randomInt, type Random } from '../random.js';
import type { EvaluationData, ModelMetrics } from './model-metrics.js';
import { encodeRecord } from './record.js';
import { TfRecordWriter } from './tfrecord.js';

export interface HashedCell {
  readonly hash: string;
  /** Pruned. */
  readonly cell: Cell;
}

export interface GenerateOptions {
  readonly seed: number | string;
  /** Epoch budgets, each with `runs` records per cell (the official full file: 4, 12, 36, 108). */
  readonly budgets?: readonly number[];
  readonly runs?: number;
}

export interface GenerateSummary {
  readonly file: string;
  readonly cells: number;
  readonly records: number;
}

/** Write `cells` x budgets x runs records to `file`, cell by cell (each cell's budgets, then its runs). */
export function generateNasBenchFile(file: string, cells: Iterable<HashedCell>, options: GenerateOptions): GenerateSummary {
  const budgets = options.budgets ?? [108];
  const runs = options.runs ?? 3;
  const random = derivedRandom(options.seed, 'nasbench-file');
  const writer = new TfRecordWriter(file);
  let count = 0;
  let records = 0;
  try {
    for (const { hash, cell } of cells) {
      const parameters = trainableParameters(cell);
      // A cell's quality, shared by its runs: larger networks do a little better, as in NAS-Bench-101.
      const quality = 0.8 + 0.12 * random() + 0.02 * Math.min(1, parameters / 2e7);
      for (const epochs of budgets) {
        for (let run = 0; run < runs; run++) {
          const metrics = runMetrics(random, quality, epochs, parameters);
          writer.write(encodeRecord({ hash, epochs, cell, metrics }));
          records++;
        }
      }
      count++;
    }
  } finally {
    writer.close();
  }
  return { file, cells: count, records };
}

/** Start, halfway and end evaluations of one plausible run. */
function runMetrics(random: Random, quality: number, epochs: number, parameters: number): ModelMetrics {
  const f = Math.fround;
  const reach = 1 - Math.exp(-epochs / 20); // fraction of the cell's quality reached after `epochs`
  const final = Math.min(0.99, quality * reach + 0.1 * (1 - reach) + 0.01 * (random() - 0.5));
  const halfway = final * (0.75 + 0.15 * random());
  const seconds = (parameters / 1e6) * 4.2 * epochs * (0.95 + 0.1 * random());
  const evaluation = (epoch: number, accuracy: number, time: number): EvaluationData => ({
    currentEpoch: epoch,
    trainingTime: f(time),
    trainAccuracy: f(Math.min(1, accuracy + 0.05 * reach)),
    validationAccuracy: f(accuracy + 0.004 * (random() - 0.5)),
    testAccuracy: f(accuracy + 0.004 * (random() - 0.5)),
    checkpointPath: '',
  });
  return {
    evaluationData: [evaluation(0, f(0.1 + 0.01 * random()), 0), evaluation(epochs / 2, halfway, seconds / 2), evaluation(epochs, final, seconds)],
    trainableParameters: parameters,
    totalTime: f(seconds * 1.1),
  };
}

/**
 * `count` distinct random cells of NAS-Bench-101's space (valid, pruned, within the limits), with their hashes.
 * For tests: drawing most of the 423,624 cells this way would take forever (use the space enumeration).
 */
export function randomCells(random: Random, count: number): HashedCell[] {
  const seen = new Set<string>();
  const out: HashedCell[] = [];
  for (let attempt = 0; out.length < count; attempt++) {
    if (attempt > 100 * count + 1000) throw new Error(`could not draw ${count} distinct cells`);
    const n = 2 + randomInt(random, MAX_VERTICES - 1);
    const matrix = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (c > r && random() < 0.4 ? 1 : 0)));
    const ops: Op[] = [INPUT, ...Array.from({ length: n - 2 }, () => CANONICAL_OPS[randomInt(random, 3)]), OUTPUT];
    const cell = pruneCell({ matrix, ops });
    if (!cell || limitsError(cell)) continue;
    const hash = cellHash(cell);
    if (seen.has(hash)) continue;
    seen.add(hash);
    out.push({ hash, cell });
  }
  return out;
}
