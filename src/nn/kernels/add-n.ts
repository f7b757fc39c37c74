/**
 * AddN for the webgpu backend. Its shipped kernel binds every input as a storage buffer of one shader, and a device
 * allows only `maxStorageBuffersPerShaderStage` of them (8 by default, 12 on SwiftShader): the trainer's weight
 * decay sums one term per weight tensor the step used (35 for a tiny super-net, over 100 at the paper's size), so
 * the sum is taken as a tree of AddNs small enough to bind. The order of the float additions changes with it.
 */
import { AddN, type KernelBackend, type KernelConfig, type TensorInfo } from '@tensorflow/tfjs';
import { disposeAll } from './call.js';

/** The device's binding limit, read from tfjs' WebGPUBackend (its `device` is a GPUDevice). */
function storageBuffersPerShader(backend: KernelBackend): number {
  const device = (backend as unknown as { device?: { limits: { maxStorageBuffersPerShaderStage: number } } }).device;
  if (!device) throw new Error('AddN patch: the backend has no WebGPU device');
  return device.limits.maxStorageBuffersPerShaderStage;
}

export function addNConfig(shipped: KernelConfig): KernelConfig {
  return {
    kernelName: AddN,
    backendName: shipped.backendName,
    kernelFunc: ({ inputs, backend: given, attrs }) => {
      const backend = given as KernelBackend;
      const sum = (tensors: readonly TensorInfo[]) =>
        shipped.kernelFunc({ inputs: tensors as never, backend, attrs }) as TensorInfo;
      // One binding is the output.
      const group = storageBuffersPerShader(backend) - 1;
      const terms = new Set(inputs as unknown as TensorInfo[]);
      let level = [...terms];
      const partial: TensorInfo[] = [];
      while (level.length > group) {
        const next: TensorInfo[] = [];
        for (let i = 0; i < level.length; i += group) {
          const chunk = level.slice(i, i + group);
          next.push(chunk.length === 1 ? chunk[0] : sum(chunk));
        }
        partial.push(...next.filter((t) => !terms.has(t)));
        level = next;
      }
      const out = sum(level);
      disposeAll(backend, partial);
      return out;
    },
  };
}
