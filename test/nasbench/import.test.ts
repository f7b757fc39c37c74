import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGroundTruth } from '../../src/jobs/resources.js';
import { loadOfficialGroundTruth } from '../../src/nasbench/load-ground-truth.js';
import { generateNasBenchFile, randomCells } from '../../src/nasbench/official-format-generator.js';
import { importNasBench } from '../../src/nasbench/import.js';
import { answerQueryLine } from '../../src/nasbench/query.js';
import { encodeRecord, type NasBenchRecord } from '../../src/nasbench/record.js';
import { FIELDS } from '../../src/nasbench/table.js';
import { derivedRandom, shuffled } from '../../src/random.js';
import { evaluation, tempDir, writeOfficialFile, writePayloads } from './official-file.js';

const dir = tempDir('import');
const BUDGETS = [4, 12, 36, 108];
const random = derivedRandom(11, 'import-test');
const cells = randomCells(random, 40);

/** Official records of every cell, budget and 3 runs with random float32 metrics, in a shuffled order. */
const records: NasBenchRecord[] = shuffled(
  random,
  cells.flatMap(({ hash, cell }, c) =>
    BUDGETS.flatMap((epochs) =>
      [0, 1, 2].map(() => ({
        hash,
        epochs,
        cell,
        metrics: {
          evaluationData: [0, epochs / 2, epochs].map((epoch) =>
            evaluation(epoch, {
              trainingTime: Math.fround(random() * 5000),
              trainAccuracy: Math.fround(random()),
              validationAccuracy: Math.fround(random()),
              testAccuracy: Math.fround(random()),
            }),
          ),
          trainableParameters: 1_000_000 + c,
          totalTime: Math.fround(random() * 6000),
        },
      })),
    ),
  ),
);
const file = writeOfficialFile(join(dir, 'round-trip.tfrecord'), records);
const cachePath = join(dir, 'round-trip.cache');

describe('import of a file in the official format', () => {
  beforeAll(async () => {
    const summary = await importNasBench(file, cachePath);
    expect(summary).toMatchObject({ records: records.length, cells: cells.length, budgets: BUDGETS });
  });

  it('round-trips every budget, run, evaluation and field exactly', () => {
    const table = loadOfficialGroundTruth(cachePath);
    expect(table.kind).toBe('partial'); // 40 cells: not the complete official file
    expect(table.source).toBe(`${file} sha256:${sha256(readFileSync(file))}`);
    expect(table.size).toBe(cells.length);
    expect(table.budgets).toEqual(BUDGETS);
    const seen = new Map<string, number>(); // runs of (hash, epochs) so far, in file order
    for (const record of records) {
      const key = `${record.hash}/${record.epochs}`;
      const run = seen.get(key) ?? 0;
      seen.set(key, run + 1);
      const i = table.indexOf(record.hash);
      expect(table.hash(i)).toBe(record.hash);
      expect(table.cell(i)).toEqual(record.cell);
      expect(table.trainableParameters(i)).toBe(record.metrics.trainableParameters);
      expect(table.runsAt(i, record.epochs)).toBe(3);
      record.metrics.evaluationData.forEach((e, k) => {
        const expected = [e.currentEpoch, e.trainingTime, e.trainAccuracy, e.validationAccuracy, e.testAccuracy];
        FIELDS.forEach((field, f) => expect(table.metric(i, record.epochs, run, k, field)).toBe(expected[f]));
      });
      if (record.epochs === 108) {
        const final = record.metrics.evaluationData[2];
        expect(table.validationAccuracy(i, run)).toBe(final.validationAccuracy);
        expect(table.testAccuracy(i, run)).toBe(final.testAccuracy);
        expect(table.trainingTime(i, run)).toBe(final.trainingTime);
      }
    }
  });

  it('is the default ground truth once imported at the default path', () => {
    const table = defaultGroundTruth({ nasbenchCache: cachePath });
    expect(table.kind).toBe('partial');
    expect(table.size).toBe(cells.length);
  });

  it('answers queries by hash and by an unpruned, equivalent spec with the same 108-epoch runs', () => {
    const table = loadOfficialGroundTruth(cachePath);
    const { hash, cell } = cells[0];
    const byHash = answerQueryLine(table, JSON.stringify({ hash }), 1);
    const finals = records.filter((r) => r.hash === hash && r.epochs === 108).map((r) => r.metrics.evaluationData[2]);
    expect(byHash).toMatchObject({
      hash,
      runs: finals.map((e) => ({ validation_accuracy: e.validationAccuracy, test_accuracy: e.testAccuracy, training_time: e.trainingTime })),
      // Means: the plain sum of the three runs over 3.
      mean_test_accuracy: (finals[0].testAccuracy + finals[1].testAccuracy + finals[2].testAccuracy) / 3,
      ground_truth: 'partial',
    });
    // Append a vertex fed by the input that feeds nothing: pruning removes it, so the hash is the same.
    const n = cell.ops.length;
    const matrix = [...cell.matrix.map((row) => [...row.slice(0, n - 1), 0, row[n - 1]]), new Array(n + 1).fill(0)];
    matrix[0][n - 1] = 1;
    const ops = [...cell.ops.slice(0, n - 1), 'conv3x3-bn-relu', 'output'];
    if (n < 7) expect(answerQueryLine(table, JSON.stringify({ matrix, ops }), 2)).toEqual(byHash);
    expect(answerQueryLine(table, JSON.stringify({ hash: '0'.repeat(32) }), 3)).toEqual({
      error: `hash ${'0'.repeat(32)} is not in the partial ground truth (${cells.length} cells)`,
      line: 3,
    });
  });

  it('imports a generated file (3 evaluations per run, float32 values, stored as such)', async () => {
    const generated = generateNasBenchFile(join(dir, 'generated.tfrecord'), cells.slice(0, 10), { seed: 1, budgets: [12, 108] });
    expect(generated).toEqual({ file: join(dir, 'generated.tfrecord'), cells: 10, records: 60 });
    const summary = await importNasBench(generated.file, join(dir, 'generated.cache'));
    expect(summary).toMatchObject({ records: 60, cells: 10, budgets: [12, 108] });
    const table = loadOfficialGroundTruth(join(dir, 'generated.cache'));
    expect(table.budget(108).values).toBeInstanceOf(Float32Array);
    expect(table.budget(108).evaluations).toBe(3);
  });
});

describe('bad input', () => {
  const good = records.slice(0, 6);
  const payloads = good.map(encodeRecord);
  const oldCache = join(dir, 'old.cache');
  beforeAll(async () => {
    await importNasBench(writeOfficialFile(join(dir, 'old.tfrecord'), good.slice(0, 3)), oldCache);
  });

  /** Import `bad` over a copy of the old cache and into a fresh path: both must fail the same way, writing nothing. */
  const rejects = async (name: string, bad: string, message: RegExp) => {
    const target = join(dir, `${name}.cache`);
    copyFileSync(oldCache, target);
    const before = readFileSync(target);
    await expect(importNasBench(bad, target)).rejects.toThrow(message);
    expect(readFileSync(target).equals(before)).toBe(true);
    const fresh = join(dir, `${name}-fresh.cache`);
    await expect(importNasBench(bad, fresh)).rejects.toThrow(message);
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  };
  const at = (name: string, index: number) => new RegExp(`${join(dir, name).replace(/[.]/g, '\\.')}: record ${index}: `);

  it('truncated record', async () => {
    const bytes = readFileSync(writePayloads(join(dir, 'cut.tfrecord'), payloads));
    writeFileSync(join(dir, 'cut.tfrecord'), bytes.subarray(0, bytes.length - 10));
    await rejects('cut', join(dir, 'cut.tfrecord'), new RegExp(`${at('cut.tfrecord', 5).source}truncated`));
  });

  it('CRC mismatch', async () => {
    const bytes = readFileSync(writePayloads(join(dir, 'crc.tfrecord'), payloads));
    bytes[bytes.length - 30] ^= 0x10;
    writeFileSync(join(dir, 'crc.tfrecord'), bytes);
    await rejects('crc', join(dir, 'crc.tfrecord'), new RegExp(`${at('crc.tfrecord', 5).source}data CRC mismatch`));
  });

  it('invalid JSON', async () => {
    const bad = writePayloads(join(dir, 'json.tfrecord'), [...payloads.slice(0, 2), Buffer.from('["abc", 108, '), ...payloads.slice(2)]);
    await rejects('json', bad, new RegExp(`${at('json.tfrecord', 2).source}invalid JSON`));
  });

  it('unknown op', async () => {
    const text = Buffer.from(payloads[1]).toString().replace(/"input,[a-z0-9-]+/, '"input,conv5x5-bn-relu');
    const bad = writePayloads(join(dir, 'op.tfrecord'), [payloads[0], Buffer.from(text)]);
    await rejects('op', bad, new RegExp(`${at('op.tfrecord', 1).source}.*"conv5x5-bn-relu"`));
  });

  it('hash mismatch', async () => {
    const other = cells.find((c) => c.hash !== good[0].hash)!;
    const bad = writeOfficialFile(join(dir, 'hash.tfrecord'), [...good.slice(0, 4), { ...good[0], hash: other.hash === good[4].hash ? cells[39].hash : other.hash }]);
    await rejects('hash', bad, new RegExp(`${at('hash.tfrecord', 4).source}hash mismatch`));
  });

  it('a hash repeated with another cell', async () => {
    const first = good[0];
    const other = cells.find((c) => c.cell.ops.length !== first.cell.ops.length)!;
    const bad = writeOfficialFile(join(dir, 'repeat.tfrecord'), [first, { ...first, cell: other.cell }]);
    await rejects('repeat', bad, new RegExp(`${at('repeat.tfrecord', 1).source}hash ${first.hash}: cell .* differs from an earlier record's`));
  });

  it('wrong file type (the authors\' gzip CSV, an empty file)', async () => {
    const csv = join(dir, 'wrong.tfrecord');
    writeFileSync(csv, 'variant,space,supernet_seed,module_adjacency\nbaseline_no_ft,1,0,0100\n');
    await rejects('wrong', csv, new RegExp(`${at('wrong.tfrecord', 0).source}length CRC mismatch at byte 0 \\(not a TFRecord file\\?\\)`));
    const empty = join(dir, 'empty.tfrecord');
    writeFileSync(empty, '');
    await rejects('empty', empty, new RegExp(`${at('empty.tfrecord', 0).source}no records`));
  });
});

/** Independent of the importer's streaming hash: one call on the whole file. */
function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
