/**
 * `ws-repro bench import`: stream an official NAS-Bench-101 .tfrecord (108-epoch or full file) into the cache.
 * Every record is checked (CRCs, JSON, cell, protobuf) and every distinct cell's hash recomputed; the first
 * error aborts with the file and record index, before anything is written, so an old cache stays intact.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { writeCache } from './cache.js';
import { decodeRecord, verifiedCell } from './record.js';
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
}

export interface ImportOptions {
  /** Called every few thousand records with the bytes read so far. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export function importNasBench(file: string, cachePath: string, options: ImportOptions = {}): ImportSummary {
  const started = performance.now();
  const totalBytes = statSync(file).size;
  const sha = createHash('sha256');
  const builder = new TableBuilder();
  let records = 0;
  for (const record of readTfRecords(file)) {
    sha.update(record.frame);
    try {
      const decoded = decodeRecord(record.data);
      // A new cell: recompute its hash. A known one: the builder checks it is the same cell.
      const cell = builder.has(decoded.hash) ? decoded.cell : verifiedCell(decoded);
      const evaluations = decoded.metrics.evaluationData;
      if (evaluations.length === 0) throw new Error('ModelMetrics has no evaluation_data');
      builder.add({
        hash: decoded.hash,
        cell,
        trainableParameters: decoded.metrics.trainableParameters,
        epochs: decoded.epochs,
        evaluations: evaluations.map(evaluationValues),
      });
    } catch (error) {
      throw new TfRecordError(file, record.index, (error as Error).message);
    }
    records++;
    if (options.onProgress && records % 4096 === 0) options.onProgress(record.offset, totalBytes);
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
  };
}

/** One evaluation as the table's FIELDS, in order. */
function evaluationValues(e: EvaluationData): Evaluation {
  return [e.currentEpoch, e.trainingTime, e.trainAccuracy, e.validationAccuracy, e.testAccuracy];
}
