/**
 * NAS-Bench-101's module hash (`graph_util.hash_module`), bit for bit: the key of the benchmark table.
 * Each vertex starts from md5(str((out_degree, in_degree, label))); then, as many rounds as there are vertices,
 * md5(sorted in-neighbour hashes + '|' + sorted out-neighbour hashes + '|' + own hash); the fingerprint is the
 * md5 of Python's `str()` of the sorted list. Labels: input -1, output -2, hidden ops their index in CANONICAL_OPS.
 * The cell must already be pruned (NAS-Bench-101 hashes `ModelSpec.matrix`, the pruned one).
 *
 * Speed (~2x the node:crypto version, test/space/hash-reference.ts; perf/space.perf.ts measures both): the
 * md5 inputs are the hex texts, so each vertex keeps its hex text as 8 little-endian words, and a round's
 * messages are assembled word by word in one reusable Md5Batch and digested together; sorting the vertices
 * once a round by digest gives every neighbour list in sorted order.
 */
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Matrix, type Op } from './cell.js';
import { Md5Batch, hexString, writeHexWords } from './md5.js';

export function opLabel(op: Op): number {
  if (op === INPUT) return -1;
  if (op === OUTPUT) return -2;
  return CANONICAL_OPS.indexOf(op);
}

// ASCII codes of the punctuation in the md5 messages.
const BAR = 0x7c; // '|'
const QUOTE = 0x27; // "'"
const COMMA = 0x2c;
const SPACE = 0x20;
const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'

/**
 * Scratch for graphs of up to `capacity` vertices, grown on demand (hashModule is not re-entrant). Each vertex
 * keeps its current hash twice: as the 8 words of its hex text, and as 4 big-endian digest words, which order
 * the vertices as their hex texts do.
 */
let capacity = -1;
let batch = new Md5Batch(0, 0); // one message slot a vertex
let adjacent = new Uint8Array(0); // adjacent[u * n + v]: edge u -> v
let hexWords = new Int32Array(0); // two banks of 8 words a vertex: this round's hashes and the next round's
let sortKeys = new Uint32Array(0); // two banks of 4 words a vertex, as hexWords
let order = new Int32Array(0); // the vertices by increasing hash

function reserve(n: number): void {
  if (n <= capacity) return;
  capacity = n;
  // The longest message: a round's in- and out-lists (up to n hashes each), own hash and two bars, or the
  // final list's 36 bytes a vertex ("'<32 hex>', ").
  batch = new Md5Batch(Math.max(n, 1), Math.max(32 * (2 * n + 1) + 2, 36 * n + 2));
  adjacent = new Uint8Array(n * n);
  hexWords = new Int32Array(16 * n);
  sortKeys = new Uint32Array(8 * n);
  order = new Int32Array(n);
}

const byteSwap = (w: number): number => ((w << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24)) >>> 0;

/** Stores digest `states[at..at+4)` as the hash of vertex v in the bank starting at vertex slot `bank`. */
function store(states: Int32Array, at: number, bank: number, v: number): void {
  writeHexWords(states, at, hexWords, 8 * (bank + v));
  const to = 4 * (bank + v);
  for (let w = 0; w < 4; w++) sortKeys[to + w] = byteSwap(states[at + w]);
}

/**
 * The round-0 digests, md5(str((out, in, label))), at initialStates[4 * slot(...)]: the tuples of NAS-Bench-101
 * (degrees < 16, labels -2..13) are few, so each is computed once; others are computed every time.
 */
const tupleBatch = new Md5Batch(1, 64);
const initialStates = new Int32Array(4 * 16 * 16 * 16);
const initialKnown = new Uint8Array(16 * 16 * 16);

/** Stores the round-0 hash of a vertex with these degrees and label as vertex v of bank 0. */
function storeInitial(out: number, inn: number, label: number, v: number): void {
  const slot = out < 16 && inn < 16 && label >= -2 && label < 14 ? (out * 16 + inn) * 16 + label + 2 : -1;
  if (slot >= 0 && initialKnown[slot]) return store(initialStates, 4 * slot, 0, v);
  const tuple = `(${out}, ${inn}, ${label})`; // str() of a Python tuple of ints
  const length = tupleBatch.bytes.length - 9;
  if (tuple.length > length) throw new RangeError(`hashModule: vertex tuple ${tuple} is over ${length} bytes`);
  for (let i = 0; i < tuple.length; i++) tupleBatch.bytes[i] = tuple.charCodeAt(i);
  tupleBatch.lengths[0] = tuple.length;
  tupleBatch.digest(1);
  if (slot >= 0) {
    initialStates.set(tupleBatch.states, 4 * slot);
    initialKnown[slot] = 1;
  }
  store(tupleBatch.states, 0, 0, v);
}

/** Sorts `order[0..n)` by the sort keys of `bank` (an insertion sort: n is at most 7 in NAS-Bench-101). */
function sortOrder(n: number, bank: number): void {
  for (let a = 0; a < n; a++) order[a] = a;
  for (let a = 1; a < n; a++) {
    const v = order[a];
    let b = a;
    for (; b > 0 && compareKeys(4 * (bank + order[b - 1]), 4 * (bank + v)) > 0; b--) order[b] = order[b - 1];
    order[b] = v;
  }
}

function compareKeys(x: number, y: number): number {
  for (let w = 0; w < 4; w++) {
    if (sortKeys[x + w] !== sortKeys[y + w]) return sortKeys[x + w] < sortKeys[y + w] ? -1 : 1;
  }
  return 0;
}

/**
 * Writes the hex text of the hash at `from` (its 8 words in hexWords) into md5 words [to, to + 8), shifted by
 * `shift` bytes (0..3) after the `shift` bytes already held in `carry`; returns the carry for word to + 8.
 */
function putHex(hex: Int32Array, from: number, words: Int32Array, to: number, shift: number, carry: number): number {
  if (shift === 0) {
    for (let j = 0; j < 8; j++) words[to + j] = hex[from + j];
    return 0;
  }
  const up = 8 * shift;
  const down = 32 - up;
  for (let j = 0; j < 8; j++) {
    const word = hex[from + j];
    words[to + j] = carry | (word << up);
    carry = word >>> down;
  }
  return carry;
}

export function hashModule(matrix: Matrix, labeling: readonly number[]): string {
  const n = matrix.length;
  reserve(n);
  for (let v = 0; v < n; v++) {
    let out = 0;
    let inn = 0;
    for (let w = 0; w < n; w++) {
      const edge = matrix[v][w] ? 1 : 0;
      adjacent[v * n + w] = edge;
      out += edge;
      inn += matrix[w][v] ? 1 : 0;
    }
    storeInitial(out, inn, labeling[v], v);
  }
  // Message of vertex v, in slot v: sorted in-hashes (word-aligned), '|', sorted out-hashes (1 byte off), '|',
  // own hash (2 bytes off). Walking the vertices in hash order yields both neighbour lists sorted.
  const { words, stride, lengths, states } = batch;
  const hex = hexWords;
  let bank = 0; // the vertex slot where this round's bank of hashes starts: 0 or n
  for (let round = 0; round < n; round++) {
    sortOrder(n, bank);
    for (let v = 0; v < n; v++) {
      let at = v * stride;
      for (let k = 0; k < n; k++) {
        const u = order[k];
        if (adjacent[u * n + v]) at = (putHex(hex, 8 * (bank + u), words, at, 0, 0), at + 8);
      }
      let carry = BAR;
      for (let k = 0; k < n; k++) {
        const w = order[k];
        if (adjacent[v * n + w]) (carry = putHex(hex, 8 * (bank + w), words, at, 1, carry)), (at += 8);
      }
      carry = putHex(hex, 8 * (bank + v), words, at, 2, carry | (BAR << 8));
      words[at + 8] = carry;
      lengths[v] = 4 * (at + 8 - v * stride) + 2;
    }
    batch.digest(n);
    bank = n - bank;
    for (let v = 0; v < n; v++) store(states, 4 * v, bank, v);
  }
  // str() of a Python list of str, "['ab..', 'cd..']", in slot 0: each entry 2 bytes off. Hex digests sort
  // the same in JS and Python.
  sortOrder(n, bank);
  let at = 0;
  let carry = OPEN | (QUOTE << 8);
  for (let k = 0; k < n; k++) {
    carry = putHex(hex, 8 * (bank + order[k]), words, at, 2, carry) | (QUOTE << 16);
    words[at + 8] = carry | ((k < n - 1 ? COMMA : CLOSE) << 24);
    at += 9;
    carry = SPACE | (QUOTE << 8);
  }
  if (n === 0) words[at++] = OPEN | (CLOSE << 8);
  lengths[0] = n === 0 ? 2 : 4 * at;
  batch.digest(1);
  return hexString(states, 0);
}

export function cellHash(cell: Cell): string {
  return hashModule(cell.matrix, cell.ops.map(opLabel));
}
