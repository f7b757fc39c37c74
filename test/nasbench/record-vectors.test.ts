/**
 * The records of test/fixtures/nasbench101/record_vectors.json (NAS-Bench-101 values gathered from public
 * repositories, see its README), written in the official file format, imported, and read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/space/cell.js';
import { loadOfficialGroundTruth } from '../../src/nasbench/load-ground-truth.js';
import { importNasBench } from '../../src/nasbench/import.js';
import { answerQueryLine } from '../../src/nasbench/query.js';
import type { NasBenchRecord } from '../../src/nasbench/record.js';
import { evaluation, tempDir, writeOfficialFile } from './official-file.js';

interface VectorRun {
  halfway_training_time: number;
  halfway_train_accuracy?: number;
  halfway_validation_accuracy: number;
  halfway_test_accuracy: number;
  final_training_time: number;
  final_train_accuracy: number;
  final_validation_accuracy: number;
  final_test_accuracy: number;
}
interface Vector extends Cell {
  hash: string;
  trainable_parameters: number;
  runs: VectorRun[];
  mean_validation_accuracy: number;
  mean_test_accuracy: number;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/nasbench101/record_vectors.json', import.meta.url), 'utf8'));
const first = fixture.record_00005c14;
const inception = fixture.readme_inception_like;
const best: Record<string, Vector> = fixture.best_by_mean_test_per_budget;

const toRecords = (v: Cell & { hash: string; trainable_parameters: number }, epochs: number, runs: VectorRun[]): NasBenchRecord[] =>
  runs.map((r) => ({
    hash: v.hash,
    epochs,
    cell: { matrix: v.matrix, ops: v.ops },
    metrics: {
      // The start-of-training evaluation is not in the fixture: zeros.
      evaluationData: [
        evaluation(0),
        evaluation(epochs / 2, {
          trainingTime: r.halfway_training_time,
          trainAccuracy: r.halfway_train_accuracy ?? 0,
          validationAccuracy: r.halfway_validation_accuracy,
          testAccuracy: r.halfway_test_accuracy,
        }),
        evaluation(epochs, {
          trainingTime: r.final_training_time,
          trainAccuracy: r.final_train_accuracy,
          validationAccuracy: r.final_validation_accuracy,
          testAccuracy: r.final_test_accuracy,
        }),
      ],
      trainableParameters: v.trainable_parameters,
      totalTime: 0,
    },
  }));

const dir = tempDir('vectors');
const records = [
  ...toRecords(first, 108, first.runs_108),
  // One sampled run of the README's example, stored as NAS-Bench-101 stores it (the pruned, canonical module).
  ...toRecords({ ...inception, matrix: inception.stored_matrix, ops: inception.stored_ops }, 108, [
    {
      halfway_training_time: 0,
      halfway_validation_accuracy: 0,
      halfway_test_accuracy: 0,
      final_training_time: inception.one_sampled_run_108.training_time,
      final_train_accuracy: inception.one_sampled_run_108.train_accuracy,
      final_validation_accuracy: inception.one_sampled_run_108.validation_accuracy,
      final_test_accuracy: inception.one_sampled_run_108.test_accuracy,
    },
  ]),
  ...Object.entries(best).flatMap(([epochs, v]) => toRecords(v, Number(epochs), v.runs)),
];
const cachePath = join(dir, 'vectors.cache');
// The import recomputes each cell's official hash and checks it equals the record's key.
const summary = await importNasBench(writeOfficialFile(join(dir, 'vectors.tfrecord'), records), cachePath);
const table = loadOfficialGroundTruth(cachePath);

describe('NAS-Bench-101 record vectors through the official format', () => {
  it('imports every record and checks every hash', () => {
    expect(summary).toMatchObject({ records: 3 + 1 + 4 * 3, cells: 6, budgets: [4, 12, 36, 108] });
  });

  it('reproduces record 00005c14: three 108-epoch runs and their means', () => {
    const answer = answerQueryLine(table, JSON.stringify({ hash: first.hash }), 1);
    expect(answer).toMatchObject({
      trainable_parameters: 8555530, // record_vectors.json
      runs: first.runs_108.map((r: VectorRun) => ({
        validation_accuracy: r.final_validation_accuracy,
        test_accuracy: r.final_test_accuracy,
        training_time: r.final_training_time,
      })),
    });
    // Means as recorded in record_vectors.json (CTNAS nas_bench.json): 0.9264155824979147, 0.9206063151359558, 1768.7849527994792.
    expect(answer).toMatchObject({
      mean_validation_accuracy: first.mean_validation_accuracy_108,
      mean_test_accuracy: first.mean_test_accuracy_108,
      mean_training_time: first.mean_training_time_108,
    });
    const i = table.indexOf(first.hash);
    expect(table.metric(i, 108, 1, 1, 'validation_accuracy')).toBe(0.8291265964508057); // halfway, run 1 (record_vectors.json)
  });

  it('finds the README example by its un-canonical input spec (same hash after isomorphism)', () => {
    const answer = answerQueryLine(table, JSON.stringify({ matrix: inception.input_matrix, ops: inception.input_ops }), 1);
    // NASBench.ipynb output: hash 28cfc7874f6d200472e1a9dcd8650aa0, 2,694,282 parameters, test accuracy 0.9311898946762085.
    expect(answer).toMatchObject({
      hash: '28cfc7874f6d200472e1a9dcd8650aa0',
      trainable_parameters: 2694282,
      runs: [{ validation_accuracy: 0.9376001358032227, test_accuracy: 0.9311898946762085, training_time: 1155.85302734375 }],
    });
  });

  it('reproduces the best cells of each budget (best architecture at 108 epochs: mean test accuracy 0.943175752957662)', () => {
    for (const [epochs, v] of Object.entries(best)) {
      const i = table.indexOf(v.hash);
      expect(table.runsAt(i, Number(epochs))).toBe(3);
      const mean = (field: 'test_accuracy' | 'validation_accuracy') =>
        [0, 1, 2].reduce((sum, run) => sum + table.metric(i, Number(epochs), run, 2, field), 0) / 3;
      // Means as in record_vectors.json (carlosemv/nasbench-tests best_file.npy, from nasbench_full).
      expect(mean('test_accuracy')).toBe(v.mean_test_accuracy);
      expect(mean('validation_accuracy')).toBe(v.mean_validation_accuracy);
      v.runs.forEach((r, run) => expect(table.metric(i, Number(epochs), run, 1, 'training_time')).toBe(r.halfway_training_time));
    }
    expect(table.meanTestAccuracy(table.indexOf(best['108'].hash))).toBe(0.943175752957662);
  });
});
