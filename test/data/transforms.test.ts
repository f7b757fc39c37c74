import { describe, expect, it } from 'vitest';
import { augmentInto } from '../../src/data/augment.js';
import { downsampleImages } from '../../src/data/downsample.js';
import { classCounts, concatImages, selectImages, type ImageSet } from '../../src/data/images.js';
import { NASBENCH_RGB_MEAN, NASBENCH_RGB_STD, normalizeInto } from '../../src/data/normalize.js';
import { splitClassTails, takeBalanced } from '../../src/data/split.js';
import type { Random } from '../../src/random.js';

/** `count` images of `size`x`size`, labels cycling 0..9, pixel = (image*13 + byte) % 256. */
function synthetic(count: number, size: number): ImageSet {
  const bytes = size * size * 3;
  return {
    count,
    size,
    pixels: Uint8Array.from({ length: count * bytes }, (_, i) => (Math.floor(i / bytes) * 13 + (i % bytes)) % 256),
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
  };
}

const sequence = (...values: number[]): Random => {
  let i = 0;
  return () => values[i++];
};

describe('augmentation', () => {
  // 4x4 image, pixel (r, c) has red = 10r + c, green = 100 + that, blue = 200.
  const size = 4;
  const src = new Uint8Array(size * size * 3);
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) src.set([10 * r + c, 100 + 10 * r + c, 200], (r * size + c) * 3);
  const red = (img: Uint8Array, r: number, c: number) => img[(r * size + c) * 3];

  it('crops the zero-padded image at the drawn offset, then flips', () => {
    const out = new Uint8Array(src.length);
    // padding 1: offsets drawn from {0,1,2} - 1. 0.0 -> row offset -1, 0.99 -> column offset +1, 0.2 -> flip.
    augmentInto(src, size, 1, sequence(0, 0.99, 0.2), out);
    // output (r, c) = source (r - 1, (3 - c) + 1): row 0 is padding; (1, 3) <- (0, 1); (2, 0) <- (1, 4) = padding
    expect(red(out, 0, 2)).toBe(0);
    expect(red(out, 1, 3)).toBe(1);
    expect(red(out, 3, 1)).toBe(23);
    expect(red(out, 2, 0)).toBe(0);
    expect(out[((3 * size + 1) * 3) + 2]).toBe(200);
  });

  it('is the identity for the centre crop without flip', () => {
    const out = new Uint8Array(src.length);
    augmentInto(src, size, 4, sequence(0.5, 0.5, 0.7), out); // floor(0.5 * 9) - 4 = 0
    expect(Array.from(out)).toEqual(Array.from(src));
  });
});

describe('down-sampling', () => {
  it('averages 2x2 blocks per channel, rounded', () => {
    const set = synthetic(2, 4);
    const small = downsampleImages(set, 2);
    expect(small).toMatchObject({ count: 2, size: 2 });
    // image 1, output (0, 1), green: source bytes (0,2,1)=7, (0,3,1)=10, (1,2,1)=19, (1,3,1)=22, each + 13
    expect(small.pixels[12 + (0 * 2 + 1) * 3 + 1]).toBe(Math.round((7 + 10 + 19 + 22) / 4 + 13));
    expect(() => downsampleImages(set, 3)).toThrow('cannot down-sample 4x4 images by a factor of 3');
  });
});

describe('normalisation', () => {
  it("uses NAS-Bench-101's per-channel constants", () => {
    const out = new Float32Array(6);
    normalizeInto(Uint8Array.from([0, 0, 0, 255, 128, 114]), out);
    // nasbench/lib/cifar.py: RGB_MEAN = [125.31, 122.95, 113.87], RGB_STD = [62.99, 62.09, 66.70]
    expect(out[0]).toBeCloseTo(-125.31 / 62.99, 5);
    expect(out[3]).toBeCloseTo((255 - 125.31) / 62.99, 5);
    expect(out[4]).toBeCloseTo((128 - 122.95) / 62.09, 5);
    expect(out[5]).toBeCloseTo((114 - 113.87) / 66.7, 5);
    expect([NASBENCH_RGB_MEAN, NASBENCH_RGB_STD]).toEqual([[125.31, 122.95, 113.87], [62.99, 62.09, 66.7]]);
  });
});

describe('image sets and splits', () => {
  const set = synthetic(50, 2); // 5 images per class

  it('selects and concatenates', () => {
    const picked = selectImages(set, [3, 1]);
    expect(Array.from(picked.labels)).toEqual([3, 1]);
    expect(Array.from(picked.pixels.subarray(12, 24))).toEqual(Array.from(set.pixels.subarray(12, 24)));
    expect(concatImages([picked, set]).count).toBe(52);
    expect(() => selectImages(set, [50])).toThrow('image index 50 outside [0, 50)');
  });

  it('holds out the last fraction of each class', () => {
    const { train, validation } = splitClassTails(set, 0.2);
    expect([train.count, validation.count]).toEqual([40, 10]);
    expect(classCounts(validation)).toEqual(new Array(10).fill(1));
    // the last image of each class: indices 40..49 (labels cycle), so validation = images 40..49 in order
    expect(Array.from(validation.pixels.subarray(0, 12))).toEqual(Array.from(set.pixels.subarray(40 * 12, 41 * 12)));
  });

  it('takes a class-balanced prefix', () => {
    const small = takeBalanced(set, 20);
    expect(classCounts(small)).toEqual(new Array(10).fill(2));
    expect(Array.from(small.labels)).toEqual([...Array(20).keys()].map((i) => i % 10));
    expect(() => takeBalanced(set, 60)).toThrow('class airplane has 5 images, need 6');
    expect(() => takeBalanced(set, 15)).toThrow(/not a positive multiple of 10/);
  });
});

