/**
 * ws-repro's wasm kernels against tfjs' pure-JS cpu backend (the reference) on seeded random inputs.
 * Tolerance: float32 sums are reordered (the cpu kernels loop, XNNPACK blocks), so results differ by rounding;
 * we require max |wasm - cpu| <= TOLERANCE * max(1, max |cpu|). docs/DESIGN.md measured 2e-5 for this comparison.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../src/nn/backend.js';
import { shippedKernel } from '../../src/nn/kernels/register.js';
import { derivedRandom } from '../../src/random.js';

const TOLERANCE = 2e-5;

function randomArray(size: number, label: string): Float32Array {
  const random = derivedRandom(5, label);
  return Float32Array.from({ length: size }, () => random() * 2 - 1);
}

async function on(backend: string, compute: () => tf.Tensor | tf.Tensor[]): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const out = compute();
  const list = Array.isArray(out) ? out : [out];
  const data = await Promise.all(list.map(async (t) => Float32Array.from(await t.data())));
  tf.dispose(list);
  return data;
}

function relativeError(actual: Float32Array, expected: Float32Array): number {
  expect(actual.length).toBe(expected.length);
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return diff / scale;
}

async function expectSameOnWasmAndCpu(compute: () => tf.Tensor | tf.Tensor[]): Promise<void> {
  const expected = await on('cpu', compute);
  const actual = await on('wasm', compute);
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(relativeError(actual[i], expected[i])).toBeLessThanOrEqual(TOLERANCE);
}

type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];
interface ConvCase {
  x: [number, number, number, number];
  k: number;
  out: number;
  stride: number;
  pad: Pad;
}
const CASES: ConvCase[] = [
  { x: [2, 8, 8, 3], k: 3, out: 4, stride: 1, pad: 'same' },
  { x: [2, 8, 8, 5], k: 1, out: 6, stride: 1, pad: 'same' }, // pointwise: matrix product
  { x: [2, 8, 8, 5], k: 1, out: 6, stride: 2, pad: 'same' },
  { x: [2, 8, 8, 4], k: 3, out: 3, stride: 1, pad: 'valid' },
  { x: [3, 9, 9, 4], k: 3, out: 5, stride: 2, pad: 'same' },
  { x: [2, 8, 8, 3], k: 3, out: 2, stride: 2, pad: 'same' }, // asymmetric 'same' padding (0 top, 1 bottom)
  { x: [2, 9, 9, 4], k: 3, out: 3, stride: 2, pad: 'valid' },
  { x: [2, 9, 9, 3], k: 2, out: 3, stride: 2, pad: 'valid' }, // last row/column never read: cropped
  { x: [1, 7, 6, 2], k: 3, out: 3, stride: 1, pad: [[0, 0], [2, 0], [0, 1], [0, 0]] },
  { x: [4, 16, 16, 16], k: 3, out: 16, stride: 1, pad: 'same' },
];

function outputShape(c: ConvCase): [number, number, number, number] {
  const info = tf.backend_util.computeConv2DInfo(c.x, [c.k, c.k, c.x[3], c.out], c.stride, 1, c.pad);
  return info.outShape;
}

const name = (c: ConvCase) => `x [${c.x}] k${c.k} -> ${c.out}, stride ${c.stride}, pad ${JSON.stringify(c.pad)}`;

describe('wasm kernel patches', () => {
  beforeAll(async () => {
    await selectBackend({ prefer: 'wasm', log: null });
  });

  it.each(CASES)('Conv2DBackpropFilter matches cpu: $x k$k stride $stride pad $pad', async (c) => {
    const dyShape = outputShape(c);
    const x = randomArray(tf.util.sizeFromShape(c.x), `x ${name(c)}`);
    const dy = randomArray(tf.util.sizeFromShape(dyShape), `dy ${name(c)}`);
    await expectSameOnWasmAndCpu(() =>
      tf.engine().runKernel(
        'Conv2DBackpropFilter',
        { x: tf.tensor(x, c.x), dy: tf.tensor(dy, dyShape) },
        { strides: c.stride, pad: c.pad, dataFormat: 'NHWC', filterShape: [c.k, c.k, c.x[3], c.out] } as never,
      ) as tf.Tensor,
    );
  });

  it.each(CASES)('Conv2DBackpropInput matches cpu: $x k$k stride $stride pad $pad', async (c) => {
    const dyShape = outputShape(c);
    const w = randomArray(c.k * c.k * c.x[3] * c.out, `w ${name(c)}`);
    const dy = randomArray(tf.util.sizeFromShape(dyShape), `dy ${name(c)}`);
    await expectSameOnWasmAndCpu(() =>
      tf.engine().runKernel(
        'Conv2DBackpropInput',
        { dy: tf.tensor(dy, dyShape), filter: tf.tensor(w, [c.k, c.k, c.x[3], c.out]) },
        { strides: c.stride, pad: c.pad, dataFormat: 'NHWC', inputShape: c.x } as never,
      ) as tf.Tensor,
    );
  });

  // Values on a coarse grid, so windows often hold several equal maxima (as after ReLU): the gradient must go to
  // the first one in row-major order, as the cpu kernel (and TensorFlow) does.
  it.each([
    { x: [2, 8, 8, 3], filter: 3, stride: 1, pad: 'same' },
    { x: [2, 8, 8, 4], filter: 2, stride: 2, pad: 'same' },
    { x: [2, 9, 9, 3], filter: 2, stride: 2, pad: 'same' },
    { x: [2, 9, 9, 2], filter: 3, stride: 2, pad: 'valid' },
    { x: [1, 7, 5, 3], filter: 3, stride: 1, pad: 'valid' },
    { x: [4, 16, 16, 16], filter: 3, stride: 1, pad: 'same' },
  ] as const)('MaxPoolGrad matches cpu, ties included: $x $filter/$stride $pad', async (c) => {
    const random = derivedRandom(5, `pool ${c.x} ${c.filter} ${c.stride} ${c.pad}`);
    const x = Float32Array.from({ length: tf.util.sizeFromShape([...c.x]) }, () => Math.round(random() * 3) - 1);
    const outShape = tf.backend_util.computePool2DInfo([...c.x], c.filter, c.stride, 1, c.pad).outShape;
    const dy = randomArray(tf.util.sizeFromShape(outShape), `pool dy ${c.x}`);
    await expectSameOnWasmAndCpu(() => {
      const input = tf.tensor4d(x, [...c.x]);
      const attrs = { filterSize: c.filter, strides: c.stride, pad: c.pad } as never;
      const output = tf.engine().runKernel('MaxPool', { x: input }, attrs) as tf.Tensor;
      return tf.engine().runKernel('MaxPoolGrad', { dy: tf.tensor(dy, outShape), input, output }, attrs) as tf.Tensor;
    });
  });

  it.each([
    { shape: [2, 4, 4, 6], begin: [0, 0, 0, 2], size: [-1, -1, -1, 3] }, // a channel slice
    { shape: [2, 5, 5, 3], begin: [0, 1, 1, 0], size: [2, 3, 3, 3] },
    { shape: [3, 70], begin: [1, 2], size: [2, 66] }, // long runs: the shipped kernel
    { shape: [4, 6], begin: [1, 1], size: [2, 3] },
    { shape: [2, 2, 3, 2, 5], begin: [0, 1, 0, 1, 1], size: [2, 1, 3, 1, 3] },
    { shape: [4, 6], begin: [2, 0], size: [2, 6] }, // contiguous
  ])('Slice matches cpu: $shape from $begin size $size', async (c) => {
    const values = randomArray(tf.util.sizeFromShape(c.shape), `slice ${c.shape}`);
    await expectSameOnWasmAndCpu(() => [
      tf.slice(tf.tensor(values, c.shape), c.begin, c.size),
      tf.slice(tf.tensor(values, c.shape, 'int32'), c.begin, c.size).toFloat(),
    ]);
  });

  it('SplitV matches cpu along channels and rows', async () => {
    const values = randomArray(2 * 4 * 4 * 6, 'split');
    await expectSameOnWasmAndCpu(() => {
      const x = tf.tensor4d(values, [2, 4, 4, 6]);
      return [...tf.split(x, [2, 4], 3), ...tf.split(x, 2, 1), ...tf.split(x, [1, -1], 3)];
    });
  });

  it('rejects NCHW in Conv2DBackpropFilter with a message naming the kernel', async () => {
    await tf.setBackend('wasm');
    const x = tf.zeros([1, 2, 4, 4]);
    const dy = tf.zeros([1, 3, 4, 4]);
    expect(() =>
      tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, {
        strides: 1,
        pad: 'same',
        dataFormat: 'NCHW',
        filterShape: [3, 3, 2, 3],
      } as never),
    ).toThrow(/Conv2DBackpropFilter supports dataFormat 'NHWC' only/);
    tf.dispose([x, dy]);
  });

  it('leaks no tensor and no backend buffer in a conv2d gradient', async () => {
    await tf.setBackend('wasm');
    const x = tf.tensor(randomArray(2 * 8 * 8 * 3, 'leak x'), [2, 8, 8, 3]) as tf.Tensor4D;
    const w = tf.tensor(randomArray(3 * 3 * 3 * 4, 'leak w'), [3, 3, 3, 4]) as tf.Tensor4D;
    const v = tf.tensor(randomArray(3 * 2, 'leak v'), [1, 1, 3, 2]) as tf.Tensor4D; // pointwise path too
    const step = () =>
      tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
        tf.add(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same').sum(), tf.conv2d(a as tf.Tensor4D, c as tf.Tensor4D, 1, 'same').sum()),
      )([x, w, v]);
    tf.dispose(step()); // warm-up: lazily created constants stay
    const tensors = tf.memory().numTensors;
    const buffers = tf.engine().backend.numDataIds();
    tf.dispose(step());
    expect(tf.memory().numTensors).toBe(tensors);
    expect(tf.engine().backend.numDataIds()).toBe(buffers);
    tf.dispose([x, w, v]);
  });

  // A miniature of the NAS-Bench-101 network's training step (conv-bn-relu, maxpool 3x3/1 same, 1x1 projection,
  // concat, add, maxpool 2x2/2, global mean, dense, softmax cross-entropy): every gradient kernel it needs must
  // exist on wasm and agree with cpu. This keeps the kernel audit in src/nn/kernels/register.ts honest.
  it('computes the gradients of a miniature NAS-Bench-101 training step as cpu does', async () => {
    const shapes: Record<string, number[]> = {
      stem: [3, 3, 3, 8],
      conv: [3, 3, 8, 4],
      proj: [1, 1, 8, 4],
      dense: [8, 10],
      bias: [10],
    };
    const init = Object.fromEntries(
      Object.entries(shapes).map(([k, s]) => [k, randomArray(tf.util.sizeFromShape(s), `param ${k}`)]),
    );
    const images = randomArray(4 * 8 * 8 * 3, 'images');
    const labels = [1, 3, 5, 7];
    const step = () => {
      const params = Object.fromEntries(Object.entries(shapes).map(([k, s]) => [k, tf.tensor(init[k], s)]));
      const names = Object.keys(params);
      const loss = (...ps: tf.Tensor[]) => {
        const p = Object.fromEntries(names.map((n, i) => [n, ps[i]]));
        const x = tf.tensor4d(images, [4, 8, 8, 3]);
        const convBnRelu = (t: tf.Tensor4D, w: tf.Tensor) => {
          const y = tf.conv2d(t, w as tf.Tensor4D, 1, 'same');
          const { mean, variance } = tf.moments(y, [0, 1, 2]);
          return tf.relu(tf.mul(tf.sub(y, mean), tf.rsqrt(tf.add(variance, 1e-5)))) as tf.Tensor4D;
        };
        const stem = convBnRelu(x, p.stem);
        const a = convBnRelu(stem, p.conv);
        const b = tf.maxPool(convBnRelu(stem, p.proj), 3, 1, 'same');
        const cell = tf.add(tf.concat([a, b], 3), stem) as tf.Tensor4D;
        const pooled = tf.mean(tf.maxPool(cell, 2, 2, 'same'), [1, 2]);
        const logits = tf.add(tf.matMul(pooled, p.dense), p.bias);
        return tf.losses.softmaxCrossEntropy(tf.oneHot(labels, 10), logits) as tf.Scalar;
      };
      const { value, grads } = tf.valueAndGrads(loss)(names.map((n) => params[n]));
      return [value, ...grads];
    };
    await expectSameOnWasmAndCpu(step);
  });
});

// Runs last: from here on the cpu backend carries ws-repro's Conv2DBackpropFilter, compared with the one it ships.
describe('cpu kernel patch', () => {
  beforeAll(async () => {
    await selectBackend({ prefer: 'cpu', log: null });
  });

  it.each(CASES.slice(0, -1))('Conv2DBackpropFilter matches the shipped cpu kernel: $x k$k stride $stride pad $pad', async (c) => {
    const dyShape = outputShape(c);
    const inputs = () => ({
      x: tf.tensor(randomArray(tf.util.sizeFromShape(c.x), `x ${name(c)}`), c.x),
      dy: tf.tensor(randomArray(tf.util.sizeFromShape(dyShape), `dy ${name(c)}`), dyShape),
    });
    const attrs = { strides: c.stride, pad: c.pad, dataFormat: 'NHWC', filterShape: [c.k, c.k, c.x[3], c.out] } as never;
    const shipped = shippedKernel('Conv2DBackpropFilter', 'cpu');
    expect(shipped).toBeDefined();
    const [expected] = await on('cpu', () =>
      tf.engine().makeTensorFromTensorInfo(shipped!.kernelFunc({ inputs: inputs(), backend: tf.backend(), attrs }) as tf.TensorInfo),
    );
    const [actual] = await on('cpu', () => tf.engine().runKernel('Conv2DBackpropFilter', inputs(), attrs) as tf.Tensor);
    expect(relativeError(actual, expected)).toBeLessThanOrEqual(TOLERANCE);
  });
});
