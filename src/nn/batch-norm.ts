/**
 * Batch normalisation followed by ReLU (every conv in NAS-Bench-101 is conv-BN-ReLU), NHWC, statistics over
 * (batch, height, width). The training form has a hand-written gradient: autodiff through `tf.moments` is several
 * kernels per layer and dominates the step time on wasm.
 */
import * as tf from '@tensorflow/tfjs';

/** PyTorch's defaults as the paper states them (section 4.2): running = (1 - m) running + m batch. */
export const BN_MOMENTUM = 0.003;
export const BN_EPSILON = 1e-5;

/** Receives the batch statistics (biased variance) of a training-mode call; runs inside the forward pass. */
export type StatsSink = (mean: tf.Tensor1D, variance: tf.Tensor1D, count: number) => void;

/**
 * Training mode: normalise with the batch's own statistics, hand them to `sink` (running averages, or a bns-ft
 * collector), and differentiate in closed form:
 * dx = gamma / sigma * (g - mean(g) - xhat * mean(g * xhat)), with g the gradient after the ReLU mask.
 */
export function batchNormReluTrain(
  x: tf.Tensor4D,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  sink: StatsSink,
  epsilon = BN_EPSILON,
): tf.Tensor4D {
  const count = x.shape[0] * x.shape[1] * x.shape[2];
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const input = args[0] as tf.Tensor4D;
    const [scale, offset] = args.slice(1, 3) as tf.Tensor1D[];
    const save = args[3] as tf.GradSaveFunc;
    const moments = tf.moments(input, [0, 1, 2]);
    const mean = moments.mean as tf.Tensor1D;
    const variance = moments.variance as tf.Tensor1D;
    sink(mean, variance, count);
    // The backends' fused batch-norm kernel: one pass instead of five element-wise ones.
    const y = tf.relu(tf.batchNorm4d(input, mean, variance, offset, scale, epsilon));
    save([input, mean, tf.rsqrt(tf.add(variance, epsilon)), scale, y]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sx, smean, sinvStd, sscale, sy] = saved;
        const xhat = tf.mul(tf.sub(sx, smean), sinvStd);
        const g = tf.mul(dy, tf.step(sy));
        const dBeta = tf.sum(g, [0, 1, 2]);
        const dGamma = tf.sum(tf.mul(g, xhat), [0, 1, 2]);
        const centred = tf.sub(tf.sub(g, tf.div(dBeta, count)), tf.mul(xhat, tf.div(dGamma, count)));
        const dx = tf.mul(centred, tf.mul(sscale, sinvStd));
        return [dx, dGamma, dBeta];
      },
    };
  });
  return op(x, gamma, beta) as tf.Tensor4D;
}

/** Inference mode: normalise with given (running or re-estimated) statistics. */
export function batchNormReluInfer(
  x: tf.Tensor4D,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  mean: tf.Tensor1D,
  variance: tf.Tensor1D,
  epsilon = BN_EPSILON,
): tf.Tensor4D {
  return tf.relu(tf.batchNorm4d(x, mean, variance, beta, gamma, epsilon));
}

/** PyTorch's running-average update; the running variance takes the unbiased batch variance, as PyTorch does. */
export function updatedRunningStats(
  runningMean: tf.Tensor1D,
  runningVariance: tf.Tensor1D,
  mean: tf.Tensor1D,
  variance: tf.Tensor1D,
  count: number,
  momentum = BN_MOMENTUM,
): { mean: tf.Tensor1D; variance: tf.Tensor1D } {
  const unbiased = tf.mul(variance, count / Math.max(count - 1, 1));
  return {
    mean: tf.add(tf.mul(runningMean, 1 - momentum), tf.mul(mean, momentum)),
    variance: tf.add(tf.mul(runningVariance, 1 - momentum), tf.mul(unbiased, momentum)),
  };
}
