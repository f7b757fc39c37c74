/**
 * plain (Mozer & Smolensky 1989's first-order saliency, as a NAS proxy in Abdelfattah et al., ICLR 2021): sum over
 * conv and dense weights of w * dL/dw, signed (NASLib's `plain.py`). Larger is better.
 */
import * as tf from '@tensorflow/tfjs';
import { sumOverLayers, type LayerGradient } from './loss-gradients.js';

export function plainScore(layers: readonly LayerGradient[]): number {
  return sumOverLayers(layers, (l) => tf.sum(tf.mul(l.weight, l.gradient)));
}
