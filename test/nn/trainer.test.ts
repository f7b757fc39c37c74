import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/space/cell.js';
import { randomInt } from '../../src/random.js';
import { RmsProp } from '../../src/nn/rmsprop.js';
import { StandaloneNetwork } from '../../src/nn/network.js';
import { SuperNet } from '../../src/nn/supernet.js';
import { readCheckpoint } from '../../src/nn/checkpoint.js';
import { PAPER_TRAINING, Trainer, cosineLearningRate, type TrainingConfig } from '../../src/nn/trainer.js';
import { proxyAccuracy } from '../../src/nn/proxy.js';
import { CELL_A, CELL_B, TINY, snapshot, syntheticBatch, useCpu } from './helpers.js';

beforeAll(useCpu);
const dir = mkdtempSync(join(tmpdir(), 'ws-repro-nn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CELLS: readonly Cell[] = [CELL_A, CELL_B];
const config = (over: Partial<TrainingConfig> = {}): TrainingConfig => ({
  ...PAPER_TRAINING,
  totalSteps: 6,
  stepsPerEpoch: 3,
  seed: 7,
  ...over,
});
const batches = (step: number) => syntheticBatch(21, step, 8, TINY);

describe('RmsProp', () => {
  it('takes TensorFlow 1 steps: slots start at 1, epsilon inside the root', () => {
    // TF1's update rule evaluated in python3 (float64): ms = 0.9 * 1 + 0.1 * 0.5^2 = 0.925,
    // mom = 0.2 * 0.5 / sqrt(0.925 + 1) = 0.0720750, w = 0.9279250; second step with the same gradient:
    // ms = 0.8575, mom = 0.9 * 0.0720750 + 0.1 / sqrt(1.8575) = 0.1382404, w = 0.7896846.
    const w = tf.variable(tf.scalar(1));
    const opt = new RmsProp();
    const vars = new Map([['w', w]]);
    opt.apply(vars, new Map([['w', tf.scalar(0.5)]]), 0.2);
    expect(w.dataSync()[0]).toBeCloseTo(0.927925, 6);
    opt.apply(vars, new Map([['w', tf.scalar(0.5)]]), 0.2);
    expect(w.dataSync()[0]).toBeCloseTo(0.7896846, 6);
    opt.dispose();
    w.dispose();
  });
});

describe('cosineLearningRate', () => {
  it('decays 0.2 to 0 over the schedule', () => {
    // 0.5 * 0.2 * (1 + cos(pi * t)) at t = 0, 1/2, 1: 0.2, 0.1, 0.
    expect(cosineLearningRate(0.2, 0, 100)).toBeCloseTo(0.2, 12);
    expect(cosineLearningRate(0.2, 50, 100)).toBeCloseTo(0.1, 12);
    expect(cosineLearningRate(0.2, 100, 100)).toBeCloseTo(0, 12);
  });
});

describe('Trainer', () => {
  const sampler = (random: () => number) => CELLS[randomInt(random, CELLS.length)];

  it('is deterministic: same seeds, same weights after 3 steps', async () => {
    const run = async () => {
      const net = new SuperNet(TINY, 1);
      const trainer = new Trainer(net, sampler, batches, config());
      for (let i = 0; i < 3; i++) await trainer.trainStep();
      const out = await snapshot(net.state());
      trainer.dispose();
      net.dispose();
      return out;
    };
    expect(await run()).toEqual(await run());
  });

  it('resumes from a checkpoint to exactly the weights of an uninterrupted run', async () => {
    const whole = new SuperNet(TINY, 1);
    const a = new Trainer(whole, sampler, batches, config());
    await a.train({ until: 4 });
    const path = join(dir, 'half.ckpt');
    const first = new SuperNet(TINY, 1);
    const b = new Trainer(first, sampler, batches, config());
    await b.train({ until: 2, checkpoint: { path, everySteps: 2 } });
    // A fresh super-net with other initial weights: everything must come from the checkpoint.
    const resumed = new SuperNet(TINY, 99);
    const c = new Trainer(resumed, sampler, batches, config());
    c.loadCheckpoint(path);
    expect(c.step).toBe(2);
    await c.train({ until: 4 });
    expect(await snapshot(resumed.state())).toEqual(await snapshot(whole.state()));
    expect(() => new Trainer(resumed, sampler, batches, config({ seed: 8 })).loadCheckpoint(path)).toThrow(
      /another training configuration/,
    );
    // A super-net of another shape refuses the file and keeps its own weights.
    const other = new SuperNet(TINY, 5, { singleKernel: true });
    const untouched = await snapshot(other.state());
    expect(() => new Trainer(other, sampler, batches, config()).loadCheckpoint(path)).toThrow(/unknown tensor model\//);
    expect(await snapshot(other.state())).toEqual(untouched);
    for (const t of [a, b, c]) t.dispose();
    for (const n of [whole, first, resumed, other]) n.dispose();
  });

  it('never resumes from a checkpoint with flipped sign bits: sets it aside and starts over (issue 10)', async () => {
    const path = join(dir, 'damaged.ckpt');
    const first = new SuperNet(TINY, 1);
    const b = new Trainer(first, sampler, batches, config());
    await b.train({ until: 2, checkpoint: { path, everySteps: 2 } });
    // Flip the sign bit of every float in the last 64 bytes (the end of the last tensor).
    const bytes = readFileSync(path);
    for (let at = bytes.length - 61; at < bytes.length; at += 4) bytes[at] ^= 0x80;
    writeFileSync(path, bytes);
    expect(() => readCheckpoint(path)).toThrow(new RegExp(`^${path}: damaged: section .* does not match its sha256$`));
    const fresh = new SuperNet(TINY, 1);
    const untouched = await snapshot(fresh.state());
    const c = new Trainer(fresh, sampler, batches, config());
    const line = c.resumeFrom(path);
    expect(line).toMatch(/damaged: section .*; moved to .*damaged\.ckpt\.damaged-.*; training restarts from step 0$/);
    expect(c.step).toBe(0);
    expect(await snapshot(fresh.state())).toEqual(untouched);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('damaged.ckpt.damaged-'))).toHaveLength(1);
    expect(c.resumeFrom(path)).toBeUndefined();
    for (const t of [b, c]) t.dispose();
    for (const n of [first, fresh]) n.dispose();
  });

  it('leaks no tensors across steps', async () => {
    const net = new SuperNet(TINY, 1);
    let i = 0;
    const trainer = new Trainer(net, () => CELLS[i++ % 2], batches, config());
    await trainer.trainStep();
    await trainer.trainStep(); // optimiser slots now exist for both cells' paths
    const before = tf.memory().numTensors;
    await trainer.trainStep();
    await trainer.trainStep();
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
    net.dispose();
  });

  it('averages the gradient over k cells (avg-k): k copies of one cell give the single-cell update', async () => {
    const weights = async (avgK: number) => {
      const net = new SuperNet(TINY, 1);
      const trainer = new Trainer(net, () => CELL_A, batches, config({ avgK }));
      await trainer.trainStep();
      const out = await snapshot(net.trainableVariables(CELL_A));
      trainer.dispose();
      net.dispose();
      return out;
    };
    expect(await weights(2)).toEqual(await weights(1));
  });

  it('accumulates gradients over micro-batches', async () => {
    const net = new StandaloneNetwork(CELL_B, TINY, 1);
    const trainer = new Trainer(net, () => CELL_B, batches, config({ microBatch: 3 }));
    const report = await trainer.trainStep();
    expect(report.images).toBe(8);
    expect(Number.isFinite(report.loss)).toBe(true);
    trainer.dispose();
    net.dispose();
  });

  it('learns a synthetic task: the loss falls and bns-ft held-out accuracy beats chance', async () => {
    const small = { ...TINY, stacks: 1 };
    const net = new StandaloneNetwork(CELL_A, small, 1);
    const data = (step: number) => syntheticBatch(5, step, 16, small);
    const trainer = new Trainer(net, () => CELL_A, data, config({ totalSteps: 20, learningRate: 0.1 }));
    const losses: number[] = [];
    const seen: number[] = [];
    await trainer.train({
      progress: (p) => {
        losses.push(p.loss);
        seen.push(p.imagesPerSecond);
      },
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(losses.slice(-5))).toBeLessThan(0.75 * mean(losses.slice(0, 5)));
    expect(seen.every((s) => s > 0)).toBe(true);
    const heldOut = syntheticBatch(6, 0, 60, small);
    // 20 steps move running averages with momentum 0.003 by only 6 %: re-estimated statistics (bns-ft) are needed.
    const accuracy = await proxyAccuracy(net, CELL_A, heldOut, 'bns-ft', { calibration: [data(100)] });
    // Chance is 1/3; 60 images give a binomial 3-sigma margin of 3 * sqrt(2/9 / 60) = 0.18.
    expect(accuracy).toBeGreaterThan(1 / 3 + 0.18);
    trainer.dispose();
    net.dispose();
  });
});
