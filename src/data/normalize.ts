/**
 * Per-channel normalisation with NAS-Bench-101's constants (nasbench/lib/cifar.py: RGB_MEAN, RGB_STD, on 0-255
 * pixels, applied after augmentation, so the zero padding of the random crop becomes -mean/std).
 */
import { CHANNELS } from './images.js';

export const NASBENCH_RGB_MEAN: readonly number[] = [125.31, 122.95, 113.87];
export const NASBENCH_RGB_STD: readonly number[] = [62.99, 62.09, 66.7];

/** Writes (pixel - mean[c]) / std[c] for `pixels` (HWC bytes, any number of images) into `out` at `offset`. */
export function normalizeInto(
  pixels: Uint8Array,
  out: Float32Array,
  offset = 0,
  mean: readonly number[] = NASBENCH_RGB_MEAN,
  std: readonly number[] = NASBENCH_RGB_STD,
): void {
  const scale = std.map((s) => 1 / s);
  for (let i = 0; i < pixels.length; i++) {
    const c = i % CHANNELS;
    out[offset + i] = (pixels[i] - mean[c]) * scale[c];
  }
}
