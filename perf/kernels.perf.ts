/**
 * Convolution kernels forward and backward on wasm and on the pure-JS cpu backend, ws-repro's patched kernels
 * next to the shipped ones they replace, at the shapes of the smoke network (16x16 images, 8 filters, batch 128)
 * and of the paper's super-net (32x32, 16 filters, batch 256; first and last stack). Figures: ms per image, median.
 * cpu runs a batch of 4 and a single timed run (its shipped filter gradient takes seconds per image); per-image
 * time is batch-independent to first order.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../src/nn/backend.js';
import { shippedKernel } from '../src/nn/kernels/register.js';

interface Shape {
  readonly name: string;
  readonly batch: number;
  readonly size: number;
  readonly channels: number;
  readonly kernel: number;
}

const SHAPES: readonly Shape[] = [
  { name: 'smoke stack 1, 3x3', batch: 128, size: 16, channels: 8, kernel: 3 },
  { name: 'paper stack 1, 3x3', batch: 256, size: 32, channels: 16, kernel: 3 },
  { name: 'paper stack 1, 1x1', batch: 256, size: 32, channels: 16, kernel: 1 },
  { name: 'paper stack 3, 3x3', batch: 256, size: 8, channels: 64, kernel: 3 },
];
const RUNS = { wasm: { batch: 0, reps: 5, warmUp: true }, cpu: { batch: 4, reps: 1, warmUp: false } } as const;

/** Median ms of `reps` runs of f; each run's result is read back and freed. */
function time(f: () => tf.Tensor, reps: number, warmUp: boolean): number {
  const times: number[] = [];
  for (let i = warmUp ? -1 : 0; i < reps; i++) {
    const t0 = performance.now();
    const out = f();
    out.dataSync();
    if (i >= 0) times.push(performance.now() - t0);
    out.dispose();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function measure(backendName: string, shape: Shape, batch: number, reps: number, warmUp: boolean): Record<string, number> {
  const x = tf.randomNormal([batch, shape.size, shape.size, shape.channels]) as tf.Tensor4D;
  const filter = tf.randomNormal([shape.kernel, shape.kernel, shape.channels, shape.channels]) as tf.Tensor4D;
  const dy = tf.randomNormal([batch, shape.size, shape.size, shape.channels]) as tf.Tensor4D;
  const common = { strides: 1, pad: 'same', dataFormat: 'NHWC' };
  const kernels: Record<string, { inputs: Record<string, tf.Tensor>; attrs: object }> = {
    Conv2D: { inputs: { x, filter }, attrs: { ...common, dilations: 1 } },
    Conv2DBackpropInput: { inputs: { dy, filter }, attrs: { ...common, inputShape: x.shape } },
    Conv2DBackpropFilter: { inputs: { x, dy }, attrs: { ...common, filterShape: filter.shape } },
  };
  const out: Record<string, number> = {};
  const perImage = (ms: number) => Number((ms / batch).toFixed(4));
  for (const [name, { inputs, attrs }] of Object.entries(kernels)) {
    out[name] = perImage(time(() => tf.engine().runKernel(name, inputs, attrs as never) as tf.Tensor, reps, warmUp));
    const shipped = shippedKernel(name, backendName);
    if (shipped) {
      const run = () => {
        const info = shipped.kernelFunc({ inputs, backend: tf.backend(), attrs: attrs as never }) as tf.TensorInfo;
        return tf.engine().makeTensorFromTensorInfo(info);
      };
      out[`${name} (shipped)`] = perImage(time(run, reps, warmUp));
    }
  }
  tf.dispose([x, filter, dy]);
  return out;
}

/** wasm's other patched kernels against the shipped ones, on paper-size stack-1 activations ([256,32,32,16]). */
function measureOthers(): Record<string, number> {
  const batch = 256;
  const x = tf.randomNormal([batch, 32, 32, 16]) as tf.Tensor4D;
  const cases: Record<string, { kernel: string; inputs: Record<string, tf.Tensor>; attrs: object }> = {};
  for (const [filterSize, strides] of [[3, 1], [2, 2]]) {
    const attrs = { filterSize, strides, pad: 'same' };
    const output = tf.maxPool(x, filterSize, strides, 'same');
    const dy = tf.randomNormal(output.shape);
    cases[`MaxPoolGrad ${filterSize}x${filterSize}/${strides}`] = { kernel: 'MaxPoolGrad', inputs: { dy, input: x, output }, attrs };
  }
  cases['Slice of half the channels'] = { kernel: 'Slice', inputs: { x }, attrs: { begin: [0, 0, 0, 0], size: [-1, -1, -1, 8] } };
  const out: Record<string, number> = {};
  const perImage = (ms: number) => Number((ms / batch).toFixed(4));
  for (const [name, { kernel, inputs, attrs }] of Object.entries(cases)) {
    out[name] = perImage(time(() => tf.engine().runKernel(kernel, inputs, attrs as never) as tf.Tensor, 5, true));
    const shipped = shippedKernel(kernel, 'wasm');
    if (shipped) {
      const run = () =>
        tf.engine().makeTensorFromTensorInfo(shipped.kernelFunc({ inputs, backend: tf.backend(), attrs: attrs as never }) as tf.TensorInfo);
      out[`${name} (shipped)`] = perImage(time(run, 5, true));
    }
  }
  tf.dispose([x, ...Object.values(cases).flatMap((c) => Object.values(c.inputs))]);
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = { unit: 'ms per image (median)' };
  for (const name of ['wasm', 'cpu'] as const) {
    const { tfBackend } = await selectBackend({ prefer: name, log: null });
    const { batch, reps, warmUp } = RUNS[name];
    const rows: Record<string, Record<string, number>> = {};
    for (const shape of SHAPES) {
      const n = batch || shape.batch;
      rows[`${shape.name} (batch ${n})`] = measure(tfBackend, shape, n, reps, warmUp);
    }
    results[name] = rows;
    if (name === 'wasm') results['wasm, other patched kernels (batch 256)'] = measureOthers();
  }
  return results;
}
