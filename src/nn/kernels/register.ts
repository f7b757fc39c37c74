/**
 * ws-repro's kernel patches (tfjs 4.22), registered once per process and backend.
 *
 * wasm: audit of the kernels the NAS-Bench-101 network's training step needs (forward and gradient): Conv2D,
 * Relu (gradient: Step, Multiply), MaxPool + MaxPoolGrad, Mean (gradient: Fill/Multiply/RealDiv), Concat
 * (gradient: SplitV), Add/AddN (gradient: Sum, Reshape), BatchMatMul (dense and its gradient), Softmax,
 * Max/Sub/Exp/Sum/Log (softmax cross-entropy), Slice (gradient: PadV2), Sqrt/Rsqrt/Pow/SquaredDifference
 * (batch norm) are all shipped; test/nn/kernels.test.ts runs such a training step on wasm to keep this true.
 * Missing: Conv2DBackpropFilter. Slow: Conv2DBackpropInput (a plain loop, ~10x the forward Conv2D), MaxPoolGrad
 * (2x2 stride 2: twice our loop's time), Slice/SplitV of channels (one tiny copy per pixel).
 * cpu: its Conv2DBackpropFilter is ~50-100x slower than its own Conv2D (perf/kernels.perf.ts), so it gets the
 * same convolution-based one.
 * webgpu: every kernel is shipped (`ws-repro backend` checks them against cpu); AddN fails on more inputs than a
 * shader may bind, which the weight decay's sum exceeds (add-n.ts).
 */
import {
  AddN,
  Conv2DBackpropFilter,
  Conv2DBackpropInput,
  getKernel,
  MaxPoolGrad,
  registerKernel,
  Slice,
  SplitV,
  unregisterKernel,
  type KernelConfig,
} from '@tensorflow/tfjs';
import { addNConfig } from './add-n.js';
import { conv2DBackpropFilterConfig } from './conv2d-backprop-filter.js';
import { conv2DBackpropInputConfig } from './conv2d-backprop-input.js';
import { maxPoolGradConfig } from './max-pool-grad.js';
import { sliceConfig, splitVConfig } from './slice.js';

/** The patches per tfjs backend name. */
export const KERNEL_PATCHES: Readonly<Record<string, readonly string[]>> = {
  wasm: [Conv2DBackpropFilter, Conv2DBackpropInput, MaxPoolGrad, Slice, SplitV],
  cpu: [Conv2DBackpropFilter],
  webgpu: [AddN],
};

/** Shipped kernels a patch replaced, by `${backend}/${kernel}`. */
const shipped = new Map<string, KernelConfig>();
const patched = new Set<string>();

/** The backend's own kernel that a patch replaced (the reference in tests, the baseline in benchmarks). */
export function shippedKernel(kernelName: string, backendName: string): KernelConfig | undefined {
  return shipped.get(`${backendName}/${kernelName}`);
}

function replace(config: KernelConfig): void {
  const previous = getKernel(config.kernelName, config.backendName);
  if (previous) {
    shipped.set(`${config.backendName}/${config.kernelName}`, previous);
    unregisterKernel(config.kernelName, config.backendName);
  }
  registerKernel(config);
}

/** The backend's own kernel, which a patch keeps for the cases it hands back. */
function own(kernelName: string, backendName: string): KernelConfig {
  const config = getKernel(kernelName, backendName);
  if (!config) throw new Error(`backend '${backendName}' has no ${kernelName} kernel to fall back to`);
  return config;
}

/** Registers the patches for `backendName` (idempotent) and returns the names of the kernels added or replaced. */
export function registerKernelPatches(backendName: string): readonly string[] {
  const names = KERNEL_PATCHES[backendName] ?? [];
  if (patched.has(backendName)) return names;
  for (const name of names) {
    if (name === AddN) replace(addNConfig(own(name, backendName)));
    if (name === Conv2DBackpropFilter) replace(conv2DBackpropFilterConfig(backendName));
    if (name === Conv2DBackpropInput) replace(conv2DBackpropInputConfig(backendName, own(name, backendName)));
    if (name === MaxPoolGrad) replace(maxPoolGradConfig(own(name, backendName)));
    if (name === Slice) replace(sliceConfig(own(name, backendName)));
    // After Slice: SplitV slices with the backend's own (now replaced) Slice, kept in `shipped`.
    if (name === SplitV) replace(splitVConfig(shipped.get(`${backendName}/${Slice}`) ?? own(Slice, backendName)));
  }
  patched.add(backendName);
  return names;
}
