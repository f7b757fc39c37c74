/**
 * Trainable-parameter count of the NAS-Bench-101 network built around a cell (nasbench `model_builder.py`):
 * a 3x3 conv-bn-relu stem, `stacks` stacks of `cellsPerStack` cells, a 2x2 max-pool and a doubling of the
 * channels before every stack but the first, global average pooling and a dense layer with bias.
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

/** One conv-bn-relu of the network (convs have no bias; batch norm has trainable gamma and beta). */
export interface ConvLayer {
  readonly kernel: number;
  readonly inChannels: number;
  readonly outChannels: number;
  /** Side of the square feature map it runs on, for a 32x32 input image. */
  readonly resolution: number;
}

/** The convs of one cell (nasbench `build_module`): 1x1 projections of the cell input and the vertex ops. */
function cellConvs(cell: Cell, inputChannels: number, outputChannels: number, resolution: number): ConvLayer[] {
  const { matrix, ops } = cell;
  const n = matrix.length;
  const channels = vertexChannels(matrix, inputChannels, outputChannels);
  const layers: ConvLayer[] = [];
  const conv = (kernel: number, inC: number, outC: number): void => {
    layers.push({ kernel, inChannels: inC, outChannels: outC, resolution });
  };
  for (let t = 1; t < n - 1; t++) {
    // The cell input reaches a vertex through a 1x1 projection; other inputs are truncated (no parameters).
    if (matrix[0][t]) conv(1, inputChannels, channels[t]);
    if (ops[t] === CONV3X3) conv(3, channels[t], channels[t]);
    else if (ops[t] === CONV1X1) conv(1, channels[t], channels[t]);
  }
  if (matrix[0][n - 1]) conv(1, inputChannels, outputChannels);
  return layers;
}

/** Every conv of the network, and the width of the final dense layer's input. */
export function networkLayers(
  cell: Cell,
  options: NetworkOptions = {},
  imageSize = 32,
): { convs: ConvLayer[]; denseInputs: number; numLabels: number } {
  const { initialFilters, stacks, cellsPerStack, numLabels } = { ...NASBENCH_NETWORK, ...options };
  const convs: ConvLayer[] = [{ kernel: 3, inChannels: 3, outChannels: initialFilters, resolution: imageSize }];
  let channels = initialFilters;
  let resolution = imageSize;
  for (let stack = 0; stack < stacks; stack++) {
    const inStack = channels;
    if (stack > 0) {
      channels *= 2;
      resolution = Math.ceil(resolution / 2); // 2x2 max-pool, stride 2, 'same' padding
    }
    convs.push(...cellConvs(cell, inStack, channels, resolution));
    for (let c = 1; c < cellsPerStack; c++) convs.push(...cellConvs(cell, channels, channels, resolution));
  }
  return { convs, denseInputs: channels, numLabels };
}

/** The network's trainable parameters; with the defaults, NAS-Bench-101's `trainable_parameters`. */
export function trainableParameters(cell: Cell, options: NetworkOptions = {}): number {
  return parametersOfLayers(networkLayers(cell, options));
}

/** Trainable parameters of a network's layers (convs with batch norm, dense layer with bias). */
export function parametersOfLayers({ convs, denseInputs, numLabels }: ReturnType<typeof networkLayers>): number {
  let total = denseInputs * numLabels + numLabels;
  for (const c of convs) total += c.kernel * c.kernel * c.inChannels * c.outChannels + 2 * c.outChannels;
  return total;
}
