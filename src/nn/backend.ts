/**
 * Run-time choice of the tfjs backend: tfjs-node-gpu (when TensorFlow sees a GPU), else webgpu on a hardware
 * adapter, else tfjs-node, else wasm (with ws-repro's kernel patches), else the pure-JS cpu backend. The native
 * tfjs packages are optional dependencies (they download libtensorflow at install time), so they are imported
 * dynamically and their absence is not an error unless asked for by name. WebGPU comes from the npm package
 * `webgpu` (Dawn's dawn.node, prebuilt) and needs no download; a software adapter (SwiftShader, lavapipe) is used
 * only when webgpu is asked for by name, and is then recorded as CPU emulation, never as a GPU.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { registerKernelPatches } from './kernels/register.js';

/** The user-facing backend names, in the order they are tried. */
export const BACKEND_NAMES = ['tfjs-node-gpu', 'webgpu', 'tfjs-node', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** The WebGPU adapter a webgpu backend runs on, as Dawn describes it. */
export interface AdapterInfo {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  /** A software implementation on the CPU (SwiftShader, lavapipe, llvmpipe), not a GPU. */
  readonly emulated: boolean;
}

/** What backend selection chose: recorded in every unit and in the report's provenance. */
export interface BackendInfo {
  /** The user-facing name, as printed and written into reports. */
  readonly name: BackendName;
  /** The name tfjs knows the backend by (`tf.getBackend()`): 'tensorflow', 'webgpu', 'wasm' or 'cpu'. */
  readonly tfBackend: string;
  /** Whether the computation runs on GPU hardware (false for webgpu on an emulated adapter). */
  readonly gpu: boolean;
  /** The WebGPU adapter; only for webgpu. */
  readonly adapter?: AdapterInfo;
  /** One line for people: "webgpu on google swiftshader (SwiftShader driver 5.0.0; CPU emulation)". */
  readonly description: string;
  /** Kernels ws-repro registered or replaced on this backend (src/nn/kernels/register.ts). */
  readonly patchedKernels: readonly string[];
  /** Why each faster candidate tried before this one was unavailable. */
  readonly skipped: readonly { readonly name: BackendName; readonly reason: string }[];
}

export interface SelectBackendOptions {
  /** An explicit choice (the CLI passes WS_REPRO_BACKEND): used if available, else selectBackend throws. */
  readonly prefer?: BackendName;
  /** Where to print the chosen backend; default stderr. Pass `null` to stay silent. */
  readonly log?: ((line: string) => void) | null;
}

/** Debian's chromium ships a Vulkan SwiftShader ICD here; with Debian's libvulkan1 it gives a WebGPU adapter. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

const require = createRequire(import.meta.url);

type Activated = Omit<BackendInfo, 'name' | 'skipped' | 'description'>;

/** Activates one backend, or throws an Error saying why it is unavailable here. */
async function activate(name: BackendName, explicit: boolean): Promise<Activated> {
  switch (name) {
    case 'tfjs-node-gpu':
    case 'tfjs-node': {
      // Both register the 'tensorflow' backend on the shared tfjs-core instance when imported.
      await import(/* @vite-ignore */ `@tensorflow/${name}`);
      const tfBackend = await use('tensorflow');
      // tfjs-node-gpu runs on the CPU when TensorFlow finds no usable CUDA device: that is not a GPU backend.
      const gpu = (tf.backend() as { isUsingGpuDevice?: boolean }).isUsingGpuDevice === true;
      if (name === 'tfjs-node-gpu' && !gpu && !explicit) throw new Error('loaded, but TensorFlow sees no GPU device');
      return { tfBackend, gpu, patchedKernels: [] };
    }
    case 'webgpu': {
      // Probing Dawn on a GPU-less Linux box only prints Vulkan warnings before failing: look for a device first.
      if (!explicit && process.platform === 'linux' && !hasLinuxGpuDevice()) throw new Error(NO_GPU_DEVICE);
      // One Dawn device per process: tensors of an earlier activation stay valid.
      webGpu ??= activateWebGpu(explicit).catch((error: unknown) => {
        webGpu = undefined;
        throw error;
      });
      const adapter = await webGpu;
      if (adapter.emulated && !explicit) throw new Error(emulatedOnly(adapter));
      const tfBackend = await use('webgpu');
      return { tfBackend, gpu: !adapter.emulated, adapter, patchedKernels: registerKernelPatches(tfBackend) };
    }
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // Node has no fetch of relative URLs: point the loader at the package's own .wasm files.
      // The backend runs single-threaded in Node (tfjs' WASM_HAS_MULTITHREAD_SUPPORT is false there).
      wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
      const tfBackend = await use('wasm');
      return { tfBackend, gpu: false, patchedKernels: registerKernelPatches(tfBackend) };
    }
    case 'cpu': {
      const tfBackend = await use('cpu');
      return { tfBackend, gpu: false, patchedKernels: registerKernelPatches(tfBackend) };
    }
  }
}

const NO_GPU_DEVICE = 'no GPU device node (/dev/dri/renderD*, /dev/nvidia*); ask for webgpu by name to probe anyway';

/** Whether Linux exposes a GPU to this process: a DRM render node (AMD, Intel, ...) or NVIDIA's device files. */
function hasLinuxGpuDevice(): boolean {
  const entries = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  return entries('/dev/dri').some((f) => f.startsWith('renderD')) || entries('/dev').some((f) => /^nvidia\d+$/.test(f));
}

function adapterInfoOf(adapter: GPUAdapter): AdapterInfo {
  const { vendor, architecture, device, description } = adapter.info;
  const software = /swiftshader|llvmpipe|lavapipe|software/i.test(`${vendor} ${architecture} ${device} ${description}`);
  const fallback = (adapter.info as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
  return { vendor, architecture, device, description, emulated: software || fallback };
}

const emulatedOnly = (adapter: AdapterInfo) =>
  `only an emulated adapter (${adapter.architecture || adapter.description}); ask for webgpu by name to use it`;

let webGpu: Promise<AdapterInfo> | undefined;

/** The adapter WebGPU offers (a fresh Dawn instance each time, so a changed VK_ICD_FILENAMES is seen). */
async function requestAdapter(): Promise<{ gpu: GPU; adapter: GPUAdapter } | null> {
  const { create } = await import('webgpu');
  const gpu = create([]);
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  return adapter ? { gpu, adapter } : null;
}

/**
 * Finds an adapter and registers tfjs' 'webgpu' backend on a device of it. Automatic selection takes hardware only;
 * asked for by name, webgpu also takes an emulated adapter, and on a machine without one it points the Vulkan
 * loader at Debian chromium's SwiftShader (the ICD file names its library relative to itself, so no
 * LD_LIBRARY_PATH is needed, which a running process could not change anyway).
 */
async function activateWebGpu(explicit: boolean): Promise<AdapterInfo> {
  let found = await requestAdapter();
  if (!found && explicit && process.platform === 'linux' && !process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD)) {
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
    found = await requestAdapter();
  }
  if (!found) {
    throw new Error(
      `Dawn found no WebGPU adapter (no Vulkan/Metal/D3D12 driver; on Linux without a GPU, install Debian's chromium and libvulkan1 for SwiftShader at ${SWIFTSHADER_ICD})`,
    );
  }
  const { gpu, adapter } = found;
  const info = adapterInfoOf(adapter);
  if (info.emulated && !explicit) throw new Error(emulatedOnly(info));
  // Imported before navigator.gpu exists, tfjs-backend-webgpu registers its kernels but not its own backend
  // factory, which would request another adapter; ws-repro registers one on the adapter chosen here.
  const webgpu = await import('@tensorflow/tfjs-backend-webgpu');
  const { globals } = await import('webgpu');
  // tfjs-backend-webgpu reads navigator.gpu and the GPUBufferUsage/GPUMapMode/... constants from the globals.
  // navigator.gpu also keeps the Dawn instance alive: collected, it takes the device down with it (a native crash).
  Object.assign(globalThis, globals);
  const nav = (globalThis as { navigator?: object }).navigator;
  if (nav) Object.defineProperty(nav, 'gpu', { value: gpu, configurable: true });
  else Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true });
  // tfjs asks for the adapter's own limits (its default factory does the same): large convolutions need them.
  const limits = adapter.limits;
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
      maxComputeWorkgroupsPerDimension: limits.maxComputeWorkgroupsPerDimension,
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
      maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
      maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
    },
  });
  if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', () => {
    const backend = new webgpu.WebGPUBackend(device, adapter.info);
    // tfjs reads GPU buffers synchronously through an OffscreenCanvas, which Node lacks: say so instead.
    const readSync = backend.readSync.bind(backend);
    backend.readSync = (dataId) => {
      try {
        return readSync(dataId);
      } catch (error) {
        if (!(error instanceof ReferenceError)) throw error;
        throw new Error('webgpu: a synchronous read of GPU data (dataSync, arraySync) is impossible in Node; use await data()');
      }
    };
    return backend;
  });
  return info;
}

async function use(tfBackend: string): Promise<string> {
  if (!(await tf.setBackend(tfBackend))) throw new Error(`tfjs could not initialise its '${tfBackend}' backend`);
  await tf.ready();
  return tf.getBackend();
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

function describe(name: BackendName, activated: Activated): string {
  const { adapter } = activated;
  if (adapter) {
    const what = [adapter.vendor, adapter.architecture].filter(Boolean).join(' ') || 'unknown adapter';
    const detail = [adapter.description, adapter.emulated ? 'CPU emulation' : 'GPU'].filter(Boolean).join('; ');
    return `${name} on ${what} (${detail})`;
  }
  return `${name} (${activated.gpu ? 'GPU' : 'CPU'})`;
}

/**
 * Chooses and activates the backend, prints it (`backend: wasm (CPU)`) and returns what was chosen.
 * With `prefer`, only that backend is tried and its unavailability is an error naming the cause.
 */
export async function selectBackend(options: SelectBackendOptions = {}): Promise<BackendInfo> {
  const log = options.log === undefined ? (line: string) => process.stderr.write(`${line}\n`) : options.log;
  if (options.prefer !== undefined && !BACKEND_NAMES.includes(options.prefer)) {
    throw new Error(`unknown backend '${String(options.prefer)}': expected one of ${BACKEND_NAMES.join(', ')}`);
  }
  const candidates: readonly BackendName[] = options.prefer ? [options.prefer] : BACKEND_NAMES;
  const skipped: { name: BackendName; reason: string }[] = [];
  for (const name of candidates) {
    try {
      const activated = await activate(name, options.prefer !== undefined);
      const description = describe(name, activated);
      const patches = activated.patchedKernels;
      log?.(`backend: ${description}${patches.length ? ` (patched kernels: ${patches.join(', ')})` : ''}`);
      return { name, ...activated, description, skipped };
    } catch (error) {
      if (options.prefer) throw new Error(`backend '${name}' is not available here: ${reasonOf(error)}`);
      skipped.push({ name, reason: reasonOf(error) });
    }
  }
  throw new Error(`no tfjs backend could be initialised: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
}
