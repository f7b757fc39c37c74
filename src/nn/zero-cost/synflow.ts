/**
 * synflow (Tanaka, Kunin, Yamins & Ganguli, "Pruning neural networks without any data by iteratively conserving
 * synaptic flow", NeurIPS 2020; as a NAS proxy, Abdelfattah et al., ICLR 2021): with every weight replaced by its
 * absolute value, batch norm removed and one all-ones image as input, R = sum of the logits and the score is the
 * sum over conv and dense weights of |w * dR/dw| (NASLib's `synflow.py`, in float64). Reported as its natural log,
 * as NASLib's ZeroCost predictor stores it. Larger is better.
 *
 * Why not the shared forward pass: at NAS-Bench-101's 128 filters R reaches e^165, far beyond float32 (tfjs has no
 * float64). This network is positive and positively homogeneous (convolutions, max-pools, sums, concatenations,
 * global mean, dense: ReLU is the identity on it), so every tensor is carried as (values / its maximum, log scale)
 * with the scales aligned where tensors meet. The normalisers are constants of the pass, so the gradient of the
 * normalised output is the true gradient times a known e^-scale, and the score's log is exact to float32 rounding.
 */
import * as tf from '@tensorflow/tfjs';
import { MAXPOOL3X3, type Cell } from '../../space/cell.js';
import { vertexChannels } from '../../space/parameters.js';
import { finalChannels, layerName, modulePlan } from '../architecture.js';
import type { StandaloneNetwork } from '../network.js';

/** A positive tensor equal to `values * e^log`. */
interface Scaled {
  readonly values: tf.Tensor4D;
  readonly log: number;
}

function normalised(values: tf.Tensor4D, log: number): Scaled {
  const max = tf.tidy(() => tf.max(values).dataSync()[0]);
  return max > 0 ? { values: tf.div(values, max), log: log + Math.log(max) } : { values, log };
}

/** Tensors on one common scale (the largest), combined by `join` (a sum or a concatenation). */
function merged(parts: readonly Scaled[], join: (values: tf.Tensor4D[]) => tf.Tensor4D): Scaled {
  if (parts.length === 1) return parts[0];
  const log = Math.max(...parts.map((p) => p.log));
  return { values: join(parts.map((p) => (p.log === log ? p.values : tf.mul(p.values, Math.exp(p.log - log))))), log };
}

/** log(sum of the logits) and the normalised output, for kernels given by name (already made positive). */
function positiveForward(cell: Cell, net: StandaloneNetwork, kernels: ReadonlyMap<string, tf.Tensor>): { output: tf.Scalar; log: number } {
  const config = net.config;
  const kernel = (name: string) => kernels.get(`${name}/kernel`) as tf.Tensor4D;
  const conv = (x: Scaled, name: string): Scaled => normalised(tf.conv2d(x.values, kernel(name), 1, 'same'), x.log);
  const ones = tf.ones([1, config.inputSize, config.inputSize, 3]) as tf.Tensor4D;
  let x: Scaled = conv({ values: ones, log: 0 }, layerName.stem);
  const n = cell.matrix.length;
  const last = n - 1;
  for (const plan of modulePlan(config)) {
    if (plan.downsample) x = { values: tf.maxPool(x.values, 2, 2, 'same'), log: x.log };
    const input = x;
    const channels = vertexChannels(cell.matrix, plan.inChannels, plan.outChannels);
    const tensors: Scaled[] = [input];
    const concatIn: Scaled[] = [];
    for (let t = 1; t < last; t++) {
      const addIn: Scaled[] = [];
      for (let src = 1; src < t; src++) {
        if (!cell.matrix[src][t]) continue;
        const from = tensors[src];
        const truncated = from.values.shape[3] === channels[t] ? from.values : tf.slice4d(from.values, [0, 0, 0, 0], [-1, -1, -1, channels[t]]);
        addIn.push({ values: truncated, log: from.log });
      }
      if (cell.matrix[0][t]) addIn.push(conv(input, layerName.inputProjection(plan.prefix, t)));
      const sum = merged(addIn, (v) => tf.addN(v));
      const op = cell.ops[t];
      const value =
        op === MAXPOOL3X3 ? { values: tf.maxPool(sum.values, 3, 1, 'same'), log: sum.log } : conv(sum, layerName.vertex(plan.prefix, t, op));
      tensors.push(value);
      if (cell.matrix[t][last]) concatIn.push(value);
    }
    const projected = () => conv(input, layerName.outputProjection(plan.prefix));
    if (concatIn.length === 0) x = projected();
    else {
      x = merged(concatIn, (v) => tf.concat4d(v, 3));
      if (cell.matrix[0][last]) x = merged([x, projected()], (v) => tf.addN(v));
    }
  }
  const pooled = tf.mean(x.values, [1, 2]) as tf.Tensor2D;
  const dense = kernels.get('dense/kernel') as tf.Tensor2D;
  if (dense.shape[0] !== finalChannels(config)) throw new Error('synflow: dense kernel does not match the network');
  return { output: tf.sum(tf.matMul(pooled, dense)), log: x.log };
}

export function synflowScore(net: StandaloneNetwork, cell: Cell): number {
  const names = [...net.trainableVariables().keys()].filter((name) => name.endsWith('/kernel'));
  return tf.tidy(() => {
    const positive = names.map((name) => tf.abs(net.trainableVariables().get(name)!));
    let log = 0;
    const grads = tf.grads((...kernels: tf.Tensor[]) => {
      const result = positiveForward(cell, net, new Map(names.map((name, i) => [name, kernels[i]])));
      log = result.log;
      return result.output;
    })(positive);
    const normalisedScore = tf.addN(positive.map((w, i) => tf.sum(tf.mul(w, grads[i])))).dataSync()[0];
    return Math.log(normalisedScore) + log;
  });
}
