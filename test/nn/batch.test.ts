import { describe, expect, it } from 'vitest';
import { checkBatch, epochBatchSource, microBatches, type Batch } from '../../src/nn/batch.js';

/** A one-image batch whose label records (epoch, index) so the test can see which batch it got. */
const tagged = (epoch: number, index: number): Batch => ({
  count: 1,
  size: 1,
  images: new Float32Array(3),
  labels: Int32Array.of(epoch * 100 + index),
});

function* epoch(e: number, made: number[]): Generator<Batch> {
  made.push(e);
  for (let i = 0; i < 3; i++) yield tagged(e, i);
}

describe('epochBatchSource', () => {
  it('reads step s as batch s mod 3 of epoch floor(s / 3), sequentially or after a jump', () => {
    const made: number[] = [];
    const source = epochBatchSource((e) => epoch(e, made), 3);
    expect([0, 1, 2, 3, 4].map((s) => source(s).labels[0])).toEqual([0, 1, 2, 100, 101]);
    expect(made).toEqual([0, 1]); // one generator per epoch when reading in order
    expect(source(8).labels[0]).toBe(202); // a resumed run jumps ahead
    expect(source(7).labels[0]).toBe(201); // and back: the epoch is re-created
    expect(() => epochBatchSource((e) => epoch(e, made), 4)(3)).toThrow(/ended before its step 3/);
  });
});

describe('microBatches and checkBatch', () => {
  it('splits 7 images into 3 + 3 + 1 and rejects inconsistent batches', () => {
    const batch: Batch = { count: 7, size: 2, images: new Float32Array(7 * 12), labels: new Int32Array(7) };
    expect(microBatches(batch, 3)).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 1 },
    ]);
    expect(() => checkBatch(batch, 'here', 2)).not.toThrow();
    expect(() => checkBatch(batch, 'here', 4)).toThrow(/here: images are 2x2/);
    expect(() => checkBatch({ ...batch, labels: new Int32Array(6) }, 'there', 2)).toThrow(/there: batch of 7/);
  });
});
