/** Tiny shapes and synthetic data for the cpu-backend tests of src/nn. */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../../src/space/cell.js';
import type { NetworkConfig } from '../../src/nn/architecture.js';
import type { Batch } from '../../src/nn/batch.js';
import { derivedRandom } from '../../src/random.js';

export const TINY: NetworkConfig = { initialFilters: 4, stacks: 2, cellsPerStack: 1, numLabels: 3, inputSize: 8 };

export async function useCpu(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** input -> conv3x3 -> conv1x1 -> output, input -> maxpool -> output, input -> output (a residual A2 cell). */
export const CELL_A: Cell = {
  matrix: [
    [0, 1, 0, 1, 1],
    [0, 0, 1, 0, 0],
    [0, 0, 0, 0, 1],
    [0, 0, 0, 0, 1],
    [0, 0, 0, 0, 0],
  ],
  ops: ['input', 'conv3x3-bn-relu', 'conv1x1-bn-relu', 'maxpool3x3', 'output'],
};

/** input -> conv1x1 -> conv3x3 -> output and conv1x1 -> output (A2, no residual, vertex 1 wider than vertex 2). */
export const CELL_B: Cell = {
  matrix: [
    [0, 1, 0, 0],
    [0, 0, 1, 1],
    [0, 0, 0, 1],
    [0, 0, 0, 0],
  ],
  ops: ['input', 'conv1x1-bn-relu', 'conv3x3-bn-relu', 'output'],
};

/**
 * A learnable synthetic task: the label is the quadrant-brightness class of the image (which of `labels` image
 * regions is brightest), plus noise; deterministic in (seed, step).
 */
export function syntheticBatch(seed: number, step: number, size: number, config: NetworkConfig): Batch {
  const random = derivedRandom(seed, `batch/${step}`);
  const h = config.inputSize;
  const images = new Float32Array(size * h * h * 3);
  const labels = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const label = Math.floor(random() * config.numLabels);
    labels[i] = label;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < h; x++) {
        const region = Math.floor((x * config.numLabels) / h);
        for (let c = 0; c < 3; c++) {
          images[((i * h + y) * h + x) * 3 + c] = (region === label ? 1 : 0) + (random() - 0.5);
        }
      }
    }
  }
  return { images, labels, count: size, size: h };
}

export async function snapshot(vars: ReadonlyMap<string, tf.Variable>): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  for (const [name, v] of vars) out.set(name, (await v.data()) as Float32Array);
  return out;
}
