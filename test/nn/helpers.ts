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
 * A learnable synthetic task a conv net with global pooling can solve: the label (< 3) is the colour channel that
 * is brighter on average, under strong per-pixel noise; deterministic in (seed, step).
 */
export function syntheticBatch(seed: number, step: number, count: number, config: NetworkConfig): Batch {
  const random = derivedRandom(seed, `batch/${step}`);
  const h = config.inputSize;
  const images = new Float32Array(count * h * h * 3);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const label = Math.floor(random() * config.numLabels);
    labels[i] = label;
    for (let p = 0; p < h * h; p++) {
      for (let c = 0; c < 3; c++) images[(i * h * h + p) * 3 + c] = (c === label % 3 ? 0.5 : 0) + 2 * (random() - 0.5);
    }
  }
  return { images, labels, count, size: h };
}

export async function snapshot(vars: ReadonlyMap<string, tf.Variable>): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  for (const [name, v] of vars) out.set(name, (await v.data()) as Float32Array);
  return out;
}
