/**
 * The shape of a NAS-Bench-101 network, without tensors: the network configuration, the modules' channel plan
 * and the names and shapes of the standalone network's trainable variables (vertex widths come from the space's
 * `vertexChannels`, nasbench's `compute_vertex_channels`). Pure data, so the parameter count of a 128-filter
 * network can be checked without allocating it.
 */
import { CONV1X1, CONV3X3, type Cell, type Op } from '../space/cell.js';
import { vertexChannels } from '../space/parameters.js';

export interface NetworkConfig {
  /** Channels of the stem convolution and of the first stack (NAS-Bench-101: 128; the paper's super-nets: 16). */
  readonly initialFilters: number;
  readonly stacks: number;
  readonly cellsPerStack: number;
  readonly numLabels: number;
  /** Square input images of `inputSize` x `inputSize` x 3 (CIFAR-10: 32). */
  readonly inputSize: number;
}

export const NASBENCH_CONFIG: NetworkConfig = {
  initialFilters: 128,
  stacks: 3,
  cellsPerStack: 3,
  numLabels: 10,
  inputSize: 32,
};

/** Kernel size of a vertex operation; 0 for the weightless max-pool. */
export function kernelSize(op: Op): number {
  if (op === CONV3X3) return 3;
  if (op === CONV1X1) return 1;
  return 0;
}

/** One module (cell instance) of the network: its place and its input/output channels. */
export interface ModulePlan {
  readonly stack: number;
  readonly module: number;
  /** Name prefix of its layers, e.g. `s1/m0`. */
  readonly prefix: string;
  readonly inChannels: number;
  readonly outChannels: number;
  /** Whether a 2x2 max-pool (stride 2) precedes it: the first module of every stack but the first. */
  readonly downsample: boolean;
}

/** The modules in order; channels double at every down-sampling, as in the official builder. */
export function modulePlan(config: NetworkConfig): ModulePlan[] {
  const plans: ModulePlan[] = [];
  let channels = config.initialFilters;
  let inChannels = config.initialFilters;
  for (let s = 0; s < config.stacks; s++) {
    if (s > 0) channels *= 2;
    for (let m = 0; m < config.cellsPerStack; m++) {
      const downsample = s > 0 && m === 0;
      plans.push({ stack: s, module: m, prefix: `s${s}/m${m}`, inChannels, outChannels: channels, downsample });
      inChannels = channels;
    }
  }
  return plans;
}

/** Channels entering the dense layer. */
export function finalChannels(config: NetworkConfig): number {
  return config.initialFilters * 2 ** (config.stacks - 1);
}

/** Layer names shared by the standalone network and the super-net, so that both run the same forward code. */
export const layerName = {
  stem: 'stem',
  vertex: (prefix: string, vertex: number, op: Op) => `${prefix}/v${vertex}/${op}`,
  inputProjection: (prefix: string, vertex: number) => `${prefix}/v${vertex}/proj`,
  outputProjection: (prefix: string) => `${prefix}/out/proj`,
  dense: 'dense',
};

export interface VariableShape {
  readonly name: string;
  readonly shape: readonly number[];
}

/** A conv-BN-ReLU layer's trainable variables; `withKernel` false for a BN whose kernel lives elsewhere. */
export function convBnShapes(
  name: string,
  kernel: number,
  inChannels: number,
  outChannels: number,
  withKernel = true,
): VariableShape[] {
  return [
    ...(withKernel ? [{ name: `${name}/kernel`, shape: [kernel, kernel, inChannels, outChannels] }] : []),
    { name: `${name}/gamma`, shape: [outChannels] },
    { name: `${name}/beta`, shape: [outChannels] },
  ];
}

/** The dense layer's kernel and bias. */
export function denseShapes(config: NetworkConfig): VariableShape[] {
  return [
    { name: `${layerName.dense}/kernel`, shape: [finalChannels(config), config.numLabels] },
    { name: `${layerName.dense}/bias`, shape: [config.numLabels] },
  ];
}

/**
 * Trainable variables of the standalone network of a pruned cell: convolutions without bias, batch-norm scale and
 * offset, dense kernel and bias (the set `tf.trainable_variables()` holds in NAS-Bench-101).
 */
export function standaloneVariableShapes(cell: Cell, config: NetworkConfig): VariableShape[] {
  const shapes = convBnShapes(layerName.stem, 3, 3, config.initialFilters);
  const n = cell.matrix.length;
  for (const plan of modulePlan(config)) {
    const channels = vertexChannels(cell.matrix, plan.inChannels, plan.outChannels);
    for (let v = 1; v < n - 1; v++) {
      if (cell.matrix[0][v]) {
        shapes.push(...convBnShapes(layerName.inputProjection(plan.prefix, v), 1, plan.inChannels, channels[v]));
      }
      const k = kernelSize(cell.ops[v]);
      if (k > 0) {
        shapes.push(...convBnShapes(layerName.vertex(plan.prefix, v, cell.ops[v]), k, channels[v], channels[v]));
      }
    }
    if (cell.matrix[0][n - 1]) {
      shapes.push(...convBnShapes(layerName.outputProjection(plan.prefix), 1, plan.inChannels, plan.outChannels));
    }
  }
  return [...shapes, ...denseShapes(config)];
}

export function countParameters(shapes: readonly VariableShape[]): number {
  return shapes.reduce((total, v) => total + v.shape.reduce((a, b) => a * b, 1), 0);
}
