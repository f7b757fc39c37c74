import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import tar from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCifar10 } from '../../src/data/dataset.js';
import { readImageCache, writeImageCache } from '../../src/data/image-cache.js';
import { classCounts, type ImageSet } from '../../src/data/images.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-cifar-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tinyTarball(path: string): Promise<void> {
  const pack = tar.pack();
  const data = Buffer.alloc(32 * 32 * 4, 128);
  const image = jpeg.encode({ width: 32, height: 32, data }, 90).data;
  for (const part of ['train', 'test']) {
    for (const cls of ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck']) {
      for (let i = 0; i < (part === 'train' ? 5 : 1); i++) pack.entry({ name: `c/${part}/${cls}/000${i}.jpg` }, image);
    }
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  writeFileSync(path, gzipSync(Buffer.concat(chunks)));
}

describe('decoded-image cache', () => {
  const set: ImageSet = { count: 2, size: 2, pixels: Uint8Array.from({ length: 24 }, (_, i) => i), labels: Uint8Array.from([4, 2]) };

  it('round-trips, and ignores another key or a cut file', () => {
    const path = join(dir, 'cache', 'x.bin');
    writeImageCache(path, 'k1', { train: set, test: set });
    expect(readdirSync(join(dir, 'cache'))).toEqual(['x.bin']); // no temp file left behind
    const back = readImageCache(path, 'k1');
    expect(Array.from(back!.test.pixels)).toEqual(Array.from(set.pixels));
    expect(Array.from(back!.train.labels)).toEqual([4, 2]);
    expect(readImageCache(path, 'k2')).toBeNull();
    expect(readImageCache(join(dir, 'missing.bin'), 'k1')).toBeNull();
  });

  it('never serves a flipped pixel: a damaged file reads as absent (and is rewritten by the caller)', () => {
    const path = join(dir, 'cache', 'flipped.bin');
    writeImageCache(path, 'k1', { train: set, test: set });
    const bytes = readFileSync(path);
    bytes[bytes.length - 3] ^= 0x01; // the last pixels section's bytes come before its labels; any byte will do
    writeFileSync(path, bytes);
    expect(readImageCache(path, 'k1')).toBeNull();
  });
});

describe('loadCifar10', () => {
  it('decodes a JPEG tarball once, then reads the cache, and records the source', async () => {
    const path = join(dir, 'tiny.tar.gz');
    await tinyTarball(path);
    const cacheDir = join(dir, 'cifar-cache');
    const first = await loadCifar10({ jpegTarball: path, cacheDir });
    expect(first).toMatchObject({ source: 'jpeg-subset', path, fromCache: false });
    expect([first.train.count, first.validation.count, first.test.count]).toEqual([40, 10, 10]);
    expect(classCounts(first.validation)).toEqual(new Array(10).fill(1));
    const second = await loadCifar10({ jpegTarball: path, cacheDir });
    expect(second.fromCache).toBe(true);
    expect(Array.from(second.train.pixels)).toEqual(Array.from(first.train.pixels));
    const uncached = await loadCifar10({ jpegTarball: path, cacheDir: null });
    expect(uncached.fromCache).toBe(false);
    expect(existsSync(cacheDir)).toBe(true);
  });

  it('reads the embedded subset by default: 12,000 train, 3,000 validation, 3,000 test, balanced', async () => {
    const data = await loadCifar10();
    expect(data.source).toBe('jpeg-subset');
    // data/cifar10/README.md: 1,500 train and 300 test images per class; 20% of train held out
    expect([data.train.count, data.validation.count, data.test.count]).toEqual([12_000, 3_000, 3_000]);
    expect(classCounts(data.validation)).toEqual(new Array(10).fill(300));
    expect(data.train.size).toBe(32);
    // Decoding and channel order: the per-channel means of these images are near the official training-set means
    // NAS-Bench-101 normalises with (nasbench/lib/cifar.py RGB_MEAN = 125.31, 122.95, 113.87). Measured here:
    // 125.53, 122.78, 113.81 (JPEG re-encoding and the 30% sample move them by < 0.3 levels); we allow 1.
    const sums = [0, 0, 0];
    data.train.pixels.forEach((v, i) => (sums[i % 3] += v));
    const means = sums.map((s) => s / (data.train.count * 1024));
    [125.31, 122.95, 113.87].forEach((m, c) => expect(Math.abs(means[c] - m)).toBeLessThan(1));
  });
});
