/**
 * The training-free ("zero-cost") proxies ws-repro computes for a cell, by name, in NASLib's order of cost: the
 * counting rules first (no network), then one initialised network with no data (l2_norm), one image of ones
 * (synflow), one forward pass (naswot), one backward pass (snip, grad_norm, fisher, plain share it) and one
 * input-gradient pass (jacob_cov). Every score is oriented so that larger predicts a better cell, as in NASLib
 * (`naslib/predictors/utils/pruners/measures/*.py`) and zero-cost-nas (Abdelfattah et al., ICLR 2021). Signs are
 * NASLib's, never flipped after looking at the data: jacob_cov is negative by construction, and on NAS-Bench-101 it
 * correlates negatively with accuracy in NASLib's own scores (-0.5), which the comparisons report as measured.
 */
import type { Cell } from '../../space/cell.js';
import { flops } from '../../space/flops.js';
import { trainableParameters } from '../../space/parameters.js';
import type { NetworkConfig } from '../architecture.js';

export const ZERO_COST_PROXY_NAMES = [
  'params',
  'flops',
  'l2_norm',
  'synflow',
  'naswot',
  'snip',
  'grad_norm',
  'fisher',
  'plain',
  'jacob_cov',
] as const;
export type ZeroCostProxyName = (typeof ZERO_COST_PROXY_NAMES)[number];

/** The key of each proxy in NASLib's zero-cost benchmark (NAS-Bench-Suite-Zero); naswot is not in its NB101 file. */
export const NASLIB_KEYS: Readonly<Record<ZeroCostProxyName, string | null>> = {
  params: 'params',
  flops: 'flops',
  l2_norm: 'l2_norm',
  synflow: 'synflow',
  naswot: null,
  snip: 'snip',
  grad_norm: 'grad_norm',
  fisher: 'fisher',
  plain: 'plain',
  jacob_cov: 'jacov',
};

/** The proxies that read a mini-batch of training images (the others need none). */
export const DATA_PROXIES: ReadonlySet<ZeroCostProxyName> = new Set(['naswot', 'snip', 'grad_norm', 'fisher', 'plain', 'jacob_cov']);

/** The counting rules, computed from the cell alone (no tensors). */
export const COUNTING_PROXIES: ReadonlySet<ZeroCostProxyName> = new Set(['params', 'flops']);

/** `synflow,params` -> the names, in the order given; an unknown or repeated name is an error naming it. */
export function parseProxyList(text: string): ZeroCostProxyName[] {
  const names = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new Error('--proxies: empty list');
  for (const name of names) {
    if (!(ZERO_COST_PROXY_NAMES as readonly string[]).includes(name)) {
      throw new Error(`--proxies: unknown proxy ${JSON.stringify(name)}; choose from ${ZERO_COST_PROXY_NAMES.join(', ')}`);
    }
  }
  if (new Set(names).size !== names.length) throw new Error(`--proxies: a proxy is listed twice in ${JSON.stringify(text)}`);
  return names as ZeroCostProxyName[];
}

/**
 * params: trainable parameters of the network (NAS-Bench-101's `trainable_parameters` at 128 filters), in millions
 * as NASLib reports them. flops: multiply-accumulates of one image's forward pass (convolutions and the dense
 * layer, src/space/flops.ts), in millions; NASLib counts with tensorwatch, which adds batch norm, ReLU and pooling
 * (a few per cent more, the same ranking to 0.999). Larger is better for both (on NAS-Bench-101).
 */
export function countingScore(proxy: 'params' | 'flops', cell: Cell, network: NetworkConfig): number {
  return proxy === 'params' ? trainableParameters(cell, network) / 1e6 : flops(cell, { ...network, imageSize: network.inputSize }) / 1e6;
}
