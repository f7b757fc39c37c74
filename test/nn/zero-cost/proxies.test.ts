import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { StandaloneNetwork } from '../../../src/nn/network.js';
import { imagesTensor } from '../../../src/nn/batch.js';
import { parseProxyList, ZERO_COST_PROXY_NAMES } from '../../../src/nn/zero-cost/proxies.js';
import { zeroCostScores } from '../../../src/nn/zero-cost/score-cell.js';
import { applyNaslibInit } from '../../../src/nn/zero-cost/initialisation.js';
import { CELL_A, CELL_B, syntheticBatch, TINY, useCpu } from '../helpers.js';

beforeAll(useCpu);

const batch = syntheticBatch(3, 0, 6, TINY);
const ALL = [...ZERO_COST_PROXY_NAMES];

describe('zero-cost proxies on a tiny network', () => {
  it('every proxy is finite, seeded (same seed, same scores) and leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    const a = zeroCostScores(CELL_A, { network: TINY, seed: 5, proxies: ALL, batch });
    const b = zeroCostScores(CELL_A, { network: TINY, seed: 5, proxies: ALL, batch });
    const c = zeroCostScores(CELL_A, { network: TINY, seed: 6, proxies: ['params', 'synflow'] });
    expect(tf.memory().numTensors).toBe(before);
    for (const p of ALL) {
      expect(Number.isFinite(a.scores[p]), p).toBe(true);
      expect(b.scores[p], p).toBe(a.scores[p]);
      expect(a.seconds[p], p).toBeGreaterThanOrEqual(0);
    }
    expect(c.scores.synflow).not.toBe(a.scores.synflow);
    expect(c.scores.params).toBe(a.scores.params);
  });

  it('snip, grad_norm and plain equal their definitions on the gradients of the plain cross-entropy pass', () => {
    const scores = zeroCostScores(CELL_B, { network: TINY, seed: 2, proxies: ['snip', 'grad_norm', 'plain'], batch }).scores;
    // Independent computation: the same network (same seed and initialisation), tf.variableGrads of the loss.
    const net = new StandaloneNetwork(CELL_B, TINY, 2);
    applyNaslibInit(net, 2);
    const kernels = [...net.trainableVariables()].filter(([n]) => n.endsWith('/kernel')).map(([, v]) => v);
    const expected = tf.tidy(() => {
      const labels = tf.oneHot(tf.tensor1d(batch.labels, 'int32'), TINY.numLabels);
      const { grads } = tf.variableGrads(
        () => tf.losses.softmaxCrossEntropy(labels, net.logits(CELL_B, imagesTensor(batch), { mode: 'train' })) as tf.Scalar,
        kernels,
      );
      const sum = (f: (w: tf.Tensor, g: tf.Tensor) => tf.Tensor) => kernels.reduce((t, w) => t + f(w, grads[w.name]).dataSync()[0], 0);
      return {
        snip: sum((w, g) => tf.sum(tf.abs(tf.mul(w, g)))),
        grad_norm: sum((_, g) => tf.norm(g)),
        plain: sum((w, g) => tf.sum(tf.mul(w, g))),
      };
    });
    net.dispose();
    expect(scores.snip).toBeCloseTo(expected.snip, 4);
    expect(scores.grad_norm).toBeCloseTo(expected.grad_norm, 4);
    expect(scores.plain).toBeCloseTo(expected.plain, 4);
    expect(Math.abs(scores.plain!)).toBeLessThanOrEqual(scores.snip!);
  });

  it('synflow: the scaled pass equals a direct float32 computation where nothing overflows', () => {
    const log = zeroCostScores(CELL_A, { network: TINY, seed: 4, proxies: ['synflow'] }).scores.synflow!;
    // Independent: |weights| assigned into the network, batch norm at its initial running statistics (mean 0,
    // variance 1, gamma 1, beta 0: x / sqrt(1 + 1e-5), the identity to 1e-5 per layer), one image of ones.
    const net = new StandaloneNetwork(CELL_A, TINY, 4);
    applyNaslibInit(net, 4);
    const kernels = [...net.trainableVariables()].filter(([n]) => n.endsWith('/kernel')).map(([, v]) => v);
    for (const k of kernels) tf.tidy(() => k.assign(tf.abs(k)));
    const direct = tf.tidy(() => {
      const { grads } = tf.variableGrads(() => tf.sum(net.logits(CELL_A, tf.ones([1, 8, 8, 3]), { mode: 'eval' })), kernels);
      return kernels.reduce((t, w) => t + tf.sum(tf.mul(w, grads[w.name])).dataSync()[0], 0);
    });
    net.dispose();
    expect(log).toBeCloseTo(Math.log(direct), 3);
  });

  it('jacob_cov is at most -batch and NASWOT at most batch * log(ReLU units) (Hadamard)', () => {
    const s = zeroCostScores(CELL_A, { network: TINY, seed: 1, proxies: ['jacob_cov', 'naswot'], batch }).scores;
    // sum over eigenvalues of log v + 1/v >= sum of 1 = batch (minimum at v = 1), k = 1e-5 aside.
    expect(s.jacob_cov!).toBeLessThanOrEqual(-batch.count + 1e-3);
    const net = new StandaloneNetwork(CELL_A, TINY, 1);
    let units = 0;
    tf.tidy(() => {
      net.logits(CELL_A, imagesTensor(batch), { mode: 'train', probe: { activation: (_n, y) => (units += y.size / batch.count) } });
    });
    net.dispose();
    expect(s.naswot!).toBeLessThanOrEqual(batch.count * Math.log(units) + 1e-9);
  });

  it('data proxies without a batch, and bad proxy lists, are errors that name the problem', () => {
    expect(() => zeroCostScores(CELL_A, { network: TINY, seed: 0, proxies: ['snip'] })).toThrow(/snip need a mini-batch/);
    expect(() => parseProxyList('synflow,zen')).toThrow(/unknown proxy "zen"/);
    expect(() => parseProxyList('params,params')).toThrow(/twice/);
    expect(parseProxyList('synflow, params')).toEqual(['synflow', 'params']);
  });
});
