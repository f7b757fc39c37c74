/**
 * grad_norm (Abdelfattah et al., "Zero-cost proxies for lightweight NAS", ICLR 2021): sum over conv and dense
 * layers of the Euclidean norm of the loss gradient with respect to the layer's weights (NASLib's `grad_norm.py`).
 * Larger is better.
 */
import * as tf from '@tensorflow/tfjs';
import { sumOverLayers, type LayerGradient } from './loss-gradients.js';

export function gradNormScore(layers: readonly LayerGradient[]): number {
  return sumOverLayers(layers, (l) => tf.norm(l.gradient) as tf.Scalar);
}
