import { CACHE_VERSION } from '../../src/nasbench/cache.js';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORS_FILE, loadAuthorsEvaluations } from '../../src/authors/evaluations.js';
import { loadSubsetGroundTruth, subsetColumns } from '../../src/nasbench/subset.js';
import { NasBenchTable } from '../../src/nasbench/table.js';
import { cellHash } from '../../src/space/hash.js';
import { derivedRandom, randomInt } from '../../src/random.js';
import { tempDir } from './official-file.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nasbench101/record_vectors.json', import.meta.url), 'utf8'));

describe('subset ground truth (the authors\' evaluated cells)', () => {
  const rows = loadAuthorsEvaluations();
  const table = new NasBenchTable(subsetColumns(rows, 'authors'));

  it('has the 151,644 distinct cells with three runs each', () => {
    // 151,644: the distinct cells of the authors' 210,000 evaluations (issue 3; data/ws-eval-results README).
    expect(table.kind).toBe('subset');
    expect(table.size).toBe(151_644);
    for (let i = 0; i < table.size; i += 997) expect(table.runs(i)).toBe(3);
  });

  it('holds each row of the authors\' data under its official hash', () => {
    const random = derivedRandom(1, 'subset-test');
    for (let k = 0; k < 300; k++) {
      const row = rows[randomInt(random, rows.length)];
      const i = table.indexOf(cellHash(row.cell));
      expect(table.cell(i)).toEqual(row.cell);
      expect(table.trainableParameters(i)).toBe(row.trainableParameters);
      for (let run = 0; run < 3; run++) {
        expect(table.validationAccuracy(i, run)).toBe(row.validationAccuracy[run]);
        expect(table.testAccuracy(i, run)).toBe(row.testAccuracy[run]);
        expect(table.trainingTime(i, run)).toBe(row.trainingTime[run]);
      }
    }
  });

  it('agrees with NAS-Bench-101 on record 00005c14', () => {
    const v = vectors.record_00005c14;
    const i = table.indexOf(v.hash);
    // record_vectors.json (gathered from NAS-Bench-101 copies independent of the authors' data).
    expect(table.trainableParameters(i)).toBe(8555530);
    expect(table.meanTestAccuracy(i)).toBe(0.9206063151359558);
    expect(table.meanValidationAccuracy(i)).toBe(0.9264155824979147);
  });
});

describe('subset disk cache', () => {
  // A small authors' file: the header and the first 3,000 rows of the real one.
  const dir = tempDir('subset-cache');
  const small = join(dir, 'small.csv.gz');
  const lines = gunzipSync(readFileSync(DEFAULT_AUTHORS_FILE)).toString('utf8').split('\n');
  writeFileSync(small, gzipSync(`${lines.slice(0, 3001).join('\n')}\n`));
  const fresh = join(dir, 'fresh');
  const built = loadSubsetGroundTruth(small, fresh);
  const [cacheFile] = readdirSync(fresh);

  const same = (a: NasBenchTable, b: NasBenchTable) => {
    expect(a.size).toBe(b.size);
    expect(a.source).toBe(b.source);
    for (let i = 0; i < a.size; i += 7) {
      expect(a.hash(i)).toBe(b.hash(i));
      expect(a.cell(i)).toEqual(b.cell(i));
      expect(a.meanTestAccuracy(i)).toBe(b.meanTestAccuracy(i));
      expect(a.metric(i, 108, 2, 0, 'train_accuracy')).toBeNaN(); // not in the authors' data
    }
  };

  it('is written on first use, named after the file\'s sha256, and read back equal', () => {
    expect(built.source).toMatch(/^authors' evaluations .*small\.csv\.gz sha256:[0-9a-f]{64}$/);
    expect(cacheFile).toMatch(new RegExp(`^subset-v${CACHE_VERSION}-[0-9a-f]{16}\\.bin$`));
    const copy = join(dir, 'copy');
    mkdirSync(copy);
    copyFileSync(join(fresh, cacheFile), join(copy, cacheFile));
    same(loadSubsetGroundTruth(small, copy), built);
  });

  it('is rebuilt when damaged', () => {
    const damaged = join(dir, 'damaged');
    mkdirSync(damaged);
    copyFileSync(join(fresh, cacheFile), join(damaged, cacheFile));
    truncateSync(join(damaged, cacheFile), 200);
    same(loadSubsetGroundTruth(small, damaged), built);
    expect(statSync(join(damaged, cacheFile)).size).toBe(statSync(join(fresh, cacheFile)).size);
  });
});
