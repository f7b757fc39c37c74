/**
 * The recorded zero-cost scores of the sampled authors' cells (results/zero-cost-authors.json, written by
 * perf/zero-cost-authors.ts from `ws-repro zero-cost`): read and checked here, so that the re-analysis level stays
 * a pure function of embedded data and needs no tfjs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProxyScores } from './training-free.js';

export const RECORDED_ZERO_COST_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'results', 'zero-cost-authors.json');

export interface RecordedZeroCost {
  readonly file: string;
  readonly sample: { readonly perSupernet: number; readonly seed: number };
  readonly network: Readonly<Record<string, unknown>> & { readonly name: string };
  readonly init: string;
  /** Proxy (and `network`) -> mean seconds per cell on the recording machine. */
  readonly secondsPerCell: Readonly<Record<string, number>>;
  readonly proxies: readonly string[];
  readonly scores: ReadonlyMap<string, ProxyScores>;
}

export function loadRecordedZeroCost(file = RECORDED_ZERO_COST_FILE): RecordedZeroCost {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Omit<RecordedZeroCost, 'scores' | 'proxies' | 'file'> & { scores?: Record<string, ProxyScores> };
  const bad = (what: string) => new Error(`${file}: ${what}`);
  if (!doc.sample || !Number.isInteger(doc.sample.perSupernet) || !Number.isInteger(doc.sample.seed)) throw bad('no sample {perSupernet, seed}');
  if (!doc.scores || typeof doc.scores !== 'object') throw bad('no scores by cell hash');
  const entries = Object.entries(doc.scores);
  if (entries.length === 0) throw bad('no scored cells');
  const proxies = Object.keys(entries[0][1]);
  for (const [hash, s] of entries) {
    if (!/^[0-9a-f]{32}$/.test(hash)) throw bad(`cell key ${JSON.stringify(hash)} is not a NAS-Bench-101 hash`);
    const keys = Object.keys(s);
    if (keys.length !== proxies.length || keys.some((k) => !proxies.includes(k))) throw bad(`cell ${hash} has proxies ${keys.join(',')}, expected ${proxies.join(',')}`);
  }
  return { file, sample: doc.sample, network: doc.network, init: doc.init, secondsPerCell: doc.secondsPerCell, proxies, scores: new Map(entries) };
}
