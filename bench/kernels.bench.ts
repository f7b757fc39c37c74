/**
 * Convolution kernels forward and backward, wasm (with ws-repro's patches; the shipped Conv2DBackpropInput too)
 * vs the pure-JS cpu backend, at the shapes of the smoke network (16x16 images, 8 filters, batch 128) and the
 * paper's super-net (32x32, 16 filters, batch 256; first and last stack). Figures are ms per image.
 * cpu runs a smaller batch (it is 10-100x slower); per-image time is batch-independent to first order.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../src/nn/backend.js';
import { shippedWasmKernel } from '../src/nn/kernels/register.js';

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
const CPU_BATCH = 16;

/** Median ms of `reps` runs of f (after one warm-up); each run's result is read back and freed. */
function time(f: () => tf.Tensor, reps: number): number {
  const warm = f();
  warm.dataSync();
  warm.dispose();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const out = f();
    out.dataSync();
    times.push(performance.now() - t0);
    out.dispose();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function measure(shape: Shape, batch: number, reps: number, withShipped: boolean): Record<string, number> {
  const x = tf.randomNormal([batch, shape.size, shape.size, shape.channels]) as tf.Tensor4D;
  const w = tf.randomNormal([shape.kernel, shape.kernel, shape.channels, shape.channels]) as tf.Tensor4D;
  const dy = tf.randomNormal([batch, shape.size, shape.size, shape.channels]) as tf.Tensor4D;
  const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC' } as const;
  const perImage = (ms: number) => Number((ms / batch).toFixed(4));
  const out: Record<string, number> = {
    Conv2D: perImage(time(() => tf.conv2d(x, w, 1, 'same'), reps)),
    Conv2DBackpropInput: perImage(
      time(() => tf.engine().runKernel('Conv2DBackpropInput', { dy, filter: w }, { ...attrs, inputShape: x.shape } as never) as tf.Tensor, reps),
    ),
    Conv2DBackpropFilter: perImage(
      time(() => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...attrs, filterShape: w.shape } as never) as tf.Tensor, reps),
    ),
  };
  const shipped = withShipped ? shippedWasmKernel('Conv2DBackpropInput') : undefined;
  if (shipped) {
    const backend = tf.backend();
    out['Conv2DBackpropInput (shipped)'] = perImage(
      time(() => {
        const info = shipped.kernelFunc({ inputs: { dy, filter: w }, backend, attrs: { ...attrs, inputShape: x.shape } as never });
        return tf.engine().makeTensorFromTensorInfo(info as tf.TensorInfo);
      }, reps),
    );
  }
  tf.dispose([x, w, dy]);
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = { unit: 'ms per image (median)', cpuBatch: CPU_BATCH };
  for (const backend of ['wasm', 'cpu'] as const) {
    await selectBackend({ prefer: backend, log: null });
    const rows: Record<string, Record<string, number>> = {};
    for (const shape of SHAPES) {
      const batch = backend === 'wasm' ? shape.batch : CPU_BATCH;
      rows[`${shape.name} (batch ${batch})`] = measure(shape, batch, backend === 'wasm' ? 5 : 2, backend === 'wasm');
    }
    results[backend] = rows;
  }
  return results;
}
