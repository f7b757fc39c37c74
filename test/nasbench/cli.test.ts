/** `ws-repro bench import | query | info` as a process: exit status, stdout lines, stderr messages. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateNasBenchFile, randomCells } from '../../src/nasbench/official-format-generator.js';
import { derivedRandom } from '../../src/random.js';
import { tempDir } from './official-file.js';

const entry = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const cli = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', entry, 'bench', ...args], { input, encoding: 'utf8' });

const dir = tempDir('cli');
const cells = randomCells(derivedRandom(2, 'cli'), 5);
const file = generateNasBenchFile(join(dir, 'small.tfrecord'), cells, { seed: 2 }).file;
const cache = join(dir, 'small.cache');

describe('ws-repro bench', () => {
  it('imports, then answers queries line by line (unknown cell and bad JSON give error lines), then describes the cache', () => {
    const imported = cli(['import', file, '--cache', cache]);
    expect(imported.status).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ file, cachePath: cache, records: 15, cells: 5, budgets: [108] });
    expect(summary.hashWorkers).toBeGreaterThan(0); // under tsx the hashes are checked in worker threads

    const input = [JSON.stringify({ hash: cells[1].hash }), '', 'nope', JSON.stringify({ hash: 'f'.repeat(32) }), JSON.stringify(cells[2].cell)].join('\n');
    const queried = cli(['query', '--cache', cache], input);
    const lines = queried.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4); // the blank line gives none
    expect(lines[0]).toMatchObject({ hash: cells[1].hash, ground_truth: 'partial' });
    expect(lines[0].runs).toHaveLength(3);
    expect(lines[1]).toMatchObject({ line: 3 });
    expect(lines[1].error).toMatch(/^malformed JSON/);
    expect(lines[2]).toEqual({ error: `hash ${'f'.repeat(32)} is not in the partial ground truth (5 cells)`, line: 4 });
    expect(lines[3]).toMatchObject({ hash: cells[2].hash });
    expect(queried.status).toBe(1); // a malformed line

    const info = cli(['info', '--cache', cache]);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ kind: 'partial', size: 5, budgets: [{ epochs: 108, runs: 3, evaluations: 3 }] });
  });

  it('fails an import with the file and record named, exit status 1, and the old cache intact', () => {
    const bytes = readFileSync(file);
    const bad = join(dir, 'bad.tfrecord');
    writeFileSync(bad, bytes.subarray(0, bytes.length - 1));
    const before = readFileSync(cache);
    const result = cli(['import', bad, '--cache', cache]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}: record 14: truncated`);
    expect(readFileSync(cache).equals(before)).toBe(true);
    expect(cli(['import', bad, '--cache', join(dir, 'new.cache')]).status).toBe(1);
    expect(existsSync(join(dir, 'new.cache'))).toBe(false);

    // A hash mismatch found by a worker thread: record 6 is cell 2's first run, under a key no cell has.
    const mismatch = join(dir, 'mismatch.tfrecord');
    generateNasBenchFile(mismatch, cells.map((c, k) => (k === 2 ? { ...c, hash: 'f'.repeat(32) } : c)), { seed: 2 });
    const rejected = cli(['import', mismatch, '--cache', cache]);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain(`${mismatch}: record 6: hash mismatch: key ${'f'.repeat(32)}, cell hashes to ${cells[2].hash}`);
    expect(readFileSync(cache).equals(before)).toBe(true);
  });

  it('bench info and bench verify check every byte: one flipped bit is exit 1 naming the file and section', () => {
    const copy = join(dir, 'flipped.cache');
    writeFileSync(copy, readFileSync(cache));
    const ok = cli(['verify', '--cache', copy]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ cache: copy, kind: 'partial', sha256: 'verified', sections: 6 });
    expect(JSON.parse(cli(['info', '--cache', copy]).stdout).check).toMatchObject({ sha256: 'verified', sections: 6 });
    const bytes = readFileSync(copy);
    bytes[bytes.length - 1] ^= 0x01; // the last byte of the last section (the 108-epoch values)
    writeFileSync(copy, bytes);
    for (const command of ['verify', 'info']) {
      const damaged = cli([command, '--cache', copy]);
      expect(damaged.status).toBe(1);
      expect(damaged.stderr).toBe(`ws-repro: ${copy}: damaged: section values/108 does not match its sha256\n`);
    }
  });
});
