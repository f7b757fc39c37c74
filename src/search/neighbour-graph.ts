/**
 * The greedy search's neighbourhood (paper 4.3) as rows of a ground-truth table: every cell with one hidden op
 * changed, every valid cell with one edge added or removed (removing an edge prunes what is left off every
 * input->output path), and every cell with one vertex added (the new vertex, with any op, gets one edge in from a
 * vertex u and one edge out to a later vertex v). Valid = NAS-Bench-101's limits on the pruned cell (7 vertices,
 * 9 edges). The cell itself is not listed. Lists are of the full space; callers filter by their space's mask.
 *
 * Candidates are generated on bit-packed cells and looked up by `cellKey`, and each row's list is computed once
 * and kept: hill-climbing revisits the same cells from run to run.
 */
import { MAX_EDGES, MAX_VERTICES } from '../space/cell.js';
import type { GroundTruth } from '../nasbench/ground-truth.js';
import { POPCOUNT, cellKey, emptyGraph, packGraph, type PackedGraph } from './cell-key.js';

/**
 * Open-addressing map from a cell key (an integer below 2^44, so not a small integer: a JS Map hashes such keys
 * slowly) to a row.
 */
class KeyIndex {
  private readonly keys: Float64Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(size: number) {
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    const hi = (key / 2147483648) | 0;
    let h = Math.imul((key - hi * 2147483648) ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & this.mask;
    while (this.rows[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    return this.rows[this.slot(key)];
  }

  /** Stores key -> row; returns the row already stored under the key, or -1. */
  set(key: number, row: number): number {
    const slot = this.slot(key);
    const earlier = this.rows[slot];
    if (earlier === -1) {
      this.keys[slot] = key;
      this.rows[slot] = row;
    }
    return earlier;
  }
}

function copyGraph(from: PackedGraph, to: PackedGraph): void {
  to.n = from.n;
  for (let v = 0; v < from.n; v++) {
    to.ops[v] = from.ops[v];
    to.succ[v] = from.succ[v];
  }
}

/**
 * Prune `g` in place (upper-triangular labelling): keep the vertices on an input->output path, renumbered in order.
 * False when the output is no longer reachable.
 */
function pruneInPlace(g: PackedGraph): boolean {
  const { n, succ, ops } = g;
  let reach = 1;
  for (let u = 0; u < n; u++) if ((reach >>> u) & 1) reach |= succ[u];
  if (!((reach >>> (n - 1)) & 1)) return false;
  let co = 1 << (n - 1);
  for (let u = n - 2; u >= 0; u--) if (succ[u] & co) co |= 1 << u;
  const kept = reach & co;
  if (kept === (1 << n) - 1) return true;
  let m = 0;
  for (let u = 0; u < n; u++) {
    if (!((kept >>> u) & 1)) continue;
    let mask = 0;
    let bit = 0;
    for (let v = 0; v < n; v++) {
      if (!((kept >>> v) & 1)) continue;
      if ((succ[u] >>> v) & 1) mask |= 1 << bit;
      bit++;
    }
    ops[m] = ops[u];
    succ[m] = mask;
    m++;
  }
  g.n = m;
  return true;
}

const candidate = emptyGraph();

/** Calls `visit` with the key of every neighbour candidate of `g` (a pruned, upper-triangular cell); may repeat keys. */
export function forEachNeighbourKey(g: PackedGraph, visit: (key: number) => void): void {
  const { n, ops, succ } = g;
  let edges = 0;
  for (let u = 0; u < n; u++) edges += POPCOUNT[succ[u]];
  // One hidden op changed.
  copyGraph(g, candidate);
  for (let v = 1; v < n - 1; v++) {
    for (let op = 0; op < 3; op++) {
      if (op === ops[v]) continue;
      candidate.ops[v] = op;
      visit(cellKey(candidate));
    }
    candidate.ops[v] = ops[v];
  }
  // One edge added (still pruned: every vertex already lies on a path) or removed (then pruned).
  for (let u = 0; u < n - 1; u++) {
    for (let v = u + 1; v < n; v++) {
      const present = (succ[u] >>> v) & 1;
      if (!present && edges + 1 > MAX_EDGES) continue;
      copyGraph(g, candidate);
      candidate.succ[u] ^= 1 << v;
      if (present && !pruneInPlace(candidate)) continue;
      visit(cellKey(candidate));
    }
  }
  // One vertex added right after u, fed by u and feeding v (old numbering); u and v already lie on paths.
  if (n + 1 > MAX_VERTICES || edges + 2 > MAX_EDGES) return;
  for (let u = 0; u < n - 1; u++) {
    const low = (1 << (u + 1)) - 1;
    for (let v = u + 1; v < n; v++) {
      candidate.n = n + 1;
      for (let x = 0; x < n; x++) {
        const y = x <= u ? x : x + 1;
        candidate.ops[y] = ops[x];
        candidate.succ[y] = (succ[x] & low) | ((succ[x] & ~low) << 1);
      }
      candidate.succ[u] |= 1 << (u + 1);
      candidate.succ[u + 1] = 1 << (v + 1);
      for (let op = 0; op < 3; op++) {
        candidate.ops[u + 1] = op;
        visit(cellKey(candidate));
      }
    }
  }
}

export class NeighbourGraph {
  private readonly rowOfKey: KeyIndex;
  private readonly lists: (Int32Array | undefined)[];
  private readonly seen: Int32Array;
  private stamp = 0;
  private computed = 0;
  private readonly graph = emptyGraph();
  private readonly buffer: number[] = [];

  constructor(private readonly groundTruth: GroundTruth) {
    const g = emptyGraph();
    this.rowOfKey = new KeyIndex(groundTruth.size);
    for (let i = 0; i < groundTruth.size; i++) {
      const earlier = this.rowOfKey.set(cellKey(packGraph(groundTruth.cell(i), g)), i);
      if (earlier !== -1) throw new Error(`${groundTruth.source}: rows ${earlier} and ${i} hold the same cell up to isomorphism`);
    }
    this.lists = new Array(groundTruth.size);
    this.seen = new Int32Array(groundTruth.size);
  }

  /** Number of rows whose neighbour list was computed so far. */
  cachedLists(): number {
    return this.computed;
  }

  /** Row of a (pruned) cell's key; -1 when the table does not hold it. */
  rowOf(key: number): number {
    return this.rowOfKey.get(key);
  }

  /** Rows of the neighbours of row `i` that the table holds, without `i`, each once. */
  neighbours(i: number): Int32Array {
    let list = this.lists[i];
    if (list) return list;
    const stamp = ++this.stamp;
    this.seen[i] = stamp;
    const buffer = this.buffer;
    buffer.length = 0;
    forEachNeighbourKey(packGraph(this.groundTruth.cell(i), this.graph), (key) => {
      const row = this.rowOfKey.get(key);
      if (row === -1 || this.seen[row] === stamp) return;
      this.seen[row] = stamp;
      buffer.push(row);
    });
    list = Int32Array.from(buffer);
    this.lists[i] = list;
    this.computed++;
    return list;
  }
}

const graphs = new WeakMap<GroundTruth, NeighbourGraph>();

/** One neighbour graph per ground truth per process (building the key index reads every cell once). */
export function neighbourGraphOf(groundTruth: GroundTruth): NeighbourGraph {
  let graph = graphs.get(groundTruth);
  if (!graph) {
    graph = new NeighbourGraph(groundTruth);
    graphs.set(groundTruth, graph);
  }
  return graph;
}
