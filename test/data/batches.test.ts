import { describe, expect, it } from 'vitest';
import { batches, trainingBatches } from '../../src/data/batches.js';
import type { ImageSet } from '../../src/data/images.js';
import { derivedRandom } from '../../src/random.js';

const set: ImageSet = {
  count: 10,
  size: 8,
  pixels: Uint8Array.from({ length: 10 * 8 * 8 * 3 }, (_, i) => (i * 7) % 256),
  labels: Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
};

const all = <T>(g: Iterable<T>) => Array.from(g);

describe('batch iterator', () => {
  it('keeps order and the remainder for evaluation', () => {
    const out = all(batches(set, { batchSize: 4 }));
    expect(out.map((b) => b.count)).toEqual([4, 4, 2]);
    expect(Array.from(out[2].labels)).toEqual([8, 9]);
    expect(out[0].images.length).toBe(4 * 8 * 8 * 3);
    // first value: pixel 0 (red) = 0, normalised with NAS-Bench-101's red mean/std
    expect(out[0].images[0]).toBeCloseTo(-125.31 / 62.99, 5);
  });

  it('is a function of the seed: same seed, same batches; other seed, other order', () => {
    const a = all(trainingBatches(set, 4, derivedRandom(3, 'epoch 0')));
    const b = all(trainingBatches(set, 4, derivedRandom(3, 'epoch 0')));
    const c = all(trainingBatches(set, 4, derivedRandom(4, 'epoch 0')));
    expect(a.map((x) => x.count)).toEqual([4, 4]); // remainder dropped, as NAS-Bench-101's drop_remainder=True
    expect(a.map((x) => Array.from(x.images))).toEqual(b.map((x) => Array.from(x.images)));
    expect(a.map((x) => Array.from(x.labels))).not.toEqual(c.map((x) => Array.from(x.labels)));
    // a shuffle is a permutation: no label repeats
    expect(new Set(a.flatMap((x) => Array.from(x.labels))).size).toBe(8);
  });

  it('refuses to shuffle or augment without a random source', () => {
    expect(() => all(batches(set, { batchSize: 2, augment: true }))).toThrow('needs a seeded `random`');
    expect(() => all(batches(set, { batchSize: 0 }))).toThrow('batch size 0 is not a positive integer');
  });
});
