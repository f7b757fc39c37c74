/**
 * Batches as src/data makes them (`Batch`: `count` NHWC float32 images of `size` x `size` x 3, int32 labels),
 * turned into tensors here, and the step-indexed batch source the trainer reads.
 */
import * as tf from '@tensorflow/tfjs';
import type { Batch } from '../data/batches.js';

export type { Batch };

/** Training data by global step: a pure function of the step, so a resumed run sees the batches it would have. */
export type BatchSource = (step: number) => Batch;

/** Throws, naming `where`, unless the arrays match the counts and the images are `inputSize` pixels square. */
export function checkBatch(batch: Batch, where: string, inputSize: number): void {
  if (batch.size !== inputSize) {
    throw new Error(`${where}: images are ${batch.size}x${batch.size}, the network takes ${inputSize}x${inputSize}`);
  }
  const values = batch.count * batch.size * batch.size * 3;
  if (batch.images.length !== values || batch.labels.length !== batch.count) {
    throw new Error(
      `${where}: batch of ${batch.count} ${batch.size}x${batch.size} images has ${batch.images.length} values ` +
        `(expected ${values}) and ${batch.labels.length} labels`,
    );
  }
}

/** Images [start, start + count) as a tensor. */
export function imagesTensor(batch: Batch, start = 0, count = batch.count): tf.Tensor4D {
  const per = batch.size * batch.size * 3;
  return tf.tensor4d(batch.images.subarray(start * per, (start + count) * per), [count, batch.size, batch.size, 3]);
}

/** Consecutive slices of at most `size` images (gradient accumulation, chunked evaluation). */
export function microBatches(batch: Batch, size: number): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < batch.count; start += size) {
    out.push({ start, count: Math.min(size, batch.count - start) });
  }
  return out;
}

/**
 * A step-indexed source over epochs of batches (e.g. src/data's `trainingBatches` with a random stream derived
 * from (seed, epoch)): step s reads batch s mod stepsPerEpoch of epoch floor(s / stepsPerEpoch). Sequential
 * reads walk one generator; a jump (a resumed run) re-creates the epoch and skips to the step.
 */
export function epochBatchSource(epoch: (index: number) => Iterator<Batch>, stepsPerEpoch: number): BatchSource {
  let current: { epoch: number; next: number; batches: Iterator<Batch> } | undefined;
  return (step) => {
    const e = Math.floor(step / stepsPerEpoch);
    const within = step - e * stepsPerEpoch;
    if (!current || current.epoch !== e || current.next > within) current = { epoch: e, next: 0, batches: epoch(e) };
    for (;;) {
      const item = current.batches.next();
      if (item.done) {
        throw new Error(`epochBatchSource: epoch ${e} ended before its step ${within} (${stepsPerEpoch} steps expected)`);
      }
      current.next += 1;
      if (current.next > within) return item.value;
    }
  };
}
