/**
 * The weight-sharing super-net (paper sections 2.2 and 4.1): one set of weights per (module, vertex position,
 * operation) at the module's full width, plus one input projection per vertex position and one output projection
 * per module. A sampled cell runs only its own path (single-path), through the same forward code as the standalone
 * network; where the cell's vertex is narrower than the bank (Afull, or the +-1 channel of A3) it uses the first
 * n filters. Vertex t of a pruned cell uses position t. The single-kernel variant (section 2.2.2) takes the 1x1
 * kernel from the centre of the 3x3 kernel; each operation keeps its own batch norm, as their outputs differ.
 */
import * as tf from '@tensorflow/tfjs';
import { CONV1X1, CONV3X3, MAX_VERTICES, type Cell } from '../space/cell.js';
import {
  convBnShapes,
  denseShapes,
  layerName,
  modulePlan,
  standaloneVariableShapes,
  type NetworkConfig,
  type VariableShape,
} from './architecture.js';
import { forwardNetwork, type ForwardOptions, type WeightSource } from './forward.js';
import { updatedRunningStats } from './batch-norm.js';
import { createVariables, runningStatShapes, type Model } from './model.js';

export interface SuperNetOptions {
  /** The 1x1 convolution uses the centre of the 3x3 kernel (single-k). */
  readonly singleKernel?: boolean;
}

/** Every bank of the super-net. */
export function superNetVariableShapes(config: NetworkConfig, options: SuperNetOptions = {}): VariableShape[] {
  const shapes = convBnShapes(layerName.stem, 3, 3, config.initialFilters);
  for (const plan of modulePlan(config)) {
    const c = plan.outChannels;
    for (let t = 1; t < MAX_VERTICES - 1; t++) {
      shapes.push(...convBnShapes(layerName.inputProjection(plan.prefix, t), 1, plan.inChannels, c));
      shapes.push(...convBnShapes(layerName.vertex(plan.prefix, t, CONV3X3), 3, c, c));
      shapes.push(...convBnShapes(layerName.vertex(plan.prefix, t, CONV1X1), 1, c, c, !options.singleKernel));
    }
    shapes.push(...convBnShapes(layerName.outputProjection(plan.prefix), 1, plan.inChannels, c));
  }
  return [...shapes, ...denseShapes(config)];
}

const CONV1X1_KERNEL = `/${CONV1X1}/kernel`;

export class SuperNet implements Model, WeightSource {
  private readonly variables: Map<string, tf.Variable>;

  constructor(
    readonly config: NetworkConfig,
    seed: number,
    readonly options: SuperNetOptions = {},
  ) {
    const shapes = superNetVariableShapes(config, options);
    this.variables = createVariables([...shapes, ...runningStatShapes(shapes)], seed);
  }

  logits(cell: Cell, images: tf.Tensor4D, options: ForwardOptions): tf.Tensor2D {
    if (cell.matrix.length > MAX_VERTICES) throw new Error(`SuperNet: cell has ${cell.matrix.length} vertices`);
    return forwardNetwork(cell, this.config, this, images, options);
  }

  /** The banks a step on `cell` touches: the standalone network's variables, mapped onto banks. */
  trainableVariables(cell: Cell): ReadonlyMap<string, tf.Variable> {
    const out = new Map<string, tf.Variable>();
    for (const { name } of standaloneVariableShapes(cell, this.config)) {
      const bank = this.bankName(name);
      out.set(bank, this.get(bank));
    }
    return out;
  }

  state(): ReadonlyMap<string, tf.Variable> {
    return this.variables;
  }

  get parameterCount(): number {
    let total = 0;
    for (const v of this.variables.values()) if (v.trainable) total += v.size;
    return total;
  }

  dispose(): void {
    for (const v of this.variables.values()) v.dispose();
    this.variables.clear();
  }

  convBn(name: string, kernel: number, inChannels: number, outChannels: number) {
    const kernelName = `${name}/kernel`;
    const bank = this.get(this.bankName(kernelName)) as tf.Tensor4D;
    const centre = bank.shape[0] !== kernel ? (bank.shape[0] - kernel) / 2 : 0;
    return {
      kernel: firstChannels(bank, [centre, centre, 0, 0], [kernel, kernel, inChannels, outChannels]),
      gamma: firstChannels(this.get(`${name}/gamma`) as tf.Tensor1D, [0], [outChannels]),
      beta: firstChannels(this.get(`${name}/beta`) as tf.Tensor1D, [0], [outChannels]),
    };
  }

  runningStats(name: string, channels: number) {
    return {
      mean: firstChannels(this.get(`${name}/mean`) as tf.Tensor1D, [0], [channels]),
      variance: firstChannels(this.get(`${name}/variance`) as tf.Tensor1D, [0], [channels]),
    };
  }

  /** Only the first `channels` entries move; the rest of the bank's statistics stay as they are. */
  updateRunningStats(name: string, channels: number, mean: tf.Tensor1D, variance: tf.Tensor1D, count: number): void {
    const runningMean = this.get(`${name}/mean`) as tf.Variable<tf.Rank.R1>;
    const runningVariance = this.get(`${name}/variance`) as tf.Variable<tf.Rank.R1>;
    const current = this.runningStats(name, channels);
    const next = updatedRunningStats(current.mean, current.variance, mean, variance, count);
    runningMean.assign(withHead(runningMean, next.mean));
    runningVariance.assign(withHead(runningVariance, next.variance));
  }

  dense() {
    return { kernel: this.get('dense/kernel') as tf.Tensor2D, bias: this.get('dense/bias') as tf.Tensor1D };
  }

  private bankName(name: string): string {
    return this.options.singleKernel && name.endsWith(CONV1X1_KERNEL)
      ? `${name.slice(0, -CONV1X1_KERNEL.length)}/${CONV3X3}/kernel`
      : name;
  }

  private get(name: string): tf.Variable {
    const v = this.variables.get(name);
    if (!v) throw new Error(`SuperNet: no bank ${name}`);
    return v;
  }
}

/** The bank itself when the request covers it (no copy on the common path), else a slice. */
function firstChannels<T extends tf.Tensor>(bank: T, begin: number[], size: number[]): T {
  const whole = begin.every((b) => b === 0) && size.every((s, i) => s === bank.shape[i]);
  return whole ? bank : (tf.slice(bank, begin, size) as T);
}

/** `head` followed by the remaining entries of `bank`. */
function withHead(bank: tf.Tensor1D, head: tf.Tensor1D): tf.Tensor1D {
  const n = head.shape[0];
  return n === bank.shape[0] ? head : tf.concat1d([head, tf.slice1d(bank, n, bank.shape[0] - n)]);
}
