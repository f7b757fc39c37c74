/**
 * Calling a backend's own registered kernels from inside another kernel: the way tfjs' backends compose kernels
 * (no tape, no engine bookkeeping), with every intermediate freed by the caller through `disposeAll`.
 */
import { getKernel, type KernelBackend, type NamedAttrMap, type NamedTensorInfoMap, type TensorInfo } from '@tensorflow/tfjs';

/** Runs kernel `kernelName` of `backendName` on `backend`; the result is the caller's to dispose. */
export function callKernel(
  backend: KernelBackend,
  backendName: string,
  kernelName: string,
  inputs: NamedTensorInfoMap,
  attrs: NamedAttrMap = {},
): TensorInfo {
  const config = getKernel(kernelName, backendName);
  if (!config) throw new Error(`kernel '${kernelName}' is not registered for backend '${backendName}'`);
  const out = config.kernelFunc({ inputs, backend, attrs });
  if (Array.isArray(out)) throw new Error(`kernel '${kernelName}' returned several tensors, expected one`);
  return out;
}

/** Frees intermediate results made by `callKernel`. */
export function disposeAll(backend: KernelBackend, infos: readonly TensorInfo[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}
