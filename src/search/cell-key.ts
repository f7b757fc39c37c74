/**
 * A fast isomorphism key for a pruned cell, as one exact number, so that a search can turn millions of neighbour
 * candidates into table rows without the official md5 hash (about 60 md5 calls per cell). Two cells get the same key
 * iff they are isomorphic (same ops up to a relabelling of the hidden vertices); that is the relation the official
 * hash decides, so key -> row and hash -> row index the same table (checked in test/search/cell-key.test.ts).
 *
 * A cell here is bit-packed: `n` vertices (input 0, output n-1), `ops[v]` in 0..2 (CANONICAL_OPS index) for the
 * hidden vertices, and `succ[u]` the bit mask of u's successors. The key: hidden vertices ordered by (op, a
 * Weisfeiler-Lehman colour), ties broken by the smallest adjacency code over the orders inside each tie group.
 * Key = ((n * 1024 + ops code) * 2^31 + adjacency code) < 2^44: exact in a double, a cheap Map key.
 */
import { CANONICAL_OPS, type Cell } from '../space/cell.js';

export interface PackedGraph {
  n: number;
  /** Op index (0..2) of each hidden vertex; entries 0 and n-1 are ignored. */
  readonly ops: Int32Array;
  /** Successor bit mask of each vertex. */
  readonly succ: Int32Array;
}

export function emptyGraph(): PackedGraph {
  return { n: 0, ops: new Int32Array(8), succ: new Int32Array(8) };
}

/** Fill `out` from a pruned `Cell` (ops must be canonical); returns `out`. */
export function packGraph(cell: Cell, out: PackedGraph = emptyGraph()): PackedGraph {
  const n = cell.ops.length;
  out.n = n;
  for (let u = 0; u < n; u++) {
    out.ops[u] = u === 0 || u === n - 1 ? 0 : (CANONICAL_OPS as readonly string[]).indexOf(cell.ops[u]);
    let mask = 0;
    for (let v = 0; v < n; v++) if (cell.matrix[u][v]) mask |= 1 << v;
    out.succ[u] = mask;
  }
  return out;
}

// Scratch buffers: the key is computed millions of times in a search, so nothing is allocated per call.
const colour = new Int32Array(8);
const nextColour = new Int32Array(8);
const pred = new Int32Array(8);
const order = new Int32Array(8);
const groupEnd = new Int32Array(8);
// Colour refinement rounds: more rounds split more ties, fewer are cheaper; the key is exact either way.
const WL_ROUNDS = 2;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Bit counts of 0..127 (vertex masks have at most 7 bits). */
export const POPCOUNT = Uint8Array.from({ length: 128 }, (_, x) => {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
});

/** Adjacency code of the current `order` (new position -> old vertex): rows 0..n-2, columns 1..n-1, no diagonal. */
function adjacencyCode(n: number, succ: Int32Array): number {
  let code = 0;
  for (let a = 0; a < n - 1; a++) {
    const row = succ[order[a]];
    for (let b = 1; b < n; b++) if (b !== a) code = code * 2 + ((row >>> order[b]) & 1);
  }
  return code;
}

/** Smallest adjacency code over the permutations of each tie group from position `start` on (recursive). */
function minCode(n: number, succ: Int32Array, start: number): number {
  while (start < n - 1 && groupEnd[start] === start + 1) start++;
  if (start >= n - 1) return adjacencyCode(n, succ);
  const end = groupEnd[start];
  let best = Infinity;
  // Try each member of the group at `start`, then recurse on the rest of the group.
  for (let k = start; k < end; k++) {
    swap(start, k);
    const code = minCode(n, succ, start + 1);
    if (code < best) best = code;
    swap(start, k);
  }
  return best;
}

function swap(i: number, j: number): void {
  const t = order[i];
  order[i] = order[j];
  order[j] = t;
}

export function cellKey(g: PackedGraph): number {
  const { n, ops, succ } = g;
  for (let v = 0; v < n; v++) pred[v] = 0;
  for (let u = 0; u < n; u++) for (let m = succ[u]; m; m &= m - 1) pred[31 - Math.clz32(m & -m)] |= 1 << u;
  for (let v = 0; v < n; v++) {
    const label = v === 0 ? 3 : v === n - 1 ? 4 : ops[v];
    colour[v] = (label << 6) | (POPCOUNT[pred[v]] << 3) | POPCOUNT[succ[v]];
  }
  // Multiset-hash refinement (sums of mixed colours are order-free), so colours are isomorphism invariants.
  for (let round = 0; round < WL_ROUNDS; round++) {
    for (let v = 0; v < n; v++) {
      let ins = 0;
      let outs = 0;
      for (let m = pred[v]; m; m &= m - 1) ins = (ins + mix(colour[31 - Math.clz32(m & -m)], 1)) | 0;
      for (let m = succ[v]; m; m &= m - 1) outs = (outs + mix(colour[31 - Math.clz32(m & -m)], 2)) | 0;
      nextColour[v] = mix(mix(colour[v], ins), outs);
    }
    for (let v = 0; v < n; v++) colour[v] = nextColour[v];
  }
  // Order the hidden vertices by (op, colour): insertion sort of at most 5 items.
  for (let v = 0; v < n; v++) order[v] = v;
  for (let i = 2; i < n - 1; i++) {
    const v = order[i];
    let j = i - 1;
    while (j >= 1 && before(v, order[j], ops)) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = v;
  }
  let opsCode = 0;
  for (let i = 1; i < n - 1; i++) opsCode = opsCode * 4 + ops[order[i]];
  // groupEnd[i]: one past the last position of i's tie group, so a group's tail is itself a (smaller) group.
  for (let i = 1; i < n - 1; ) {
    let j = i + 1;
    while (j < n - 1 && ops[order[j]] === ops[order[i]] && colour[order[j]] === colour[order[i]]) j++;
    for (let k = i; k < j; k++) groupEnd[k] = j;
    i = j;
  }
  return (n * 1024 + opsCode) * 2 ** 31 + minCode(n, succ, 1);
}

function before(a: number, b: number, ops: Int32Array): boolean {
  return ops[a] !== ops[b] ? ops[a] < ops[b] : colour[a] < colour[b];
}
