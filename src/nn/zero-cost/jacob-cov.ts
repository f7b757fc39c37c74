/**
 * jacob_cov (Mellor et al., "Neural architecture search without training", first version, 2020; NASLib's
 * `jacov.py` after zero-cost-nas's `jacob_cov.py`): the gradient of the sum of the logits with respect to each input
 * image (batch norm in training mode), the correlation matrix of those per-image Jacobians, and
 * -sum over its eigenvalues v of (log(v + 1e-5) + 1 / (v + 1e-5)): at most -batch, equal when the Jacobians are
 * uncorrelated; larger (closer to -batch) is better. NaN when a Jacobian is constant.
 */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../../space/cell.js';
import { imagesTensor, type Batch } from '../batch.js';
import type { StandaloneNetwork } from '../network.js';
import { correlationMatrix, symmetricEigenvalues } from './linear-algebra.js';

const K = 1e-5;

export function jacobCovScore(net: StandaloneNetwork, cell: Cell, batch: Batch): number {
  const jacobians = tf.tidy(() =>
    tf.grad((x: tf.Tensor) => tf.sum(net.logits(cell, x as tf.Tensor4D, { mode: 'train' })))(imagesTensor(batch)).dataSync(),
  );
  const per = jacobians.length / batch.count;
  const rows = Array.from({ length: batch.count }, (_, i) => Float64Array.from(jacobians.subarray(i * per, (i + 1) * per)));
  const eigenvalues = symmetricEigenvalues(correlationMatrix(rows));
  return -eigenvalues.reduce((sum, v) => sum + Math.log(v + K) + 1 / (v + K), 0);
}
