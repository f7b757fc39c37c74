import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchNormReluTrain, updatedRunningStats } from '../../src/nn/batch-norm.js';
import { useCpu } from './helpers.js';

beforeAll(useCpu);

describe('batchNormReluTrain', () => {
  it('has the gradient autodiff gives through tf.moments (hand-written gradient, 1e-4)', () => {
    const x = tf.randomNormal([3, 4, 4, 5], 0.5, 2, 'float32', 11) as tf.Tensor4D;
    const gamma = tf.randomUniform([5], 0.5, 1.5, 'float32', 12) as tf.Tensor1D;
    const beta = tf.randomNormal([5], 0, 0.5, 'float32', 13) as tf.Tensor1D;
    const target = tf.randomNormal([3, 4, 4, 5], 0, 1, 'float32', 14);
    const loss = (y: tf.Tensor) => tf.sum(tf.mul(y, target)) as tf.Scalar;
    const reference = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
      const { mean, variance } = tf.moments(a, [0, 1, 2]);
      return loss(tf.relu(tf.add(tf.mul(tf.div(tf.sub(a, mean), tf.sqrt(tf.add(variance, 1e-5))), g), b)));
    };
    const custom = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) =>
      loss(batchNormReluTrain(a as tf.Tensor4D, g as tf.Tensor1D, b as tf.Tensor1D, () => undefined));
    const want = tf.grads(reference)([x, gamma, beta]);
    const got = tf.grads(custom)([x, gamma, beta]);
    expect(custom(x, gamma, beta).dataSync()[0]).toBeCloseTo(reference(x, gamma, beta).dataSync()[0], 3);
    for (let i = 0; i < 3; i++) {
      const diff = tf.max(tf.abs(tf.sub(want[i], got[i]))).dataSync()[0];
      expect(diff, `gradient ${i}`).toBeLessThan(1e-4);
    }
  });

  it('hands the biased batch statistics and the element count to the sink', () => {
    // Channel 0 holds 1, 2, 3, 4 over a 1x2x2 batch: mean 2.5, biased variance 1.25 (by hand).
    const x = tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);
    let seen: number[] = [];
    tf.tidy(() => {
      batchNormReluTrain(x, tf.ones([1]), tf.zeros([1]), (m, v, n) => {
        seen = [m.dataSync()[0], v.dataSync()[0], n];
      });
    });
    expect(seen[0]).toBeCloseTo(2.5, 6);
    expect(seen[1]).toBeCloseTo(1.25, 6);
    expect(seen[2]).toBe(4);
  });
});

describe('updatedRunningStats', () => {
  it('follows PyTorch: (1 - 0.003) running + 0.003 batch, unbiased variance', () => {
    // By hand: mean 0.997 * 0 + 0.003 * 2.5 = 0.0075; variance 0.997 * 1 + 0.003 * (1.25 * 4 / 3) = 1.002.
    const next = updatedRunningStats(tf.zeros([1]), tf.ones([1]), tf.tensor1d([2.5]), tf.tensor1d([1.25]), 4);
    expect(next.mean.dataSync()[0]).toBeCloseTo(0.0075, 7);
    expect(next.variance.dataSync()[0]).toBeCloseTo(1.002, 6);
  });
});
