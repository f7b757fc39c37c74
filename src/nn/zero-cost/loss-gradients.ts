/**
 * The one forward and backward pass that snip, grad_norm, plain and fisher share (as NASLib computes each of them):
 * the cross-entropy loss (mean over the batch) of the initialised network on one mini-batch, batch norm in training
 * mode (batch statistics), and its gradient with respect to every conv and dense kernel and, for fisher, with
 * respect to every layer's pre-batch-norm output summed over space: a per-(image, channel) multiplier of ones
 * on each conv output (and on the logits) has exactly that gradient, sum over h,w of act * dL/dact.
 */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../../space/cell.js';
import { imagesTensor, type Batch } from '../batch.js';
import type { StandaloneNetwork } from '../network.js';

export interface LayerGradient {
  /** The variable's name, e.g. `s0/m1/v2/conv3x3-bn-relu/kernel` or `dense/kernel`. */
  readonly name: string;
  readonly weight: tf.Tensor;
  readonly gradient: tf.Tensor;
  /** [images, channels]: sum over space of the layer's output times the loss gradient there (NASLib's g_nk). */
  readonly activationGradient: tf.Tensor2D;
  /** Weights per output channel: in_channels * k * k for a conv, inputs for the dense layer. */
  readonly fanIn: number;
}

const kernelName = (layer: string) => `${layer}/kernel`;

/** Runs the pass and hands the layers to `read`, which returns plain numbers; no tensor outlives the call. */
export function withLossGradients<T>(net: StandaloneNetwork, cell: Cell, batch: Batch, read: (layers: readonly LayerGradient[]) => T): T {
  const kernels = [...net.trainableVariables()].filter(([name]) => name.endsWith('/kernel'));
  const multipliers = new Map(
    kernels.map(([name, v]) => {
      const shape: number[] = name === 'dense/kernel' ? [batch.count, v.shape[1]!] : [batch.count, 1, 1, v.shape[3]!];
      return [name, tf.tidy(() => tf.variable(tf.ones(shape), true))] as const;
    }),
  );
  let result: T | undefined;
  try {
    tf.tidy(() => {
      const images = imagesTensor(batch);
      const labels = tf.oneHot(tf.tensor1d(batch.labels, 'int32'), net.config.numLabels);
      const { grads } = tf.variableGrads(() => {
        const logits = net.logits(cell, images, {
          mode: 'train',
          probe: { conv: (layer, z) => tf.mul(z, multipliers.get(kernelName(layer))!) },
        });
        return tf.losses.softmaxCrossEntropy(labels, tf.mul(logits, multipliers.get('dense/kernel')!)) as tf.Scalar;
      }, [...kernels.map(([, v]) => v), ...multipliers.values()]);
      const layers = kernels.map(([name, v]): LayerGradient => {
        const g = grads[multipliers.get(name)!.name];
        return {
          name,
          weight: v,
          gradient: grads[v.name],
          activationGradient: (g.rank === 4 ? tf.reshape(g, [batch.count, -1]) : g) as tf.Tensor2D,
          fanIn: v.shape.slice(0, -1).reduce((a, b) => a * b, 1),
        };
      });
      result = read(layers);
    });
  } finally {
    for (const m of multipliers.values()) m.dispose();
  }
  return result as T;
}

/** Sum over layers of a per-layer scalar, read once. */
export function sumOverLayers(layers: readonly LayerGradient[], perLayer: (layer: LayerGradient) => tf.Scalar): number {
  return tf.tidy(() => tf.addN(layers.map(perLayer)).dataSync()[0]);
}
