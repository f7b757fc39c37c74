/**
 * The official CIFAR-10 binary release (`cifar-10-batches-bin`): each record is 1 label byte followed by
 * 3,072 pixel bytes, channel-planar (1,024 red, then green, then blue, each row-major 32x32).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS, concatImages, imageBytes, type ImageSet } from './images.js';

const SIZE = 32;
const PLANE = SIZE * SIZE;
const RECORD = 1 + PLANE * CHANNELS;

export const CIFAR_TRAIN_BATCHES = [1, 2, 3, 4, 5].map((i) => `data_batch_${i}.bin`);
export const CIFAR_TEST_BATCH = 'test_batch.bin';

/** Parses one batch file's bytes; `file` names it in errors. */
export function parseCifarBinary(bytes: Uint8Array, file: string): ImageSet {
  if (bytes.length === 0 || bytes.length % RECORD !== 0) {
    throw new Error(`${file}: ${bytes.length} bytes is not a whole number of ${RECORD}-byte CIFAR-10 records`);
  }
  const count = bytes.length / RECORD;
  const pixels = new Uint8Array(count * imageBytes(SIZE));
  const labels = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    const record = n * RECORD;
    const label = bytes[record];
    if (label > 9) throw new Error(`${file}: record ${n} has label ${label}, expected 0..9`);
    labels[n] = label;
    const out = n * imageBytes(SIZE);
    for (let p = 0; p < PLANE; p++) {
      for (let c = 0; c < CHANNELS; c++) pixels[out + p * CHANNELS + c] = bytes[record + 1 + c * PLANE + p];
    }
  }
  return { count, size: SIZE, pixels, labels };
}

export function readCifarBinaryFile(path: string): ImageSet {
  return parseCifarBinary(readFileSync(path), path);
}

/**
 * Reads a `cifar-10-batches-bin` folder. NAS-Bench-101's split (nasbench/scripts/generate_cifar10_tfrecords.py):
 * train = data_batch_1..4 (40,000 images), validation = data_batch_5 (10,000), test = test_batch.
 */
export function readCifarBinaryDir(dir: string): { train: ImageSet; validation: ImageSet; test: ImageSet } {
  const batches = CIFAR_TRAIN_BATCHES.map((f) => readCifarBinaryFile(join(dir, f)));
  return {
    train: concatImages(batches.slice(0, 4)),
    validation: batches[4],
    test: readCifarBinaryFile(join(dir, CIFAR_TEST_BATCH)),
  };
}
