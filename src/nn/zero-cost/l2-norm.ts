/**
 * l2_norm (NASLib, Krishnakumar et al., "NAS-Bench-Suite-Zero", NeurIPS 2022 Datasets and Benchmarks): sum over
 * conv and dense layers of the Euclidean norm of the initial weights (`l2_norm.py`); no data. At a fixed
 * initialisation scheme it measures the layers' widths. Larger is better.
 */
import * as tf from '@tensorflow/tfjs';
import type { StandaloneNetwork } from '../network.js';

export function l2NormScore(net: StandaloneNetwork): number {
  const kernels = [...net.trainableVariables()].filter(([name]) => name.endsWith('/kernel')).map(([, v]) => v);
  return tf.tidy(() => tf.addN(kernels.map((k) => tf.norm(k) as tf.Scalar)).dataSync()[0]);
}
