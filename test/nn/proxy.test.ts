import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomInt } from '../../src/random.js';
import { SuperNet } from '../../src/nn/supernet.js';
import { PAPER_TRAINING, Trainer } from '../../src/nn/trainer.js';
import { proxyAccuracies, proxyAccuracy, superNetHealth } from '../../src/nn/proxy.js';
import { CELL_A, CELL_B, TINY, syntheticBatch, useCpu } from './helpers.js';

beforeAll(useCpu);

describe('superNetHealth', () => {
  it('flags constant scores and chance-level scores, and passes a spread above chance', () => {
    expect(superNetHealth([0.1, 0.1, 0.1], 10, 1000)).toMatchObject({ failed: true, reason: expect.stringMatching(/all 3/) });
    // Chance 0.1 with 1,000 images: threshold 0.1 + 3 * sqrt(0.09 / 1000) = 0.1285.
    expect(superNetHealth([0.11, 0.12, 0.14], 10, 1000)).toMatchObject({ failed: true, reason: expect.stringMatching(/chance/) });
    expect(superNetHealth([0.11, 0.2, 0.5], 10, 1000)).toEqual({ failed: false });
  });
});

describe('proxy evaluation of a super-net', () => {
  it('scores sampled cells above chance with bns-ft after a short training, without leaking tensors', async () => {
    const small = { ...TINY, stacks: 1 };
    const superNet = new SuperNet(small, 2);
    const cells = [CELL_A, CELL_B];
    const data = (step: number) => syntheticBatch(8, step, 16, small);
    const trainer = new Trainer(superNet, (r) => cells[randomInt(r, 2)], data, {
      ...PAPER_TRAINING,
      learningRate: 0.1,
      totalSteps: 24,
      stepsPerEpoch: 8,
      seed: 4,
    });
    await trainer.train();
    const heldOut = syntheticBatch(9, 0, 200, small);
    const before = tf.memory().numTensors;
    const done: number[] = [];
    const scores = await proxyAccuracies(superNet, cells, heldOut, ['no-ft', 'bns-ft'], {
      calibration: [data(1000)],
      chunk: 64,
      onCell: (n) => done.push(n),
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(done).toEqual([1, 2]);
    // Chance is 1/3; 200 images give a binomial 3-sigma margin of 3 * sqrt(2/9 / 200) = 0.1.
    for (const a of scores.accuracies['bns-ft']!) expect(a).toBeGreaterThan(1 / 3 + 0.1);
    expect(superNetHealth(scores.accuracies['bns-ft']!, small.numLabels, heldOut.count)).toEqual({ failed: false });
    // Chunking is memory only: one pass over all 200 images gives the same count.
    expect(await proxyAccuracy(superNet, CELL_A, heldOut, 'bns-ft', { calibration: [data(1000)] })).toBe(
      scores.accuracies['bns-ft']![0],
    );
    await expect(proxyAccuracy(superNet, CELL_A, heldOut, 'bns-ft', { calibration: [] })).rejects.toThrow(/calibration batch/);
    trainer.dispose();
    superNet.dispose();
  });
});
