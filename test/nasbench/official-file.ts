/** Test helpers: write records in the official NAS-Bench-101 file format, and small temp folders. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvaluationData } from '../../src/nasbench/model-metrics.js';
import { encodeRecord, type NasBenchRecord } from '../../src/nasbench/record.js';
import { TfRecordWriter } from '../../src/nasbench/tfrecord.js';

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `ws-repro-${label}-`));
}

/** Write raw record payloads (already-encoded JSON bytes) as a TFRecord file. */
export function writePayloads(file: string, payloads: readonly Uint8Array[]): string {
  const writer = new TfRecordWriter(file);
  for (const p of payloads) writer.write(p);
  writer.close();
  return file;
}

export function writeOfficialFile(file: string, records: readonly NasBenchRecord[]): string {
  return writePayloads(file, records.map(encodeRecord));
}

/** An evaluation with the given values (checkpoint_path blank, as in the official file). */
export function evaluation(currentEpoch: number, values: Partial<Omit<EvaluationData, 'currentEpoch' | 'checkpointPath'>> = {}): EvaluationData {
  return { currentEpoch, trainingTime: 0, trainAccuracy: 0, validationAccuracy: 0, testAccuracy: 0, checkpointPath: '', ...values };
}
