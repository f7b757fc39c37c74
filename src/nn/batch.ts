/**
 * The plain batch the trainer and the proxy evaluator consume, independent of how src/data reads CIFAR-10:
 * NHWC float32 images (3 channels) and int32 labels.
 */
import * as tf from '@tensorflow/tfjs';

export interface Batch {
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly size: number;
  readonly height: number;
  readonly width: number;
}

/** Training data by global step: a pure function of the step, so a resumed run sees the batches it would have. */
export type BatchSource = (step: number) => Batch;

export function checkBatch(batch: Batch, where: string): void {
  const pixels = batch.size * batch.height * batch.width * 3;
  if (batch.images.length !== pixels || batch.labels.length !== batch.size) {
    throw new Error(
      `${where}: batch of ${batch.size} ${batch.height}x${batch.width} images has ${batch.images.length} values ` +
        `(expected ${pixels}) and ${batch.labels.length} labels`,
    );
  }
}

/** Images [start, start + count) as a tensor. */
export function imagesTensor(batch: Batch, start = 0, count = batch.size): tf.Tensor4D {
  const per = batch.height * batch.width * 3;
  return tf.tensor4d(batch.images.subarray(start * per, (start + count) * per), [count, batch.height, batch.width, 3]);
}

/** Consecutive slices of at most `size` images (gradient accumulation). */
export function microBatches(batch: Batch, size: number): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < batch.size; start += size) out.push({ start, count: Math.min(size, batch.size - start) });
  return out;
}
