import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CIFAR_TEST_BATCH, CIFAR_TRAIN_BATCHES, parseCifarBinary, readCifarBinaryDir } from '../../src/data/cifar-binary.js';

// A synthetic batch in the official layout (cs.toronto.edu/~kriz/cifar.html, "Binary version"): per record one
// label byte, then the red, green and blue 32x32 planes, row-major. Pixel value = f(record, channel, position).
const value = (n: number, c: number, p: number) => (n * 7 + c * 31 + p) % 256;
function batch(labels: number[]): Uint8Array {
  const bytes = new Uint8Array(labels.length * 3073);
  labels.forEach((label, n) => {
    bytes[n * 3073] = label;
    for (let c = 0; c < 3; c++) for (let p = 0; p < 1024; p++) bytes[n * 3073 + 1 + c * 1024 + p] = value(n, c, p);
  });
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), 'ws-cifar-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CIFAR-10 binary reader', () => {
  it('turns channel-planar records into NHWC pixels', () => {
    const set = parseCifarBinary(batch([3, 9]), 'test.bin');
    expect(set).toMatchObject({ count: 2, size: 32 });
    expect(Array.from(set.labels)).toEqual([3, 9]);
    // record 1, row 5, column 7, blue: planar position 5*32+7 = 167 of plane 2
    expect(set.pixels[(1 * 1024 + 167) * 3 + 2]).toBe(value(1, 2, 167));
    for (const [n, p, c] of [[0, 0, 0], [0, 1023, 1], [1, 500, 0]]) expect(set.pixels[(n * 1024 + p) * 3 + c]).toBe(value(n, c, p));
  });

  it('names the file and record of bad input', () => {
    expect(() => parseCifarBinary(new Uint8Array(3074), 'short.bin')).toThrow(/short\.bin: 3074 bytes is not a whole number/);
    const bad = batch([1, 2]);
    bad[3073] = 10;
    expect(() => parseCifarBinary(bad, 'labels.bin')).toThrow('labels.bin: record 1 has label 10, expected 0..9');
  });

  it('splits as NAS-Bench-101: batches 1-4 train, batch 5 validation, test apart', () => {
    CIFAR_TRAIN_BATCHES.forEach((file, i) => writeFileSync(join(dir, file), batch([i, i + 1])));
    writeFileSync(join(dir, CIFAR_TEST_BATCH), batch([7]));
    const { train, validation, test } = readCifarBinaryDir(dir);
    expect(Array.from(train.labels)).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
    expect(Array.from(validation.labels)).toEqual([4, 5]);
    expect(Array.from(test.labels)).toEqual([7]);
  });
});
