import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/space/cell.js';
import { countParameters, standaloneVariableShapes } from '../../src/nn/architecture.js';
import { StandaloneNetwork } from '../../src/nn/network.js';
import { CELL_A, TINY, useCpu } from './helpers.js';

beforeAll(useCpu);

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/nasbench101/hash_vectors.json', import.meta.url), 'utf8'),
) as { vectors: (Cell & { hash: string })[] };

describe('StandaloneNetwork', () => {
  it('allocates exactly the planned variables, and runs the forward pass for 20 fixture cells', () => {
    for (const cell of fixture.vectors.slice(0, 20)) {
      const net = new StandaloneNetwork(cell, TINY, 1);
      expect(net.parameterCount).toBe(countParameters(standaloneVariableShapes(cell, TINY)));
      // The forward pass checks every kernel's shape against the one it asks for.
      const logits = tf.tidy(() => net.logits(cell, tf.ones([2, 8, 8, 3]), { mode: 'eval' }).shape);
      expect(logits).toEqual([2, TINY.numLabels]);
      net.dispose();
    }
  });

  it('counts the parameters of a tiny network by hand', () => {
    // CELL_A at 4 filters, 2 stacks of 1 cell, 3 labels (vertex channels [cin, 2, 2, 2, C] with C = 4 then 8):
    // stem 3*3*3*4 + 8 = 116; s0: proj v1 4*2+4, conv3x3 9*2*2+4, conv1x1 2*2+4, proj v3 4*2+4, out proj 4*4+8
    // = 12 + 40 + 8 + 12 + 24 = 96; s1 (in 4, out 8, vertex channels 4): proj v1 4*4+8, conv3x3 9*16+8,
    // conv1x1 16+8, proj v3 4*4+8, out proj 4*8+16 = 24 + 152 + 24 + 24 + 48 = 272; dense 8*3+3 = 27.
    const net = new StandaloneNetwork(CELL_A, TINY, 1);
    expect(net.parameterCount).toBe(116 + 96 + 272 + 27);
    net.dispose();
  });

  it('draws the same initial weights for the same seed and different ones for another seed', async () => {
    const a = new StandaloneNetwork(CELL_A, TINY, 5);
    const b = new StandaloneNetwork(CELL_A, TINY, 5);
    const c = new StandaloneNetwork(CELL_A, TINY, 6);
    const kernel = (n: StandaloneNetwork) => n.state().get('s0/m0/v1/conv3x3-bn-relu/kernel')!.dataSync();
    expect(kernel(a)).toEqual(kernel(b));
    expect(kernel(a)).not.toEqual(kernel(c));
    for (const n of [a, b, c]) n.dispose();
  });

  it('refuses a cell it was not built for', () => {
    const net = new StandaloneNetwork(CELL_A, TINY, 1);
    expect(() => net.logits({ ...CELL_A }, tf.ones([1, 8, 8, 3]), { mode: 'eval' })).toThrow(/another cell/);
    net.dispose();
  });
});
