/**
 * NASWOT (Mellor, Turner, Storkey & Crowley, "Neural architecture search without training", ICML 2021, second
 * version): the binary code of each image is which ReLUs it activates; K[i][j] = the number of ReLUs on which
 * images i and j agree (sum over layers of c_i . c_j + (1 - c_i) . (1 - c_j)); the score is log |det K|, larger
 * better (NASLib's `nwot.py`, batch norm in training mode). A singular K gives -Infinity.
 */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../../space/cell.js';
import { imagesTensor, type Batch } from '../batch.js';
import type { StandaloneNetwork } from '../network.js';
import { logAbsDeterminant } from './linear-algebra.js';

export function naswotScore(net: StandaloneNetwork, cell: Cell, batch: Batch): number {
  const n = batch.count;
  const agreement = new Float64Array(n * n);
  tf.tidy(() => {
    net.logits(cell, imagesTensor(batch), {
      mode: 'train',
      probe: {
        activation: (_layer, y) => {
          const k = tf.tidy(() => {
            const codes = tf.cast(tf.greater(tf.reshape(y, [n, -1]), 0), 'float32');
            const off = tf.sub(1, codes);
            return tf.add(tf.matMul(codes, codes, false, true), tf.matMul(off, off, false, true));
          });
          const values = k.dataSync();
          k.dispose();
          for (let i = 0; i < values.length; i++) agreement[i] += values[i];
        },
      },
    });
  });
  return logAbsDeterminant(Array.from({ length: n }, (_, i) => Array.from(agreement.subarray(i * n, (i + 1) * n))));
}
