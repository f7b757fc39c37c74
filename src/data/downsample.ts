/**
 * Down-sampling for the small profiles: each factor x factor block of pixels becomes its rounded mean
 * (32x32 -> 16x16 with factor 2), which keeps the images' statistics, so the same normalisation applies.
 */
import { CHANNELS, imageBytes, type ImageSet } from './images.js';

export function downsampleImages(set: ImageSet, factor: number): ImageSet {
  if (!Number.isInteger(factor) || factor < 1 || set.size % factor !== 0) {
    throw new RangeError(`cannot down-sample ${set.size}x${set.size} images by a factor of ${factor}`);
  }
  if (factor === 1) return set;
  const size = set.size / factor;
  const pixels = new Uint8Array(set.count * imageBytes(size));
  const area = factor * factor;
  for (let n = 0; n < set.count; n++) {
    const src = n * imageBytes(set.size);
    const dst = n * imageBytes(size);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        for (let k = 0; k < CHANNELS; k++) {
          let sum = 0;
          for (let i = 0; i < factor; i++) {
            for (let j = 0; j < factor; j++) sum += set.pixels[src + ((r * factor + i) * set.size + c * factor + j) * CHANNELS + k];
          }
          pixels[dst + (r * size + c) * CHANNELS + k] = Math.round(sum / area);
        }
      }
    }
  }
  return { count: set.count, size, pixels, labels: set.labels };
}
