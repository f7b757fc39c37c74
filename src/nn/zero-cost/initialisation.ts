/**
 * Which initial weights the proxies read. `nasbench`: the harness's network as built (nasbench/lib's TensorFlow
 * initialisers, src/nn/model.ts: conv kernels variance-scaling fan-in truncated normal, dense Glorot uniform).
 * `naslib`: the weights NASLib's PyTorch NAS-Bench-101 model starts from: conv kernels N(0, 2 / (k * k * out))
 * (He, fan-out), dense kernel N(0, 0.01^2), biases 0, batch norm 1/0. Inferred from NASLib's own scores, not from
 * its source: with it, the expected l2_norm of every one of the 500 reference cells is NASLib's to 0.1% (Spearman
 * 0.997, against 0.946 for the fan-in scheme), and it is the initialisation of the PyTorch NAS-Bench-101 port.
 * The proxies weigh layers by their initial scale, so the scheme moves their ranking (results/zero-cost-naslib.json).
 */
import * as tf from '@tensorflow/tfjs';
import { derivedRandom } from '../../random.js';
import type { StandaloneNetwork } from '../network.js';

export const ZERO_COST_INITS = ['naslib', 'nasbench'] as const;
export type ZeroCostInit = (typeof ZERO_COST_INITS)[number];

export function parseInit(text: string): ZeroCostInit {
  if (!(ZERO_COST_INITS as readonly string[]).includes(text)) throw new Error(`--init: expected one of ${ZERO_COST_INITS.join(', ')}, got ${JSON.stringify(text)}`);
  return text as ZeroCostInit;
}

/** Re-draws the kernels of a freshly built network as NASLib's model initialises them (seeded per kernel). */
export function applyNaslibInit(net: StandaloneNetwork, seed: number): void {
  for (const [name, v] of net.trainableVariables()) {
    if (!name.endsWith('/kernel')) continue;
    const std = name === 'dense/kernel' ? 0.01 : Math.sqrt(2 / (v.shape[0]! * v.shape[1]! * v.shape[3]!));
    const drawSeed = Math.floor(derivedRandom(seed, `naslib-init/${name}`)() * 2 ** 31);
    tf.tidy(() => v.assign(tf.randomNormal(v.shape, 0, std, 'float32', drawSeed)));
  }
}
