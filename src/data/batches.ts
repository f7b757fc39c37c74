/**
 * Seeded mini-batches as plain arrays (NHWC float32 images, int32 labels); tensors are made in src/nn.
 * Training batches are shuffled, augmented and full (NAS-Bench-101 drops the last partial batch); evaluation
 * batches keep set order and the remainder. The shuffle is drawn first, then each image's augmentation in batch
 * order, all from the one `random`, so a given (set, options, random state) always yields the same batches.
 */
import { shuffled, type Random } from '../random.js';
import { augmentInto } from './augment.js';
import { imageBytes, type ImageSet } from './images.js';
import { NASBENCH_RGB_MEAN, NASBENCH_RGB_STD, normalizeInto } from './normalize.js';

export interface Batch {
  readonly count: number;
  readonly size: number;
  /** count * size * size * 3 normalised values, NHWC. A fresh array per batch (tfjs may keep it without copying). */
  readonly images: Float32Array;
  readonly labels: Int32Array;
}

export interface BatchOptions {
  readonly batchSize: number;
  /** Needed when shuffling or augmenting. */
  readonly random?: Random;
  /** Default false. */
  readonly shuffle?: boolean;
  /** Random crop + flip; default false. */
  readonly augment?: boolean;
  /** Zero padding for the random crop; default size / 8 (NAS-Bench-101's 4 pixels at 32x32). */
  readonly padding?: number;
  /** Drop the last partial batch; default false. */
  readonly dropRemainder?: boolean;
  readonly mean?: readonly number[];
  readonly std?: readonly number[];
}

/** Training defaults: shuffled, augmented, full batches. */
export function trainingBatches(set: ImageSet, batchSize: number, random: Random): Generator<Batch> {
  return batches(set, { batchSize, random, shuffle: true, augment: true, dropRemainder: true });
}

export function* batches(set: ImageSet, options: BatchOptions): Generator<Batch> {
  const { batchSize, random, shuffle = false, augment = false, dropRemainder = false } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size ${batchSize} is not a positive integer`);
  if ((shuffle || augment) && !random) throw new Error('batches: shuffling or augmenting needs a seeded `random`');
  const padding = options.padding ?? set.size / 8;
  const bytes = imageBytes(set.size);
  const order = shuffle && random ? shuffled(random, Array.from({ length: set.count }, (_, i) => i)) : null;
  const scratch = new Uint8Array(bytes);
  for (let start = 0; start < set.count; start += batchSize) {
    const count = Math.min(batchSize, set.count - start);
    if (count < batchSize && dropRemainder) return;
    const images = new Float32Array(count * bytes);
    const labels = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const index = order ? order[start + i] : start + i;
      let pixels = set.pixels.subarray(index * bytes, (index + 1) * bytes);
      if (augment && random) {
        augmentInto(pixels, set.size, padding, random, scratch);
        pixels = scratch;
      }
      normalizeInto(pixels, images, i * bytes, options.mean ?? NASBENCH_RGB_MEAN, options.std ?? NASBENCH_RGB_STD);
      labels[i] = set.labels[index];
    }
    yield { count, size: set.size, images, labels };
  }
}
