/**
 * Run-time choice of the tfjs backend: tfjs-node-gpu, else tfjs-node, else wasm (with ws-repro's kernel patches),
 * else the pure-JS cpu backend. The native packages are optional dependencies (they download libtensorflow at
 * install time), so they are imported dynamically and their absence is not an error unless asked for by name.
 */
import * as tf from '@tensorflow/tfjs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { registerKernelPatches } from './kernels/register.js';

/** The user-facing backend names, in the order they are tried. */
export const BACKEND_NAMES = ['tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface SelectedBackend {
  /** The user-facing name, as printed and written into reports. */
  readonly name: BackendName;
  /** The name tfjs knows the backend by (`tf.getBackend()`): 'tensorflow', 'wasm' or 'cpu'. */
  readonly tfBackend: string;
  /** Kernels ws-repro registered or replaced on this backend (src/nn/kernels/register.ts). */
  readonly patchedKernels: readonly string[];
  /** Why each faster candidate tried before this one was unavailable. */
  readonly skipped: readonly { readonly name: BackendName; readonly reason: string }[];
}

export interface SelectBackendOptions {
  /** An explicit choice: used if available, otherwise selectBackend throws (no silent fallback). */
  readonly prefer?: BackendName;
  /** Where to print the chosen backend; default stderr. Pass `null` to stay silent. */
  readonly log?: ((line: string) => void) | null;
}

const require = createRequire(import.meta.url);

/** Activates one backend, or throws an Error saying why it is unavailable here. */
async function activate(name: BackendName): Promise<{ tfBackend: string; patchedKernels: readonly string[] }> {
  switch (name) {
    case 'tfjs-node-gpu':
    case 'tfjs-node': {
      // Both register the 'tensorflow' backend on the shared tfjs-core instance when imported.
      await import(/* @vite-ignore */ `@tensorflow/${name}`);
      return { tfBackend: await use('tensorflow'), patchedKernels: [] };
    }
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // Node has no fetch of relative URLs: point the loader at the package's own .wasm files.
      // The backend runs single-threaded in Node (tfjs' WASM_HAS_MULTITHREAD_SUPPORT is false there).
      wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
      const tfBackend = await use('wasm');
      return { tfBackend, patchedKernels: registerKernelPatches(tfBackend) };
    }
    case 'cpu': {
      const tfBackend = await use('cpu');
      return { tfBackend, patchedKernels: registerKernelPatches(tfBackend) };
    }
  }
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

/**
 * Chooses and activates the backend, prints it (`backend: wasm`) and returns what was chosen.
 * With `prefer`, only that backend is tried and its unavailability is an error naming the cause.
 */
export async function selectBackend(options: SelectBackendOptions = {}): Promise<SelectedBackend> {
  const log = options.log === undefined ? (line: string) => process.stderr.write(`${line}\n`) : options.log;
  if (options.prefer !== undefined && !BACKEND_NAMES.includes(options.prefer)) {
    throw new Error(`unknown backend '${String(options.prefer)}': expected one of ${BACKEND_NAMES.join(', ')}`);
  }
  const candidates: readonly BackendName[] = options.prefer ? [options.prefer] : BACKEND_NAMES;
  const skipped: { name: BackendName; reason: string }[] = [];
  for (const name of candidates) {
    try {
      const { tfBackend, patchedKernels } = await activate(name);
      log?.(`backend: ${name}${patchedKernels.length ? ` (patched kernels: ${patchedKernels.join(', ')})` : ''}`);
      return { name, tfBackend, patchedKernels, skipped };
    } catch (error) {
      if (options.prefer) throw new Error(`backend '${name}' is not available here: ${reasonOf(error)}`);
      skipped.push({ name, reason: reasonOf(error) });
    }
  }
  throw new Error(`no tfjs backend could be initialised: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
}
