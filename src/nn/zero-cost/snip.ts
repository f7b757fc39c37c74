/**
 * snip (Lee et al., "SNIP: single-shot network pruning based on connection sensitivity", ICLR 2019; as a NAS
 * proxy, Abdelfattah et al., ICLR 2021): sum over conv and dense weights of |w * dL/dw|, the loss's sensitivity to
 * masking each connection (NASLib's `snip.py` takes the gradient of a mask of ones, which is the same). Larger is
 * better.
 */
import * as tf from '@tensorflow/tfjs';
import { sumOverLayers, type LayerGradient } from './loss-gradients.js';

export function snipScore(layers: readonly LayerGradient[]): number {
  return sumOverLayers(layers, (l) => tf.sum(tf.abs(tf.mul(l.weight, l.gradient))));
}
