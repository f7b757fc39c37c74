import * as tf from '@tensorflow/tfjs';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKEND_NAMES, selectBackend } from '../../src/nn/backend.js';
import { SuperNet } from '../../src/nn/supernet.js';
import { PAPER_TRAINING, Trainer } from '../../src/nn/trainer.js';
import { CELL_A, TINY, snapshot, syntheticBatch } from './helpers.js';

// Whether the optional native packages load here decides what the default choice must be.
async function loads(pkg: string): Promise<boolean> {
  try {
    await import(/* @vite-ignore */ pkg);
    return true;
  } catch {
    return false;
  }
}

describe('selectBackend', () => {
  // This machine's own device files decide: a GPU-less Linux (CI, most containers) shows neither.
  const gpuDeviceNode =
    (existsSync('/dev/dri') && readdirSync('/dev/dri').some((f) => f.startsWith('renderD'))) || readdirSync('/dev').some((f) => /^nvidia\d+$/.test(f));
  it.skipIf(process.platform !== 'linux' || gpuDeviceNode)('does not probe Dawn automatically on a Linux without a GPU device node', async () => {
    const chosen = await selectBackend({ log: () => undefined });
    expect(chosen.skipped.find((s) => s.name === 'webgpu')?.reason).toMatch(/^no GPU device node/);
  });

  it('takes the first available of tfjs-node-gpu, webgpu on hardware, tfjs-node, wasm, cpu and prints it', async () => {
    const lines: string[] = [];
    const chosen = await selectBackend({ log: (line) => lines.push(line) });
    expect(chosen.skipped.map((s) => s.name)).toEqual(BACKEND_NAMES.slice(0, BACKEND_NAMES.indexOf(chosen.name)));
    expect(tf.getBackend()).toBe(chosen.tfBackend);
    expect(lines[0]).toBe(
      `backend: ${chosen.description}${chosen.patchedKernels.length ? ` (patched kernels: ${chosen.patchedKernels.join(', ')})` : ''}`,
    );
    // Automatic selection never takes an emulated WebGPU adapter: that would be a CPU run labelled webgpu.
    if (chosen.name === 'webgpu') expect(chosen).toMatchObject({ gpu: true, adapter: { emulated: false } });
    const node = await loads('@tensorflow/tfjs-node');
    if (!(await loads('@tensorflow/tfjs-node-gpu')) && chosen.name !== 'webgpu') {
      expect(chosen.name).toBe(node ? 'tfjs-node' : 'wasm');
    }
    if (chosen.name === 'wasm') {
      expect(chosen).toMatchObject({ gpu: false, description: 'wasm (CPU)' });
      expect(chosen.patchedKernels).toEqual(['Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPoolGrad', 'Slice', 'SplitV']);
      expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    }
  });

  it('honours an explicit choice', async () => {
    const chosen = await selectBackend({ prefer: 'cpu', log: null });
    expect(chosen).toEqual({
      name: 'cpu',
      tfBackend: 'cpu',
      gpu: false,
      description: 'cpu (CPU)',
      patchedKernels: ['Conv2DBackpropFilter'],
      skipped: [],
    });
    expect(tf.getBackend()).toBe('cpu');
    const wasm = await selectBackend({ prefer: 'wasm', log: null });
    expect(wasm.tfBackend).toBe('wasm');
  });

  it('fails clearly when the explicit choice is unavailable or unknown', async () => {
    if (!(await loads('@tensorflow/tfjs-node'))) {
      await expect(selectBackend({ prefer: 'tfjs-node', log: null })).rejects.toThrow(
        /^backend 'tfjs-node' is not available here: /,
      );
    }
    await expect(selectBackend({ prefer: 'cuda' as never, log: null })).rejects.toThrow(
      "unknown backend 'cuda': expected one of tfjs-node-gpu, webgpu, tfjs-node, wasm, cpu",
    );
  });
});

/**
 * Seeded runs repeat bit for bit on the same backend: cpu and wasm sum in a fixed order. A GPU backend cannot
 * promise that across devices or drivers (another GPU tiles and reduces in another order), only within tolerance
 * of cpu (test/nn/webgpu.test.ts); tfjs-node-gpu's cuDNN may pick non-deterministic convolution algorithms.
 */
describe.each(['cpu', 'wasm'] as const)('seeded training on %s', (backend) => {
  it('gives the same weights twice', async () => {
    await selectBackend({ prefer: backend, log: null });
    const run = async () => {
      const net = new SuperNet(TINY, 5);
      const trainer = new Trainer(net, () => CELL_A, (s) => syntheticBatch(3, s, 8, TINY), {
        ...PAPER_TRAINING,
        totalSteps: 4,
        stepsPerEpoch: 2,
        seed: 9,
      });
      await trainer.train();
      const weights = await snapshot(net.state());
      trainer.dispose();
      net.dispose();
      return weights;
    };
    expect(await run()).toEqual(await run());
  });
});
