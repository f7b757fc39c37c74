/**
 * The zero-cost guide of RS_zc and GS_zc (beyond the paper, issue 16): a training-free proxy in the super-net's
 * place. The searches run exactly as RS_ws and GS_ws (runs.ts): they rank cells by the proxy, then the visited cells
 * are trained standalone in order of decreasing proxy; the time axis starts at (proxy evaluations x the proxy's
 * seconds per cell), with no super-net to train.
 *
 * Which proxy: the one that ranks cells best in the recorded comparison (results/zero-cost-naslib.json, written by
 * perf/zero-cost-naslib.ts: Spearman with accuracy on NASLib's 500 NAS-Bench-101 cells, NAS-Bench-101's own network,
 * NASLib's initialisation), among the proxies a search can compute for every cell of a space without a network
 * (the counting rules of src/space: parameters and FLOPs; the others need tfjs and about a second per cell, too
 * much for the 423,624 cells a search may visit). The best of every recorded proxy is kept beside the choice, so a
 * reader sees when a network proxy would have ranked better. Its cost per evaluation is its recorded seconds per cell.
 * A change of the recorded file changes the search units' results: bump their code version (src/experiments/plan.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../space/cell.js';
import { flops } from '../space/flops.js';
import { trainableParameters } from '../space/parameters.js';
import type { WsScorer } from './proxy.js';
import { sha256Hex } from '../io/sha256.js';

export const RECORDED_ZERO_COST_COMPARISON = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'results', 'zero-cost-naslib.json');

/** The network the counting rules are computed on (NAS-Bench-101's, 128 filters) and its name in the recorded file. */
const GUIDE_NETWORK = 'nasbench';
const GUIDE_INIT = 'naslib';

/** Proxies computable for any cell without a network, in millions as the recorded comparison (NASLib) reports them. */
const TABLE_FREE: Readonly<Record<string, (cell: Cell) => number>> = {
  params: (cell) => trainableParameters(cell) / 1e6,
  flops: (cell) => flops(cell) / 1e6,
};

/** One row of the recorded comparison (results/zero-cost-naslib.json `results`). */
export interface RecordedProxyRow {
  readonly network: string;
  readonly init: string;
  readonly proxy: string;
  readonly cells: number;
  readonly spearmanWithAccuracy: number;
  readonly secondsPerCell: number;
}

/** The guide as a study records it (plain data). */
export interface ZeroCostGuideChoice {
  readonly proxy: string;
  readonly spearmanWithAccuracy: number;
  /** Seconds per cell on the recording machine: the cost of one proxy evaluation. */
  readonly secondsPerCell: number;
  readonly cells: number;
  readonly network: string;
  /** The best proxy of the whole recorded comparison (any network), for comparison with the choice. */
  readonly bestRecorded: { readonly proxy: string; readonly network: string; readonly spearmanWithAccuracy: number };
  /** The recorded file and its sha256. */
  readonly source: string;
}

export interface ZeroCostGuide {
  readonly choice: ZeroCostGuideChoice;
  readonly scorer: WsScorer;
}

const best = (rows: readonly RecordedProxyRow[]) => rows.reduce((a, b) => (b.spearmanWithAccuracy > a.spearmanWithAccuracy ? b : a));

/** The choice from the recorded rows (module comment); `source` names them. */
export function chooseZeroCostGuide(rows: readonly RecordedProxyRow[], source: string): ZeroCostGuideChoice {
  const recorded = rows.filter((r) => r.init === GUIDE_INIT && Number.isFinite(r.spearmanWithAccuracy));
  const candidates = recorded.filter((r) => r.network === GUIDE_NETWORK && Object.hasOwn(TABLE_FREE, r.proxy));
  if (candidates.length === 0) throw new Error(`${source}: no ${Object.keys(TABLE_FREE).join(' or ')} row on the ${GUIDE_NETWORK} network with ${GUIDE_INIT} initialisation`);
  const chosen = best(candidates);
  const top = best(recorded);
  return {
    proxy: chosen.proxy,
    spearmanWithAccuracy: chosen.spearmanWithAccuracy,
    secondsPerCell: chosen.secondsPerCell,
    cells: chosen.cells,
    network: chosen.network,
    bestRecorded: { proxy: top.proxy, network: top.network, spearmanWithAccuracy: top.spearmanWithAccuracy },
    source,
  };
}

/** The guide as a scorer of every cell (higher is better, as the recorded comparison orients every proxy). */
export function zeroCostGuide(choice: ZeroCostGuideChoice): ZeroCostGuide {
  const score = TABLE_FREE[choice.proxy];
  if (!score) throw new Error(`zero-cost guide ${JSON.stringify(choice.proxy)}: not computable without a network (${Object.keys(TABLE_FREE).join(', ')})`);
  return { choice, scorer: { label: `zero-cost ${choice.proxy}`, score: (cell) => score(cell) } };
}

/** The guide chosen from the recorded comparison file. */
export function loadZeroCostGuide(file = RECORDED_ZERO_COST_COMPARISON): ZeroCostGuide {
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text) as { results?: unknown };
  if (!Array.isArray(doc.results)) throw new Error(`${file}: no "results" array of per-proxy comparisons`);
  const rows = doc.results.map((r: RecordedProxyRow, i: number) => {
    if (typeof r?.proxy !== 'string' || typeof r.network !== 'string' || typeof r.secondsPerCell !== 'number' || !(r.secondsPerCell >= 0)) {
      throw new Error(`${file}: results[${i}] is not a per-proxy comparison {network, init, proxy, cells, spearmanWithAccuracy, secondsPerCell}`);
    }
    return r;
  });
  const sha256 = sha256Hex(text);
  return zeroCostGuide(chooseZeroCostGuide(rows, `results/zero-cost-naslib.json sha256:${sha256.slice(0, 16)}`));
}
