import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from '../../src/nn/backend.js';

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
  it('takes the first available of tfjs-node-gpu, tfjs-node, wasm, cpu and prints it', async () => {
    const lines: string[] = [];
    const chosen = await selectBackend({ log: (line) => lines.push(line) });
    const gpu = await loads('@tensorflow/tfjs-node-gpu');
    const node = await loads('@tensorflow/tfjs-node');
    const expected = gpu ? 'tfjs-node-gpu' : node ? 'tfjs-node' : 'wasm';
    expect(chosen.name).toBe(expected);
    expect(tf.getBackend()).toBe(chosen.tfBackend);
    expect(lines[0]).toMatch(new RegExp(`^backend: ${expected}`));
    if (expected === 'wasm') {
      expect(chosen.skipped.map((s) => s.name)).toEqual(['tfjs-node-gpu', 'tfjs-node']);
      expect(chosen.patchedKernels).toEqual(['Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPoolGrad', 'Slice', 'SplitV']);
      expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    }
  });

  it('honours an explicit choice', async () => {
    const chosen = await selectBackend({ prefer: 'cpu', log: null });
    expect(chosen).toMatchObject({ name: 'cpu', tfBackend: 'cpu', patchedKernels: ['Conv2DBackpropFilter'], skipped: [] });
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
    await expect(selectBackend({ prefer: 'webgpu' as never, log: null })).rejects.toThrow(
      "unknown backend 'webgpu': expected one of tfjs-node-gpu, tfjs-node, wasm, cpu",
    );
  });
});
