/**
 * A set of labelled square RGB images held as bytes: pixels NHWC (image, row, column, channel), one label per image.
 * Plain data shared by the readers, the cache, the split, down-sampling and the batch iterator.
 */
export const CIFAR10_CLASSES = [
  'airplane',
  'automobile',
  'bird',
  'cat',
  'deer',
  'dog',
  'frog',
  'horse',
  'ship',
  'truck',
] as const;

export const CHANNELS = 3;

export interface ImageSet {
  readonly count: number;
  /** Height = width, in pixels. */
  readonly size: number;
  /** count * size * size * 3 bytes, NHWC. */
  readonly pixels: Uint8Array;
  /** count labels in [0, 10). */
  readonly labels: Uint8Array;
}

export function imageBytes(size: number): number {
  return size * size * CHANNELS;
}

/** The images at `indices`, in that order (copied). */
export function selectImages(set: ImageSet, indices: ArrayLike<number>): ImageSet {
  const bytes = imageBytes(set.size);
  const pixels = new Uint8Array(indices.length * bytes);
  const labels = new Uint8Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const j = indices[i];
    if (!(j >= 0 && j < set.count)) throw new RangeError(`image index ${j} outside [0, ${set.count})`);
    pixels.set(set.pixels.subarray(j * bytes, (j + 1) * bytes), i * bytes);
    labels[i] = set.labels[j];
  }
  return { count: indices.length, size: set.size, pixels, labels };
}

/** Several sets of the same image size, one after another. */
export function concatImages(sets: readonly ImageSet[]): ImageSet {
  if (sets.length === 0) throw new Error('concatImages needs at least one set');
  const size = sets[0].size;
  const mismatch = sets.find((s) => s.size !== size);
  if (mismatch) throw new Error(`cannot concatenate ${size}x${size} and ${mismatch.size}x${mismatch.size} images`);
  const count = sets.reduce((n, s) => n + s.count, 0);
  const pixels = new Uint8Array(count * imageBytes(size));
  const labels = new Uint8Array(count);
  let at = 0;
  for (const s of sets) {
    pixels.set(s.pixels, at * imageBytes(size));
    labels.set(s.labels, at);
    at += s.count;
  }
  return { count, size, pixels, labels };
}

/** Number of images of each class. */
export function classCounts(set: ImageSet): number[] {
  const counts = new Array<number>(CIFAR10_CLASSES.length).fill(0);
  for (const label of set.labels) counts[label]++;
  return counts;
}
