/**
 * ws-repro's kernel patches for the wasm backend (tfjs 4.22), registered once per process.
 *
 * Audit of the kernels the NAS-Bench-101 network's training step needs on wasm 4.22 (forward and gradient):
 * Conv2D, Relu (gradient: Step, Multiply), MaxPool + MaxPoolGrad, Mean (gradient: Fill/Multiply/RealDiv), Concat
 * (gradient: SplitV), Add/AddN (gradient: Sum, Reshape), BatchMatMul (dense and its gradient), Softmax,
 * Max/Sub/Exp/Sum/Log (softmax cross-entropy), Slice (gradient: PadV2), Sqrt/Rsqrt/Pow/SquaredDifference
 * (batch norm) are all shipped. Missing: Conv2DBackpropFilter. Slow: Conv2DBackpropInput (a plain loop).
 * test/nn/kernels.test.ts runs such a training step on wasm to keep this audit true.
 */
import { getKernel, registerKernel, unregisterKernel, Conv2DBackpropInput, type KernelConfig } from '@tensorflow/tfjs';
import { conv2DBackpropFilterConfig } from './conv2d-backprop-filter.js';
import { conv2DBackpropInputConfig } from './conv2d-backprop-input.js';

export const WASM_KERNEL_PATCHES = ['Conv2DBackpropFilter', 'Conv2DBackpropInput'] as const;

const shipped = new Map<string, KernelConfig>();

/** The wasm backend's own kernel that a patch replaced (for benchmarks comparing the two). */
export function shippedWasmKernel(kernelName: string): KernelConfig | undefined {
  return shipped.get(kernelName);
}

/** Registers the patches on 'wasm' (idempotent) and returns the names of the kernels added or replaced. */
export function registerWasmKernels(): readonly string[] {
  if (shipped.has(Conv2DBackpropInput)) return WASM_KERNEL_PATCHES;
  const shippedInput = getKernel(Conv2DBackpropInput, 'wasm');
  if (!shippedInput) throw new Error("the wasm backend has no Conv2DBackpropInput kernel to fall back to (tfjs 4.22 has one)");
  registerKernel(conv2DBackpropFilterConfig('wasm'));
  unregisterKernel(Conv2DBackpropInput, 'wasm');
  registerKernel(conv2DBackpropInputConfig('wasm', shippedInput));
  shipped.set(Conv2DBackpropInput, shippedInput);
  return WASM_KERNEL_PATCHES;
}
