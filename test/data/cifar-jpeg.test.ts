import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import tar from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCifarJpeg, readCifarJpegTarball } from '../../src/data/cifar-jpeg.js';

/** A 32x32 image of one colour, as a quality-100 JPEG. */
function solidJpeg(rgb: [number, number, number]): Buffer {
  const data = Buffer.alloc(32 * 32 * 4);
  for (let i = 0; i < 32 * 32; i++) data.set([...rgb, 255], i * 4);
  return jpeg.encode({ width: 32, height: 32, data }, 100).data;
}

async function tarball(entries: Record<string, Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, body] of Object.entries(entries)) pack.entry({ name }, body);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

const dir = mkdtempSync(join(tmpdir(), 'ws-cifar-jpeg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CIFAR-10 JPEG reader', () => {
  it('decodes a JPEG to RGB bytes', () => {
    const { size, rgb } = decodeCifarJpeg(solidJpeg([200, 100, 30]), 'solid.jpg');
    expect(size).toBe(32);
    expect(rgb.length).toBe(32 * 32 * 3);
    // A flat colour survives quality-100 JPEG within colour-conversion rounding (+-2).
    for (const [i, v] of [[0, 200], [1, 100], [2, 30], [3 * 1000 + 1, 100]]) expect(Math.abs(rgb[i] - v)).toBeLessThanOrEqual(2);
  });

  it('reads a tarball in the shared layout, ordered by class then file number', async () => {
    const path = join(dir, 'tiny.tar.gz');
    writeFileSync(
      path,
      await tarball({
        'cifar10_jpg/train/dog/0000.jpg': solidJpeg([0, 0, 250]),
        'cifar10_jpg/train/cat/0001.jpg': solidJpeg([0, 250, 0]),
        'cifar10_jpg/train/cat/0000.jpg': solidJpeg([250, 0, 0]),
        'cifar10_jpg/test/ship/0000.jpg': solidJpeg([250, 250, 250]),
        'cifar10_jpg/README.txt': Buffer.from('not an image'),
      }),
    );
    const { train, test } = await readCifarJpegTarball(path);
    // CIFAR-10 label order: cat = 3, dog = 5, ship = 8
    expect(Array.from(train.labels)).toEqual([3, 3, 5]);
    expect(Array.from(test.labels)).toEqual([8]);
    // cat/0000 (red) comes before cat/0001 (green): first pixel's red channel
    expect(train.pixels[0]).toBeGreaterThan(240);
    expect(train.pixels[32 * 32 * 3]).toBeLessThan(10);
  });

  it('names the file when a class or an image is bad', async () => {
    const path = join(dir, 'bad.tar.gz');
    writeFileSync(path, await tarball({ 'x/train/unicorn/0000.jpg': solidJpeg([1, 2, 3]) }));
    await expect(readCifarJpegTarball(path)).rejects.toThrow(/bad\.tar\.gz: x\/train\/unicorn\/0000\.jpg: unknown CIFAR-10 class 'unicorn'/);
    writeFileSync(path, await tarball({ 'x/train/cat/0000.jpg': Buffer.from('garbage') }));
    await expect(readCifarJpegTarball(path)).rejects.toThrow(/x\/train\/cat\/0000\.jpg: not a decodable JPEG/);
  });
});
