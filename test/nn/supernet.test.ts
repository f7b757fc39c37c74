import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/space/cell.js';
import { countParameters, standaloneVariableShapes } from '../../src/nn/architecture.js';
import { StandaloneNetwork } from '../../src/nn/network.js';
import { SuperNet } from '../../src/nn/supernet.js';
import { Trainer, PAPER_TRAINING } from '../../src/nn/trainer.js';
import { CELL_A, CELL_B, TINY, snapshot, syntheticBatch, useCpu } from './helpers.js';

beforeAll(useCpu);

/** Copies the super-net's inherited weights into a standalone network, slicing banks independently here. */
function inherit(net: StandaloneNetwork, superNet: SuperNet, singleKernel: boolean): void {
  const banks = superNet.state();
  for (const [name, v] of net.state()) {
    const shared = singleKernel && name.endsWith('/conv1x1-bn-relu/kernel');
    const bank = banks.get(shared ? name.replace('conv1x1', 'conv3x3') : name)!;
    const begin = v.shape.map((_, i) => (shared && i < 2 ? 1 : 0));
    v.assign(tf.slice(bank, begin, v.shape));
  }
}

/** An Afull cell with one output vertex (it uses whole banks) and an A3 cell (43/43/42-style split, here 2/1/1). */
const ONE_OUTPUT: Cell = {
  matrix: [
    [0, 1, 1, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
    [0, 0, 0, 0],
  ],
  ops: ['input', 'conv3x3-bn-relu', 'conv1x1-bn-relu', 'output'],
};
const THREE_OUTPUTS: Cell = {
  matrix: [
    [0, 1, 1, 1, 0],
    [0, 0, 0, 0, 1],
    [0, 0, 0, 0, 1],
    [0, 0, 0, 0, 1],
    [0, 0, 0, 0, 0],
  ],
  ops: ['input', 'conv1x1-bn-relu', 'conv3x3-bn-relu', 'conv1x1-bn-relu', 'output'],
};

describe('SuperNet', () => {
  for (const singleKernel of [false, true]) {
    it(`computes what the standalone network with the inherited first-n weights computes (singleKernel ${singleKernel})`, () => {
      const superNet = new SuperNet(TINY, 3, { singleKernel });
      const x = tf.randomNormal([2, 8, 8, 3], 0, 1, 'float32', 4) as tf.Tensor4D;
      for (const cell of [CELL_A, CELL_B, ONE_OUTPUT, THREE_OUTPUTS]) {
        const net = new StandaloneNetwork(cell, TINY, 9);
        inherit(net, superNet, singleKernel);
        for (const mode of ['eval', 'train'] as const) {
          const diff = tf.tidy(() =>
            tf.max(tf.abs(tf.sub(superNet.logits(cell, x, { mode }), net.logits(cell, x, { mode })))).dataSync()[0],
          );
          expect(diff).toBeLessThan(1e-5);
        }
        net.dispose();
      }
      superNet.dispose();
    });
  }

  it('touches as many trainable weights per cell as the standalone network has (first-n slices)', () => {
    const superNet = new SuperNet(TINY, 3);
    for (const cell of [CELL_A, CELL_B, ONE_OUTPUT, THREE_OUTPUTS]) {
      const names = [...superNet.trainableVariables(cell).keys()].sort();
      const shapes = standaloneVariableShapes(cell, TINY);
      expect(names).toEqual(shapes.map((s) => s.name).sort());
      const used: tf.Tensor[] = [];
      tf.tidy(() => {
        superNet.logits(cell, tf.ones([1, 8, 8, 3]), { mode: 'eval', used });
        expect(used.reduce((n, t) => n + t.size, 0)).toBe(countParameters(shapes));
      });
    }
    superNet.dispose();
  });

  it('shares the 1x1 kernel with the centre of the 3x3 kernel in the single-kernel variant', () => {
    const plain = new SuperNet(TINY, 3);
    const single = new SuperNet(TINY, 3, { singleKernel: true });
    const has1x1 = (s: SuperNet) => s.state().has('s0/m0/v1/conv1x1-bn-relu/kernel');
    expect(has1x1(plain)).toBe(true);
    expect(has1x1(single)).toBe(false);
    // Per module and vertex position the 1x1 bank (C*C weights) is gone: 5 positions x (16 + 64) = 400.
    expect(plain.parameterCount - single.parameterCount).toBe(5 * (4 * 4 + 8 * 8));
    plain.dispose();
    single.dispose();
  });

  it('moves only the banks on the sampled path, and only the first n running statistics', async () => {
    const superNet = new SuperNet(TINY, 3);
    const before = await snapshot(superNet.state());
    const trainer = new Trainer(superNet, () => THREE_OUTPUTS, (s) => syntheticBatch(1, s, 8, TINY), {
      ...PAPER_TRAINING,
      totalSteps: 10,
      stepsPerEpoch: 10,
      seed: 1,
    });
    await trainer.trainStep();
    const after = await snapshot(superNet.state());
    const onPath = new Set(superNet.trainableVariables(THREE_OUTPUTS).keys());
    for (const [name, value] of after) {
      const changed = value.some((x, i) => x !== before.get(name)![i]);
      if (name.endsWith('/mean') || name.endsWith('/variance')) continue;
      expect(changed, name).toBe(onPath.has(name));
    }
    // THREE_OUTPUTS' vertices have 2/1/1 channels of the 4 in stack 0: vertex 2 moves 1 of its 4 statistics.
    const mean = after.get('s0/m0/v2/conv3x3-bn-relu/mean')!;
    expect(mean[0]).not.toBe(0);
    expect([...mean.slice(1)]).toEqual([0, 0, 0]);
    trainer.dispose();
    superNet.dispose();
  });
});
