/**
 * Multiply-accumulates of one forward pass of the NAS-Bench-101 network for an image (a zero-cost proxy, claim
 * C21). Counted: every convolution (stem, 1x1 projections, vertex convs) as side^2 * k^2 * in * out at stride 1
 * with 'same' padding, and the dense layer. Not counted: batch norm, ReLU, pooling, additions, concatenation,
 * which are linear in the activations and negligible next to the convs.
 */
import type { Cell } from './cell.js';
import { networkLayers, type NetworkOptions } from './parameters.js';

export interface FlopsOptions extends NetworkOptions {
  /** Side of the square input image; CIFAR-10's 32 by default. */
  readonly imageSize?: number;
}

export function flops(cell: Cell, options: FlopsOptions = {}): number {
  return flopsOfLayers(networkLayers(cell, options, options.imageSize ?? 32));
}

/** Multiply-accumulates of a network's layers (laid out at the image size they were built for). */
export function flopsOfLayers({ convs, denseInputs, numLabels }: ReturnType<typeof networkLayers>): number {
  let total = denseInputs * numLabels;
  for (const c of convs) total += c.resolution * c.resolution * c.kernel * c.kernel * c.inChannels * c.outChannels;
  return total;
}
