/**
 * Batch-norm statistics re-estimated for one architecture (bns-ft): the average of the batch means and of the
 * unbiased batch variances over k calibration mini-batches, as PyTorch's cumulative average (momentum None).
 */
import * as tf from '@tensorflow/tfjs';

interface Sums {
  mean: tf.Tensor1D;
  variance: tf.Tensor1D;
  batches: number;
}

export class BnStatsCollector {
  private readonly sums = new Map<string, Sums>();

  /** Called inside the forward pass (a tidy scope): kept tensors survive it. */
  add(name: string, mean: tf.Tensor1D, variance: tf.Tensor1D, count: number): void {
    const unbiased = tf.mul(variance, count / Math.max(count - 1, 1)) as tf.Tensor1D;
    const old = this.sums.get(name);
    const next: Sums = old
      ? { mean: tf.add(old.mean, mean), variance: tf.add(old.variance, unbiased), batches: old.batches + 1 }
      : { mean: tf.clone(mean), variance: unbiased, batches: 1 };
    tf.keep(next.mean);
    tf.keep(next.variance);
    if (old) tf.dispose([old.mean, old.variance]);
    this.sums.set(name, next);
  }

  /** The averaged statistics of a layer, or undefined when it was not calibrated. Call inside a tidy scope. */
  get(name: string): { mean: tf.Tensor1D; variance: tf.Tensor1D } | undefined {
    const s = this.sums.get(name);
    if (!s) return undefined;
    return { mean: tf.div(s.mean, s.batches), variance: tf.div(s.variance, s.batches) };
  }

  get size(): number {
    return this.sums.size;
  }

  dispose(): void {
    for (const s of this.sums.values()) tf.dispose([s.mean, s.variance]);
    this.sums.clear();
  }
}
