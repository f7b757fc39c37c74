/**
 * The forward pass of a NAS-Bench-101 network (nasbench/lib/model_builder.py), written once for the standalone
 * network and the super-net: both hand it a `WeightSource`, the standalone network its own variables, the super-net
 * the first channels of its shared banks. Stem conv3x3-BN-ReLU; stacks of modules with a 2x2 max-pool and channel
 * doubling between stacks; inside a module, inner vertices sum their (truncated) inputs and the 1x1 projection of
 * the module input, the output concatenates its inputs and adds the projected input; global average pool; dense.
 */
import * as tf from '@tensorflow/tfjs';
import { MAXPOOL3X3, type Cell } from '../space/cell.js';
import { vertexChannels } from '../space/parameters.js';
import { kernelSize, layerName, modulePlan, finalChannels, type NetworkConfig } from './architecture.js';
import { batchNormReluInfer, batchNormReluTrain } from './batch-norm.js';
import type { BnStatsCollector } from './bn-stats.js';

export interface ConvBnWeights {
  readonly kernel: tf.Tensor4D;
  readonly gamma: tf.Tensor1D;
  readonly beta: tf.Tensor1D;
}

/** Where a forward pass gets its weights and keeps its batch-norm running statistics. */
export interface WeightSource {
  convBn(name: string, kernel: number, inChannels: number, outChannels: number): ConvBnWeights;
  runningStats(name: string, channels: number): { mean: tf.Tensor1D; variance: tf.Tensor1D };
  /** Fold a training batch's statistics into the running averages of the layer's first `channels`. */
  updateRunningStats(name: string, channels: number, mean: tf.Tensor1D, variance: tf.Tensor1D, count: number): void;
  dense(inChannels: number, labels: number): { kernel: tf.Tensor2D; bias: tf.Tensor1D };
}

/**
 * train: batch statistics, running averages updated. calibrate (bns-ft): batch statistics, collected into
 * `stats`. eval: `stats` where they hold the layer (bns-ft), else the running averages (no-ft).
 */
export type BnMode = 'train' | 'calibrate' | 'eval';

export interface ForwardOptions {
  readonly mode: BnMode;
  readonly stats?: BnStatsCollector;
  /** Receives every weight tensor the pass used (weight decay applies to exactly these). */
  readonly used?: tf.Tensor[];
  /** Looks inside the conv-BN-ReLU layers (training-free proxies, src/nn/zero-cost). */
  readonly probe?: ForwardProbe;
}

export interface ForwardProbe {
  /** Sees a layer's convolution output before batch norm and returns it or an equal, differentiable stand-in. */
  conv?(name: string, z: tf.Tensor4D): tf.Tensor4D;
  /** Sees a layer's output after the ReLU. */
  activation?(name: string, y: tf.Tensor4D): void;
}

export function forwardNetwork(
  cell: Cell,
  config: NetworkConfig,
  weights: WeightSource,
  images: tf.Tensor4D,
  options: ForwardOptions,
): tf.Tensor2D {
  const convBnRelu = (x: tf.Tensor4D, name: string, k: number, cin: number, cout: number): tf.Tensor4D => {
    const w = weights.convBn(name, k, cin, cout);
    options.used?.push(w.kernel, w.gamma, w.beta);
    const conv = tf.conv2d(x, w.kernel, 1, 'same');
    const y = batchNormRelu(name, options.probe?.conv ? options.probe.conv(name, conv) : conv, w, cout);
    options.probe?.activation?.(name, y);
    return y;
  };
  const batchNormRelu = (name: string, z: tf.Tensor4D, w: ConvBnWeights, cout: number): tf.Tensor4D => {
    if (options.mode === 'train') {
      return batchNormReluTrain(z, w.gamma, w.beta, (m, v, n) => weights.updateRunningStats(name, cout, m, v, n));
    }
    if (options.mode === 'calibrate') {
      const stats = options.stats;
      if (!stats) throw new Error(`forwardNetwork: calibrate mode needs a statistics collector (layer ${name})`);
      return batchNormReluTrain(z, w.gamma, w.beta, (m, v, n) => stats.add(name, m, v, n));
    }
    const s = options.stats?.get(name) ?? weights.runningStats(name, cout);
    return batchNormReluInfer(z, w.gamma, w.beta, s.mean, s.variance);
  };

  const n = cell.matrix.length;
  const last = n - 1;
  let net = convBnRelu(images, layerName.stem, 3, 3, config.initialFilters);
  for (const plan of modulePlan(config)) {
    if (plan.downsample) net = tf.maxPool(net, 2, 2, 'same');
    const input = net;
    const channels = vertexChannels(cell.matrix, plan.inChannels, plan.outChannels);
    const tensors: tf.Tensor4D[] = [input];
    const concatIn: tf.Tensor4D[] = [];
    for (let t = 1; t < last; t++) {
      const addIn: tf.Tensor4D[] = [];
      for (let src = 1; src < t; src++) if (cell.matrix[src][t]) addIn.push(truncate(tensors[src], channels[t]));
      if (cell.matrix[0][t]) {
        addIn.push(convBnRelu(input, layerName.inputProjection(plan.prefix, t), 1, plan.inChannels, channels[t]));
      }
      if (addIn.length === 0) {
        throw new Error(`forwardNetwork: vertex ${t} has no input; prune the cell first (${JSON.stringify(cell)})`);
      }
      const vertexInput = addIn.length === 1 ? addIn[0] : tf.addN(addIn);
      const op = cell.ops[t];
      const value =
        op === MAXPOOL3X3
          ? tf.maxPool(vertexInput, 3, 1, 'same')
          : convBnRelu(vertexInput, layerName.vertex(plan.prefix, t, op), kernelSize(op), channels[t], channels[t]);
      tensors.push(value);
      if (cell.matrix[t][last]) concatIn.push(value);
    }
    const projected = () =>
      convBnRelu(input, layerName.outputProjection(plan.prefix), 1, plan.inChannels, plan.outChannels);
    if (concatIn.length === 0) {
      net = projected();
    } else {
      net = concatIn.length === 1 ? concatIn[0] : tf.concat4d(concatIn, 3);
      if (cell.matrix[0][last]) net = tf.add(net, projected());
    }
  }
  const pooled = tf.mean(net, [1, 2]) as tf.Tensor2D;
  const dense = weights.dense(finalChannels(config), config.numLabels);
  options.used?.push(dense.kernel, dense.bias);
  return tf.add(tf.matMul(pooled, dense.kernel), dense.bias);
}

/** model_builder.py `truncate`: keep the first channels (vertex widths never grow along an edge). */
function truncate(x: tf.Tensor4D, channels: number): tf.Tensor4D {
  const have = x.shape[3];
  if (have < channels) throw new Error(`forwardNetwork: cannot truncate ${have} channels to ${channels}`);
  return have === channels ? x : tf.slice4d(x, [0, 0, 0, 0], [-1, -1, -1, channels]);
}
