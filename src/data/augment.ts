/**
 * NAS-Bench-101's training augmentation (nasbench/lib/cifar.py `_preprocess`): zero-pad 4 pixels on every side,
 * crop a random 32x32 window, then flip left-right with probability 1/2. Draws, in order: crop row offset, crop
 * column offset, flip. For down-sampled images the caller scales the padding (e.g. 2 for 16x16).
 */
import { randomInt, type Random } from '../random.js';
import { CHANNELS } from './images.js';

/** Augments one HWC image `src` (size x size) into `out` (same size). */
export function augmentInto(src: Uint8Array, size: number, padding: number, random: Random, out: Uint8Array): void {
  const top = randomInt(random, 2 * padding + 1) - padding;
  const left = randomInt(random, 2 * padding + 1) - padding;
  const flip = random() < 0.5;
  for (let r = 0; r < size; r++) {
    const sr = r + top;
    for (let c = 0; c < size; c++) {
      const at = (r * size + c) * CHANNELS;
      const sc = (flip ? size - 1 - c : c) + left;
      if (sr < 0 || sr >= size || sc < 0 || sc >= size) {
        out.fill(0, at, at + CHANNELS);
      } else {
        const from = (sr * size + sc) * CHANNELS;
        for (let k = 0; k < CHANNELS; k++) out[at + k] = src[from + k];
      }
    }
  }
}
