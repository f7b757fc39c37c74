/**
 * The full-space run-0 table: its encoding round-trips on a small enumeration, a damaged or replaced file is
 * refused, and (slow, WS_REPRO_SLOW=1) the embedded file loads against the whole enumeration, with the seven space
 * sizes of the enumeration and every value equal to the shared listing's.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CellTable, loadCellTable, spaceSizes } from '../../src/space/cell-table.js';
import { FullSpaceRun0, encodeRun0Listing, loadFullSpaceRun0, readRun0Values } from '../../src/nasbench/full-space-run0.js';
import { spaceBests } from '../../src/nasbench/space-bests.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-repro-run0-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 40 cells of the enumeration (cells 1000..1039; hashing them is instant), no cache files.
const full = loadCellTable({ cacheDir: dir });
const small = new CellTable(full.structures.slice(1000, 1040), full.ops.slice(1000, 1040), null);

function listing(values: (k: number) => string): string {
  const { sorted } = small.hashIndex();
  return ['module_hash\ttest_accuracy_run0', ...[...sorted].map((cell, k) => `${small.hash(cell)}\t${values(k)}`)].join('\n') + '\n';
}

describe('full-space run-0 table', () => {
  it('round-trips: rows in ascending hash order, float32 values exact, metrics it lacks are NaN', () => {
    // Float32 accuracies printed with 8 decimals, as the shared listing prints them.
    const accuracy = (k: number) => Math.fround(0.5 + k / 97);
    const bytes = encodeRun0Listing(listing((k) => accuracy(k).toFixed(8)), small, 'listing');
    const file = join(dir, 'small.f64.gz');
    writeFileSync(file, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const gt = new FullSpaceRun0(small, readRun0Values(file, sha, small.size), 'small');
    expect(gt.kind).toBe('full-space-run0');
    for (let row = 0; row < gt.size; row++) {
      expect(gt.testAccuracy(row, 0)).toBe(accuracy(row));
      expect(gt.indexOf(gt.hash(row))).toBe(row);
      if (row > 0) expect(gt.hash(row) > gt.hash(row - 1)).toBe(true);
    }
    expect([gt.runs(), gt.validationAccuracy(), gt.trainingTime(), gt.meanTestAccuracy(), gt.testAccuracy(0, 1)]).toEqual([1, NaN, NaN, NaN, NaN]);
  });

  it('refuses a listing whose hashes are not the enumeration in ascending order, naming the line', () => {
    const lines = listing(() => '0.89999998').split('\n');
    [lines[3], lines[4]] = [lines[4], lines[3]];
    expect(() => encodeRun0Listing(lines.join('\n'), small, 'swapped.tsv')).toThrow(/^swapped\.tsv: line 4: hash /);
    expect(() => encodeRun0Listing(listing(() => 'x'), small, 'bad.tsv')).toThrow(/^bad\.tsv: line 2: x is not an accuracy/);
  });

  it('refuses a file whose sha256 differs, and one with the wrong count', () => {
    const file = join(dir, 'damaged.f64.gz');
    const bytes = encodeRun0Listing(listing(() => '0.89999998'), small, 'listing');
    writeFileSync(file, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(() => readRun0Values(file, sha, small.size + 1)).toThrow(/40 values, expected 41/);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(file, bytes);
    expect(() => readRun0Values(file, sha, small.size)).toThrow(/damaged\.f64\.gz: sha256 [0-9a-f]{64}, expected/);
  });

  const shared = join(import.meta.dirname, '../../../shared/data/nasbench101/test_accuracy_run0.tsv.gz');
  it.skipIf(!process.env.WS_REPRO_SLOW)('loads the embedded file against the whole enumeration (slow)', () => {
    const gt = loadFullSpaceRun0(full);
    const bests = spaceBests(gt);
    // The sizes `ws-repro space stats` enumerates (src/audit/space-sizes.ts reads the same function).
    const sizes = spaceSizes(full);
    for (const [space, { cells }] of Object.entries(bests)) expect(cells).toBe(sizes[space as keyof typeof sizes]);
    if (!existsSync(shared)) return;
    // Every value rounds to the shared listing's printed value (8 decimals, trailing zeros dropped).
    const lines = gunzipSync(readFileSync(shared)).toString('utf8').trim().split('\n').slice(1);
    expect(lines.length).toBe(gt.size);
    lines.forEach((line, row) => {
      const [hash, printed] = line.split('\t');
      if (row % 997 === 0) expect(gt.hash(row)).toBe(hash);
      expect(Number(gt.testAccuracy(row, 0).toFixed(8))).toBe(Number(printed));
    });
  }, 600_000);
});
