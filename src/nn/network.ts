/**
 * The standalone NAS-Bench-101 network of one pruned cell: exactly the variables of the official builder
 * (`standaloneVariableShapes`), so its trainable parameter count is the benchmark's.
 */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../space/cell.js';
import { standaloneVariableShapes, type NetworkConfig } from './architecture.js';
import { forwardNetwork, type ForwardOptions, type WeightSource } from './forward.js';
import { updatedRunningStats } from './batch-norm.js';
import { createVariables, runningStatShapes, type Model } from './model.js';

export class StandaloneNetwork implements Model, WeightSource {
  private readonly variables: Map<string, tf.Variable>;
  private readonly trainable: Map<string, tf.Variable>;

  constructor(
    readonly cell: Cell,
    readonly config: NetworkConfig,
    seed: number,
  ) {
    const shapes = standaloneVariableShapes(cell, config);
    this.variables = createVariables([...shapes, ...runningStatShapes(shapes)], seed);
    this.trainable = new Map([...this.variables].filter(([, v]) => v.trainable));
  }

  get parameterCount(): number {
    let total = 0;
    for (const v of this.trainable.values()) total += v.size;
    return total;
  }

  logits(cell: Cell, images: tf.Tensor4D, options: ForwardOptions): tf.Tensor2D {
    if (cell !== this.cell) throw new Error('StandaloneNetwork.logits: the network was built for another cell');
    return forwardNetwork(this.cell, this.config, this, images, options);
  }

  trainableVariables(): ReadonlyMap<string, tf.Variable> {
    return this.trainable;
  }

  state(): ReadonlyMap<string, tf.Variable> {
    return this.variables;
  }

  dispose(): void {
    for (const v of this.variables.values()) v.dispose();
    this.variables.clear();
    this.trainable.clear();
  }

  convBn(name: string, kernel: number, inChannels: number, outChannels: number) {
    const k = this.get(`${name}/kernel`);
    const expected = [kernel, kernel, inChannels, outChannels];
    if (k.shape.join() !== expected.join()) {
      throw new Error(`StandaloneNetwork: ${name}/kernel has shape [${k.shape}], the pass asks [${expected}]`);
    }
    return {
      kernel: k as tf.Tensor4D,
      gamma: this.get(`${name}/gamma`) as tf.Tensor1D,
      beta: this.get(`${name}/beta`) as tf.Tensor1D,
    };
  }

  runningStats(name: string) {
    return { mean: this.get(`${name}/mean`) as tf.Tensor1D, variance: this.get(`${name}/variance`) as tf.Tensor1D };
  }

  updateRunningStats(name: string, _channels: number, mean: tf.Tensor1D, variance: tf.Tensor1D, count: number): void {
    const runningMean = this.get(`${name}/mean`);
    const runningVariance = this.get(`${name}/variance`);
    const next = updatedRunningStats(runningMean as tf.Tensor1D, runningVariance as tf.Tensor1D, mean, variance, count);
    runningMean.assign(next.mean);
    runningVariance.assign(next.variance);
  }

  dense() {
    return { kernel: this.get('dense/kernel') as tf.Tensor2D, bias: this.get('dense/bias') as tf.Tensor1D };
  }

  private get(name: string): tf.Variable {
    const v = this.variables.get(name);
    if (!v) throw new Error(`StandaloneNetwork: no variable ${name}`);
    return v;
  }
}
