/**
 * The zero-cost proxies of one cell on the harness's own NAS-Bench-101 network (src/nn/network.ts) at its seeded
 * initialisation: one network per cell, shared by every proxy as NASLib shares `net_orig` (each measure reads the
 * same initial weights), and the seconds each proxy took on top of building it.
 */
import type { Cell } from '../../space/cell.js';
import type { NetworkConfig } from '../architecture.js';
import { checkBatch, type Batch } from '../batch.js';
import { StandaloneNetwork } from '../network.js';
import { fisherScore } from './fisher.js';
import { gradNormScore } from './grad-norm.js';
import { jacobCovScore } from './jacob-cov.js';
import { applyNaslibInit, type ZeroCostInit } from './initialisation.js';
import { l2NormScore } from './l2-norm.js';
import { withLossGradients } from './loss-gradients.js';
import { naswotScore } from './naswot.js';
import { plainScore } from './plain.js';
import { COUNTING_PROXIES, countingScore, DATA_PROXIES, type ZeroCostProxyName } from './proxies.js';
import { snipScore } from './snip.js';
import { synflowScore } from './synflow.js';

export interface ZeroCostOptions {
  readonly network: NetworkConfig;
  /** Seed of the network's initial weights. */
  readonly seed: number;
  /** Whose initial weights (initialisation.ts); default NASLib's, the field's reference. */
  readonly init?: ZeroCostInit;
  readonly proxies: readonly ZeroCostProxyName[];
  /** The mini-batch of training images the data proxies read; required when one is asked for. */
  readonly batch?: Batch;
}

export interface ZeroCostScores {
  /** Proxy -> score (NaN or +-Infinity where the proxy is undefined for the cell, e.g. a singular NASWOT kernel). */
  readonly scores: Readonly<Partial<Record<ZeroCostProxyName, number>>>;
  /** Proxy -> seconds; `network` for building and initialising the network (counted once per cell). */
  readonly seconds: Readonly<Partial<Record<ZeroCostProxyName | 'network', number>>>;
}

const LOSS_PROXIES = { snip: snipScore, grad_norm: gradNormScore, fisher: fisherScore, plain: plainScore } as const;
type LossProxy = keyof typeof LOSS_PROXIES;
const isLossProxy = (p: ZeroCostProxyName): p is LossProxy => p in LOSS_PROXIES;

export function zeroCostScores(cell: Cell, options: ZeroCostOptions): ZeroCostScores {
  const { network, proxies } = options;
  const scores: Partial<Record<ZeroCostProxyName, number>> = {};
  const seconds: Partial<Record<ZeroCostProxyName | 'network', number>> = {};
  const timed = (key: ZeroCostProxyName | 'network', f: () => void) => {
    const start = performance.now();
    f();
    seconds[key] = (performance.now() - start) / 1000;
  };
  for (const p of proxies) if (COUNTING_PROXIES.has(p)) timed(p, () => (scores[p] = countingScore(p as 'params' | 'flops', cell, network)));
  const tensorProxies = proxies.filter((p) => !COUNTING_PROXIES.has(p));
  if (tensorProxies.length === 0) return { scores, seconds };
  const batch = options.batch;
  if (tensorProxies.some((p) => DATA_PROXIES.has(p))) {
    if (!batch) throw new Error(`zeroCostScores: ${tensorProxies.filter((p) => DATA_PROXIES.has(p)).join(', ')} need a mini-batch`);
    checkBatch(batch, 'zero-cost mini-batch', network.inputSize);
  }
  let net: StandaloneNetwork | undefined;
  timed('network', () => {
    net = new StandaloneNetwork(cell, network, options.seed);
    if ((options.init ?? 'naslib') === 'naslib') applyNaslibInit(net, options.seed);
  });
  try {
    const lossProxies = tensorProxies.filter(isLossProxy);
    if (lossProxies.length > 0) {
      // One pass for all four; its time is shared out equally.
      const start = performance.now();
      withLossGradients(net!, cell, batch!, (layers) => {
        for (const p of lossProxies) scores[p] = LOSS_PROXIES[p](layers);
      });
      for (const p of lossProxies) seconds[p] = (performance.now() - start) / 1000 / lossProxies.length;
    }
    for (const p of tensorProxies) {
      if (p === 'l2_norm') timed(p, () => (scores[p] = l2NormScore(net!)));
      if (p === 'synflow') timed(p, () => (scores[p] = synflowScore(net!, cell)));
      if (p === 'naswot') timed(p, () => (scores[p] = naswotScore(net!, cell, batch!)));
      if (p === 'jacob_cov') timed(p, () => (scores[p] = jacobCovScore(net!, cell, batch!)));
    }
  } finally {
    net!.dispose();
  }
  return { scores, seconds };
}
