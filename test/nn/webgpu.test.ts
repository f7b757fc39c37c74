/**
 * The webgpu backend (Dawn through the npm package `webgpu`) against the cpu backend. Where no GPU exists, CI runs
 * it on SwiftShader from Debian's chromium (.ci/run installs chromium and libvulkan1): selectBackend points the
 * Vulkan loader there itself when webgpu is asked for by name. Skipped, naming the reason, only where Dawn finds no
 * adapter at all.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { selectBackend, type BackendInfo } from '../../src/nn/backend.js';
import { gradientCheck, relativeError } from '../../src/nn/gradient-check.js';
import { SuperNet } from '../../src/nn/supernet.js';
import { PAPER_TRAINING, Trainer } from '../../src/nn/trainer.js';
import { GRADIENT_TOLERANCE } from '../../src/cli/backend.js';
import { CELL_A, TINY, snapshot, syntheticBatch } from './helpers.js';

const webgpu: { info?: BackendInfo; reason?: string } = await selectBackend({ prefer: 'webgpu', log: null }).then(
  (info) => ({ info }),
  (error: Error) => ({ reason: error.message }),
);
afterAll(() => tf.setBackend('cpu'));
// One stack: every distinct shape is a shader SwiftShader compiles on the CPU, seconds each.
const SMALL = { ...TINY, stacks: 1 };

/** One super-net step on `backend` from the same seeded weights and batch: the loss and each variable's change. */
async function oneStep(backend: string): Promise<{ loss: number; updates: Map<string, Float32Array>; leaked: number }> {
  await tf.setBackend(backend);
  const net = new SuperNet(SMALL, 3);
  const trainer = new Trainer(net, () => CELL_A, (s) => syntheticBatch(2, s, 8, SMALL), {
    ...PAPER_TRAINING,
    totalSteps: 10,
    stepsPerEpoch: 10,
    seed: 1,
  });
  const before = await snapshot(net.state());
  await trainer.trainStep(); // creates the optimiser's slots for the path
  const tensors = tf.memory().numTensors;
  const { loss } = await trainer.trainStep();
  const leaked = tf.memory().numTensors - tensors;
  const after = await snapshot(net.state());
  const updates = new Map([...after].map(([name, value]) => [name, value.map((x, i) => x - before.get(name)![i])]));
  trainer.dispose();
  net.dispose();
  return { loss, updates, leaked };
}

describe.skipIf(!webgpu.info)(`webgpu backend${webgpu.reason ? ` (skipped: ${webgpu.reason})` : ''}`, () => {
  it('names its adapter and never calls an emulated one a GPU', () => {
    const info = webgpu.info!;
    expect(info.name).toBe('webgpu');
    expect(info.adapter).toBeDefined();
    expect(info.gpu).toBe(!info.adapter!.emulated);
    if (info.adapter!.architecture === 'swiftshader') {
      expect(info.adapter!.emulated).toBe(true);
      expect(info.description).toMatch(/CPU emulation/);
    }
  });

  it('computes every trainer op and its gradient as the cpu backend does', async () => {
    await tf.setBackend('webgpu');
    for (const { op, forward, backward } of await gradientCheck()) {
      expect(forward, `${op} forward`).toBeLessThan(GRADIENT_TOLERANCE);
      expect(backward, `${op} backward`).toBeLessThan(GRADIENT_TOLERANCE);
    }
    expect(tf.getBackend()).toBe('webgpu');
  });

  it('takes the same super-net training step as the cpu backend, leaking no tensors', async () => {
    const cpu = await oneStep('cpu');
    const gpu = await oneStep('webgpu');
    expect(gpu.leaked).toBe(0);
    expect(relativeError(Float32Array.of(gpu.loss), Float32Array.of(cpu.loss))).toBeLessThan(GRADIENT_TOLERANCE);
    for (const [name, update] of cpu.updates) {
      expect(relativeError(gpu.updates.get(name)!, update), name).toBeLessThan(GRADIENT_TOLERANCE);
    }
  });

  it('refuses synchronous reads with a message that says what to do', async () => {
    await tf.setBackend('webgpu');
    const x = tf.relu(tf.tensor1d([-1, 2]));
    expect(() => x.dataSync()).toThrow(/use await data\(\)/);
    expect(Array.from(await x.data())).toEqual([0, 2]);
    x.dispose();
  });
});
