/**
 * `ws-repro bench import`: stream an official NAS-Bench-101 .tfrecord (108-epoch or full file) into the cache.
 * Every record is checked (CRCs, JSON, cell, protobuf, a known epoch budget, at most 3 runs of a cell per budget,
 * no record twice) and every distinct cell's hash recomputed; the first error aborts with the file and record
 * index, before anything is written, so an old cache stays intact. The cache is written only over a ws-repro
 * cache (never over the input itself, nor over any other file). The table is "official" only when it is complete.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { FileError, onFile } from '../io/file-error.js';
import { isTableCache, writeCache } from './cache.js';
import { NASBENCH_CELLS } from '../space/cell-table.js';
import { HashChecker } from './hash-check.js';
import { decodeRecord, prunedCell, recordCell } from './record.js';
import { TableBuilder, type Evaluation } from './table-builder.js';
import { TfRecordError, readTfRecords } from './tfrecord.js';
import type { EvaluationData } from './model-metrics.js';

export interface ImportSummary {
  readonly file: string;
  readonly cachePath: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly records: number;
  readonly cells: number;
  readonly budgets: readonly number[];
  readonly seconds: number;
  /** Worker threads that recomputed the hashes (0: the main thread). */
  readonly hashWorkers: number;
}

export interface ImportOptions {
  /** Called every few thousand records with the bytes read so far. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Threads that recompute the hashes (default: one per core; 0: the calling thread). */
  readonly hashWorkers?: number;
}

/** The epoch budgets of NAS-Bench-101 (the 108-epoch file holds only the last). */
export const NASBENCH_BUDGETS: readonly number[] = [4, 12, 36, 108];
/** Runs of each cell at each budget in the official files. */
export const NASBENCH_RUNS = 3;

export async function importNasBench(file: string, cachePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const input = onFile(file, () => statSync(file));
  if (!input.isFile()) throw new FileError(file, 'not a regular file (a .tfrecord is expected)');
  checkCacheTarget(file, cachePath);
  const totalBytes = input.size;
  const runs = new RunLedger();
  const sha = createHash('sha256');
  const builder = new TableBuilder();
  let records = 0;
  const checker = new HashChecker(options.hashWorkers);
  // The cell text of each row's first record: later records of a cell must repeat it exactly.
  const cellText: string[] = [];
  try {
    for (const record of readTfRecords(file)) {
      sha.update(record.frame);
      try {
        const decoded = decodeRecord(record.data);
        const text = `${decoded.adjacency}|${decoded.operations}`;
        let row = builder.rowOf(decoded.hash);
        if (row < 0) {
          // A new cell: its hash is recomputed (in a worker) and must be the record's key.
          const cell = prunedCell(recordCell(decoded));
          checker.add(record.index, decoded.hash, cell);
          row = builder.addCell(decoded.hash, cell, decoded.metrics.trainableParameters);
          cellText.push(text);
        } else if (cellText[row] !== text) {
          throw new Error(`hash ${decoded.hash}: cell ${JSON.stringify(text)} differs from an earlier record's ${JSON.stringify(cellText[row])}`);
        }
        const evaluations = decoded.metrics.evaluationData;
        if (evaluations.length === 0) throw new Error('ModelMetrics has no evaluation_data');
        runs.add(decoded.hash, row, decoded.epochs, record.frame, evaluations[evaluations.length - 1].trainingTime);
        builder.addRun(row, decoded.metrics.trainableParameters, decoded.epochs, evaluations.map(evaluationValues));
      } catch (error) {
        throw new TfRecordError(file, record.index, (error as Error).message);
      }
      records++;
      if (options.onProgress && records % 4096 === 0) options.onProgress(record.offset, totalBytes);
    }
  } catch (error) {
    await checker.stop();
    throw error;
  }
  const mismatch = await checker.finish();
  if (mismatch) {
    throw new TfRecordError(file, mismatch.index, `hash mismatch: key ${mismatch.expected}, cell hashes to ${mismatch.actual}`);
  }
  if (records === 0) throw new TfRecordError(file, 0, 'no records: not a NAS-Bench-101 .tfrecord file');
  const sha256 = sha.digest('hex');
  const columns = builder.build(runs.complete(builder.size) ? 'official' : 'partial', `${file} sha256:${sha256}`);
  writeCache(cachePath, columns);
  options.onProgress?.(totalBytes, totalBytes);
  return {
    file,
    cachePath,
    sha256,
    bytes: totalBytes,
    records,
    cells: columns.size,
    budgets: columns.budgets,
    seconds: (performance.now() - started) / 1000,
    hashWorkers: checker.workers,
  };
}

/** One evaluation as the table's FIELDS, in order. */
function evaluationValues(e: EvaluationData): Evaluation {
  return [e.currentEpoch, e.trainingTime, e.trainAccuracy, e.validationAccuracy, e.testAccuracy];
}

/** The cache may replace only a ws-repro table cache, never the input itself nor any other file. */
function checkCacheTarget(file: string, cachePath: string): void {
  if (!existsSync(cachePath)) return;
  const target = onFile(cachePath, () => statSync(cachePath));
  const input = statSync(file);
  if (target.dev === input.dev && target.ino === input.ino) throw new FileError(cachePath, 'is the input file itself: refusing to overwrite it');
  if (target.isDirectory()) throw new FileError(cachePath, 'is a directory, not a cache file (EISDIR)');
  if (!isTableCache(cachePath)) throw new FileError(cachePath, 'exists and is not a ws-repro table cache: refusing to overwrite it');
}

/**
 * Runs per cell and budget, so that a file holding a cell's run twice (a file concatenated to itself) or more runs
 * than NAS-Bench-101 made is refused. A run is fingerprinted by its record's CRC-32C and final training time.
 */
class RunLedger {
  private readonly counts = new Map<number, Uint8Array>();
  /** Per run: the record data's CRC-32C and the float32 bits of its final training time. */
  private readonly prints = new Map<number, Uint32Array>();

  add(hash: string, row: number, epochs: number, frame: Uint8Array, trainingTime: number): void {
    if (!NASBENCH_BUDGETS.includes(epochs)) throw new Error(`unknown epoch budget ${epochs} (NAS-Bench-101 has ${NASBENCH_BUDGETS.join(', ')})`);
    let counts = this.counts.get(epochs);
    let prints = this.prints.get(epochs);
    if (!counts || !prints || row >= counts.length) {
      const size = Math.max(1024, 2 * (row + 1));
      counts = grown(counts, new Uint8Array(size));
      prints = grown(prints, new Uint32Array(size * NASBENCH_RUNS * 2));
      this.counts.set(epochs, counts);
      this.prints.set(epochs, prints);
    }
    const seen = counts[row];
    // The data CRC is the frame's last 4 bytes; with the training time it tells runs apart (they differ in timing).
    const crc = new DataView(frame.buffer, frame.byteOffset + frame.byteLength - 4, 4).getUint32(0, true);
    FLOAT[0] = trainingTime;
    const time = FLOAT_BITS[0];
    for (let run = 0; run < seen; run++) {
      const at = 2 * (row * NASBENCH_RUNS + run);
      if (prints[at] === crc && prints[at + 1] === time) throw new Error(`repeats an earlier record of cell ${hash} at ${epochs} epochs`);
    }
    if (seen === NASBENCH_RUNS) throw new Error(`cell ${hash} has more than ${NASBENCH_RUNS} runs at ${epochs} epochs`);
    prints[2 * (row * NASBENCH_RUNS + seen)] = crc;
    prints[2 * (row * NASBENCH_RUNS + seen) + 1] = time;
    counts[row] = seen + 1;
  }

  /** All NAS-Bench-101 cells, 3 runs of each at 108 epochs, and either no other budget or all of them, complete. */
  complete(cells: number): boolean {
    if (cells !== NASBENCH_CELLS) return false;
    const budgets = [...this.counts.keys()].sort((a, b) => a - b);
    if (budgets.join() !== '108' && budgets.join() !== NASBENCH_BUDGETS.join()) return false;
    return budgets.every((epochs) => this.counts.get(epochs)!.subarray(0, cells).every((n) => n === NASBENCH_RUNS));
  }
}

const FLOAT = new Float32Array(1);
const FLOAT_BITS = new Uint32Array(FLOAT.buffer);

function grown<T extends Uint8Array | Uint32Array>(old: T | undefined, bigger: T): T {
  if (old) bigger.set(old);
  return bigger;
}
