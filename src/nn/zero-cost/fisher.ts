/**
 * fisher (Theis et al., "Faster gaze prediction with dense networks and Fisher pruning", 2018; Turner et al.,
 * BlockSwap, ICLR 2020; as a NAS proxy, Abdelfattah et al., ICLR 2021): per output channel k of every conv and
 * dense layer, 0.5 * mean over images of (sum over space of act * dL/dact)^2, act the layer's output before batch
 * norm. NASLib's `fisher.py` broadcasts each channel's value to the channel's weights before summing, so a channel
 * counts fan-in times (in_channels * k * k); kept, for like-for-like scores. Larger is better.
 */
import * as tf from '@tensorflow/tfjs';
import { sumOverLayers, type LayerGradient } from './loss-gradients.js';

export function fisherScore(layers: readonly LayerGradient[]): number {
  return sumOverLayers(layers, (l) => tf.mul(tf.sum(tf.mul(tf.mean(tf.square(l.activationGradient), 0), 0.5)), l.fanIn));
}
