/**
 * `ws-repro bench import`: stream an official NAS-Bench-101 .tfrecord (108-epoch or full file) into the cache.
 * Every record is checked (CRCs, JSON, cell, protobuf) and every distinct cell's hash recomputed; the first
 * error aborts with the file and record index, before anything is written, so an old cache stays intact.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { writeCache } from './cache.js';
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

export async function importNasBench(file: string, cachePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const totalBytes = statSync(file).size;
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
  const columns = builder.build('official', `${file} sha256:${sha256}`);
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
