/**
 * Trainable-parameter count of the NAS-Bench-101 network built around a cell (nasbench `model_builder.py`):
 * a 3x3 conv-bn-relu stem, `stacks` stacks of `cellsPerStack` cells, a 2x2 max-pool and a doubling of the
 * channels before every stack but the first, global average pooling and a dense layer with bias.
 * Every conv has no bias and is followed by batch norm with trainable gamma and beta (2 per channel).
 */
import { CONV1X1, CONV3X3, type Cell, type Matrix } from './cell.js';

export interface NetworkOptions {
  readonly initialFilters?: number;
  readonly stacks?: number;
  readonly cellsPerStack?: number;
  readonly numLabels?: number;
}

export const NASBENCH_NETWORK = { initialFilters: 128, stacks: 3, cellsPerStack: 3, numLabels: 10 } as const;

/**
 * nasbench `compute_vertex_channels`: the output channels are split as evenly as possible among the vertices
 * feeding the output (the first ones get the remainder); every other hidden vertex takes the largest channel
 * count among its hidden successors. The cell must be pruned.
 */
export function vertexChannels(matrix: Matrix, inputChannels: number, outputChannels: number): number[] {
  const n = matrix.length;
  const channels = new Array<number>(n).fill(0);
  channels[0] = inputChannels;
  channels[n - 1] = outputChannels;
  if (n === 2) return channels;
  let feeding = 0;
  for (let v = 1; v < n - 1; v++) feeding += matrix[v][n - 1];
  const share = Math.floor(outputChannels / feeding);
  let correction = outputChannels % feeding;
  for (let v = 1; v < n - 1; v++) {
    if (!matrix[v][n - 1]) continue;
    channels[v] = share;
    if (correction > 0) {
      channels[v]++;
      correction--;
    }
  }
  for (let v = n - 3; v > 0; v--) {
    if (matrix[v][n - 1]) continue;
    for (let dst = v + 1; dst < n - 1; dst++) if (matrix[v][dst]) channels[v] = Math.max(channels[v], channels[dst]);
  }
  return channels;
}

/** conv (no bias) + batch norm (gamma, beta). */
const convBn = (kernel: number, inChannels: number, outChannels: number): number =>
  kernel * kernel * inChannels * outChannels + 2 * outChannels;

/** Parameters of one cell taking `inputChannels` and producing `outputChannels` (nasbench `build_module`). */
export function cellParameters(cell: Cell, inputChannels: number, outputChannels: number): number {
  const { matrix, ops } = cell;
  const n = matrix.length;
  const channels = vertexChannels(matrix, inputChannels, outputChannels);
  let total = 0;
  for (let t = 1; t < n - 1; t++) {
    // The cell input reaches a vertex through a 1x1 projection; other inputs are truncated (no parameters).
    if (matrix[0][t]) total += convBn(1, inputChannels, channels[t]);
    if (ops[t] === CONV3X3) total += convBn(3, channels[t], channels[t]);
    else if (ops[t] === CONV1X1) total += convBn(1, channels[t], channels[t]);
  }
  if (matrix[0][n - 1]) total += convBn(1, inputChannels, outputChannels);
  return total;
}

/** The network's trainable parameters; with the defaults, NAS-Bench-101's `trainable_parameters`. */
export function trainableParameters(cell: Cell, options: NetworkOptions = {}): number {
  const { initialFilters, stacks, cellsPerStack, numLabels } = { ...NASBENCH_NETWORK, ...options };
  let total = convBn(3, 3, initialFilters);
  let channels = initialFilters;
  for (let stack = 0; stack < stacks; stack++) {
    const inStack = channels;
    if (stack > 0) channels *= 2;
    total += cellParameters(cell, inStack, channels);
    total += (cellsPerStack - 1) * cellParameters(cell, channels, channels);
  }
  return total + channels * numLabels + numLabels;
}
