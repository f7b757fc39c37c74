/**
 * What the trainer and the proxy evaluator need from a network, standalone or super-net, and the seeded
 * initial values of its variables (the initialisers of nasbench/lib: variance scaling (fan-in, truncated normal)
 * for convolutions, Glorot uniform for the dense kernel, zeros/ones for biases and batch norm).
 */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../space/cell.js';
import { derivedRandom } from '../random.js';
import type { NetworkConfig } from './architecture.js';
import type { ForwardOptions } from './forward.js';

export interface Model {
  readonly config: NetworkConfig;
  /** Logits of `cell`'s network on NHWC images. */
  logits(cell: Cell, images: tf.Tensor4D, options: ForwardOptions): tf.Tensor2D;
  /** The trainable variables a step on `cell` can change, by name. */
  trainableVariables(cell: Cell): ReadonlyMap<string, tf.Variable>;
  /** Every variable (trainable ones and batch-norm running statistics), by name: what a checkpoint holds. */
  state(): ReadonlyMap<string, tf.Variable>;
  dispose(): void;
}

/** An integer seed for one variable's initialiser, from the model seed and the variable's name. */
function variableSeed(seed: number, name: string): number {
  return Math.floor(derivedRandom(seed, `init/${name}`)() * 2 ** 31);
}

/** The initial value of a variable, chosen by the last part of its name. */
export function initialValue(name: string, shape: readonly number[], seed: number): tf.Tensor {
  const kind = name.slice(name.lastIndexOf('/') + 1);
  const s = [...shape];
  switch (kind) {
    case 'kernel':
      return name.startsWith('dense/')
        ? tf.initializers.glorotUniform({ seed: variableSeed(seed, name) }).apply(s)
        : tf.initializers
            .varianceScaling({
              scale: 1,
              mode: 'fanIn',
              distribution: 'truncatedNormal',
              seed: variableSeed(seed, name),
            })
            .apply(s);
    case 'gamma':
    case 'variance':
      return tf.ones(s);
    case 'beta':
    case 'bias':
    case 'mean':
      return tf.zeros(s);
    default:
      throw new Error(`initialValue: unknown variable kind in ${name}`);
  }
}

/** Creates the variables; batch-norm running statistics (`/mean`, `/variance`) are not trainable. */
export function createVariables(
  shapes: readonly { name: string; shape: readonly number[] }[],
  seed: number,
): Map<string, tf.Variable> {
  const out = new Map<string, tf.Variable>();
  for (const { name, shape } of shapes) {
    const init = initialValue(name, shape, seed);
    const trainable = !(name.endsWith('/mean') || name.endsWith('/variance'));
    out.set(name, tf.variable(init, trainable));
    init.dispose();
  }
  return out;
}

/** Running-statistics variables of every batch-norm layer named by a `/gamma` shape. */
export function runningStatShapes(
  shapes: readonly { name: string; shape: readonly number[] }[],
): { name: string; shape: readonly number[] }[] {
  return shapes
    .filter((s) => s.name.endsWith('/gamma'))
    .flatMap((s) => {
      const layer = s.name.slice(0, -'/gamma'.length);
      return [
        { name: `${layer}/mean`, shape: s.shape },
        { name: `${layer}/variance`, shape: s.shape },
      ];
    });
}
