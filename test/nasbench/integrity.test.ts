/**
 * Issue 10, "NAS-Bench-101 cache", "Import" and "Partial tables": a flipped bit in a cache is an error naming the
 * file and the section, never a wrong answer; an import never overwrites its own input or a foreign file, refuses a
 * repeated record, a fourth run and an unknown budget, names the path in file-system errors and leaves no temporary
 * file; a table short of the official file is "partial".
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCache, verifyCache } from '../../src/nasbench/cache.js';
import { importNasBench } from '../../src/nasbench/import.js';
import { loadOfficialGroundTruth } from '../../src/nasbench/load-ground-truth.js';
import { generateNasBenchFile, randomCells } from '../../src/nasbench/official-format-generator.js';
import { encodeRecord, decodeRecord } from '../../src/nasbench/record.js';
import { derivedRandom } from '../../src/random.js';
import { tempDir, writePayloads } from './official-file.js';
import { readTfRecords } from '../../src/nasbench/tfrecord.js';
import { ContainerReader } from '../../src/io/container.js';

const dir = tempDir('integrity');
const cells = randomCells(derivedRandom(5, 'integrity'), 4);
const file = generateNasBenchFile(join(dir, 'four.tfrecord'), cells, { seed: 5 }).file;
const payloads = [...readTfRecords(file)].map((r) => Uint8Array.from(r.data));
const temporaries = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

async function importedCopy(name: string): Promise<string> {
  const cache = join(dir, name);
  await importNasBench(file, cache, { hashWorkers: 0 });
  return cache;
}

/** Flip one bit of a section's first byte, found through the container's own section table. */
function flipInSection(cache: string, section: string, bit: number): void {
  const header = ContainerReader.open(cache, { format: 'ws-repro/nasbench101-table', version: 3 });
  header.close();
  const raw = readFileSync(cache);
  const length = raw.readUInt32LE(8);
  const entry = (JSON.parse(raw.toString('utf8', 44, 44 + length)) as { sections: { name: string; offset: number }[] }).sections.find((s) => s.name === section)!;
  raw[entry.offset + (bit >> 3)] ^= 1 << (bit & 7);
  writeFileSync(cache, raw);
}

describe('the table cache is checked on load', () => {
  it('a flipped bit in the values section is an error naming the file and section, not an answer', async () => {
    const cache = await importedCopy('values.cache');
    const intact = loadOfficialGroundTruth(cache).meanTestAccuracy(0);
    flipInSection(cache, 'values/108', 30); // an exponent bit of the first value
    expect(() => loadOfficialGroundTruth(cache).meanTestAccuracy(0)).toThrow(`${cache}: damaged: section values/108 does not match its sha256`);
    expect(() => verifyCache(cache)).toThrow(/section values\/108/);
    expect(Number.isFinite(intact)).toBe(true);
  });

  it('flipped edge bits are an error, not a wrong matrix', async () => {
    const cache = await importedCopy('edges.cache');
    flipInSection(cache, 'structures', 1);
    expect(() => readCache(cache)).toThrow(`${cache}: damaged: section structures does not match its sha256`);
  });

  it('an old-format cache asks for a new import', () => {
    const old = join(dir, 'old-format.cache');
    writeFileSync(old, Buffer.concat([Buffer.from('WSNB101\0', 'latin1'), Buffer.alloc(64)]));
    expect(() => readCache(old)).toThrow(`${old}: a table cache of an older format (before checksums): run \`ws-repro bench import\` again`);
  });
});

describe('import refuses what would lose data or count runs twice', () => {
  it('never overwrites its own input', async () => {
    const copy = join(dir, 'self.tfrecord');
    copyFileSync(file, copy);
    await expect(importNasBench(copy, copy)).rejects.toThrow(`${copy}: is the input file itself: refusing to overwrite it`);
    expect(readFileSync(copy).equals(readFileSync(file))).toBe(true);
  });

  it('never overwrites a file that is not a ws-repro cache', async () => {
    const foreign = join(dir, 'notes.txt');
    writeFileSync(foreign, 'my notes');
    await expect(importNasBench(file, foreign)).rejects.toThrow(`${foreign}: exists and is not a ws-repro table cache: refusing to overwrite it`);
    expect(readFileSync(foreign, 'utf8')).toBe('my notes');
  });

  it('refuses the same file concatenated twice (a repeated record)', async () => {
    const twice = join(dir, 'twice.tfrecord');
    copyFileSync(file, twice);
    appendFileSync(twice, readFileSync(file));
    await expect(importNasBench(twice, join(dir, 'twice.cache'))).rejects.toThrow(new RegExp(`${twice}: record 12: repeats an earlier record of cell ${cells[0].hash} at 108 epochs`));
  });

  it('refuses a fourth run of a cell at one budget', async () => {
    // A fourth, distinct run of cell 0: the first record with another training time.
    const record = decodeRecord(payloads[0]);
    const fourth = encodeRecord({
      hash: record.hash,
      epochs: 108,
      cell: cells[0].cell,
      metrics: { ...record.metrics, evaluationData: record.metrics.evaluationData.map((e) => ({ ...e, trainingTime: e.trainingTime + 1 })) },
    });
    const bad = writePayloads(join(dir, 'four-runs.tfrecord'), [...payloads, fourth]);
    await expect(importNasBench(bad, join(dir, 'four-runs.cache'))).rejects.toThrow(`${bad}: record 12: cell ${cells[0].hash} has more than 3 runs at 108 epochs`);
  });

  it('refuses an unknown epoch budget', async () => {
    const bad = generateNasBenchFile(join(dir, 'budget.tfrecord'), cells.slice(0, 1), { seed: 5, budgets: [50] }).file;
    await expect(importNasBench(bad, join(dir, 'budget.cache'))).rejects.toThrow(`${bad}: record 0: unknown epoch budget 50 (NAS-Bench-101 has 4, 12, 36, 108)`);
  });

  it('names the path when the input or the cache is a directory, and leaves no temporary file', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    await expect(importNasBench(folder, join(dir, 'x.cache'))).rejects.toThrow(`${folder}: not a regular file (a .tfrecord is expected)`);
    await expect(importNasBench(file, folder)).rejects.toThrow(`${folder}: is a directory, not a cache file (EISDIR)`);
    await expect(importNasBench(join(dir, 'absent.tfrecord'), join(dir, 'y.cache'))).rejects.toThrow(`${join(dir, 'absent.tfrecord')}: no such file or directory (ENOENT)`);
    expect(temporaries()).toEqual([]);
  });

  it('labels a table short of the official file "partial", and replaces a damaged cache of its own', async () => {
    const cache = await importedCopy('partial.cache');
    expect(readCache(cache).kind).toBe('partial');
    flipInSection(cache, 'hashes', 0);
    await importNasBench(file, cache, { hashWorkers: 0 });
    expect(verifyCache(cache).sections).toBe(6);
  });
});
