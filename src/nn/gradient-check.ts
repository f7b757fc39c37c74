/**
 * Every op the trainer's step uses (src/nn/forward.ts, batch-norm.ts, supernet.ts, trainer.ts), forward and
 * backward, on the active backend against tfjs' pure-JS cpu backend, on small seeded inputs. The error of a tensor
 * is normwise: max |a - b| over the largest |b|, so that entries near zero do not inflate it. The gradient is of
 * sum(y * w) for a fixed random w, so that no entry of dy is the trivial 1.
 */
import * as tf from '@tensorflow/tfjs';
import { derivedRandom } from '../random.js';
import { batchNormReluTrain } from './batch-norm.js';

interface OpCase {
  readonly op: string;
  readonly inputs: readonly (readonly number[])[];
  readonly forward: (...xs: tf.Tensor[]) => tf.Tensor;
}

const conv = (x: tf.Tensor, k: tf.Tensor) => tf.conv2d(x as tf.Tensor4D, k as tf.Tensor4D, 1, 'same');
const noStats = () => {};

/** Shapes as in a super-net with 4-8 channels on 6x6 maps: big enough for every code path, fast on SwiftShader. */
export const TRAINER_OPS: readonly OpCase[] = [
  { op: 'conv2d 1x1', inputs: [[2, 6, 6, 5], [1, 1, 5, 4]], forward: conv },
  { op: 'conv2d 3x3', inputs: [[2, 6, 6, 4], [3, 3, 4, 6]], forward: conv },
  { op: 'max-pool 3x3 stride 1', inputs: [[2, 6, 6, 4]], forward: (x) => tf.maxPool(x as tf.Tensor4D, 3, 1, 'same') },
  { op: 'max-pool 2x2 stride 2', inputs: [[2, 6, 6, 4]], forward: (x) => tf.maxPool(x as tf.Tensor4D, 2, 2, 'same') },
  { op: 'relu', inputs: [[2, 6, 6, 4]], forward: (x) => tf.relu(x) },
  {
    op: 'batch norm + relu (training form)',
    inputs: [[4, 6, 6, 5], [5], [5]],
    forward: (x, gamma, beta) => batchNormReluTrain(x as tf.Tensor4D, gamma as tf.Tensor1D, beta as tf.Tensor1D, noStats),
  },
  {
    // SuperNet.convBn: the first n filters of a bank, and single-k's 1x1 kernel from the centre of the 3x3 one.
    op: 'super-net bank slice (first n filters, centre of 3x3)',
    inputs: [[2, 6, 6, 3], [3, 3, 6, 8]],
    forward: (x, bank) => conv(x, tf.slice(bank, [1, 1, 0, 0], [1, 1, 3, 5])),
  },
  {
    // forwardNetwork's truncate: a vertex's input keeps the first channels of a wider predecessor.
    op: 'channel truncation (first n channels)',
    inputs: [[2, 6, 6, 8]],
    forward: (x) => tf.slice(x, [0, 0, 0, 0], [2, 6, 6, 5]),
  },
  {
    op: 'concat (channels)',
    inputs: [[2, 6, 6, 3], [2, 6, 6, 5]],
    forward: (a, b) => tf.concat4d([a as tf.Tensor4D, b as tf.Tensor4D], 3),
  },
  { op: 'add', inputs: [[2, 6, 6, 4], [2, 6, 6, 4]], forward: (a, b) => tf.add(a, b) },
  { op: 'addN', inputs: [[2, 6, 6, 4], [2, 6, 6, 4], [2, 6, 6, 4]], forward: (...xs) => tf.addN(xs) },
  {
    // Trainer: weight decay sums one squared norm per weight tensor used, more than a shader may bind on webgpu.
    op: 'weight decay (addN of 40 squared norms)',
    inputs: Array.from({ length: 40 }, (_, i) => [1 + (i % 3), 4]),
    forward: (...ws) => tf.addN(ws.map((w) => tf.sum(tf.square(w)))),
  },
  { op: 'global average pool', inputs: [[2, 6, 6, 8]], forward: (x) => tf.mean(x, [1, 2]) },
  {
    op: 'dense',
    inputs: [[4, 8], [8, 10], [10]],
    forward: (x, kernel, bias) => tf.add(tf.matMul(x as tf.Tensor2D, kernel as tf.Tensor2D), bias),
  },
  {
    op: 'softmax cross-entropy',
    inputs: [[4, 10]],
    forward: (logits) => tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d([0, 3, 7, 9], 'int32'), 10), logits),
  },
];

export interface OpError {
  readonly op: string;
  /** Normwise relative error of the output. */
  readonly forward: number;
  /** The largest normwise relative error over the gradients of the op's inputs. */
  readonly backward: number;
}

interface Values {
  readonly output: Float32Array;
  readonly gradients: Float32Array[];
}

function seeded(shape: readonly number[], seed: string): Float32Array {
  const random = derivedRandom(seed, 'gradient-check');
  return Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => 2 * random() - 1);
}

/** Output and input gradients of one op on the active backend, read asynchronously (webgpu cannot read in sync). */
async function evaluate(c: OpCase): Promise<Values> {
  const inputs = c.inputs.map((shape, i) => tf.tensor(seeded(shape, `${c.op}/${i}`), [...shape]));
  const output = c.forward(...inputs);
  const w = tf.tensor(seeded(output.shape, `${c.op}/dy`), output.shape);
  const grads = tf.grads((...xs: tf.Tensor[]) => tf.sum(tf.mul(c.forward(...xs), w)))(inputs);
  try {
    return {
      output: (await output.data()) as Float32Array,
      gradients: (await Promise.all(grads.map((g) => g.data()))) as Float32Array[],
    };
  } finally {
    tf.dispose([...inputs, output, w, ...grads]);
  }
}

export function relativeError(actual: Float32Array, expected: Float32Array): number {
  if (actual.length !== expected.length) return Number.POSITIVE_INFINITY;
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]));
    const d = Math.abs(actual[i] - expected[i]);
    diff = Number.isNaN(d) ? Number.POSITIVE_INFINITY : Math.max(diff, d);
  }
  return scale === 0 ? diff : diff / scale;
}

/** Runs every op on the active backend, then on the cpu backend, and makes the first active again. */
export async function gradientCheck(ops: readonly OpCase[] = TRAINER_OPS): Promise<OpError[]> {
  const backend = tf.getBackend();
  const actual: Values[] = [];
  for (const c of ops) actual.push(await evaluate(c));
  await tf.setBackend('cpu');
  const expected: Values[] = [];
  try {
    for (const c of ops) expected.push(await evaluate(c));
  } finally {
    await tf.setBackend(backend);
  }
  return ops.map((c, i) => ({
    op: c.op,
    forward: relativeError(actual[i].output, expected[i].output),
    backward: Math.max(...actual[i].gradients.map((g, k) => relativeError(g, expected[i].gradients[k]))),
  }));
}
