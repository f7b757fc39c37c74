/**
 * NAS-Bench-101's module hash (`graph_util.hash_module`), bit for bit: the key of the benchmark table.
 * Each vertex starts from md5(str((out_degree, in_degree, label))); then, as many rounds as there are vertices,
 * md5(sorted in-neighbour hashes + '|' + sorted out-neighbour hashes + '|' + own hash); the fingerprint is the
 * md5 of Python's `str()` of the sorted list. Labels: input -1, output -2, hidden ops their index in CANONICAL_OPS.
 * The cell must already be pruned (NAS-Bench-101 hashes `ModelSpec.matrix`, the pruned one).
 *
 * Speed: the md5 inputs are the hex texts, so each vertex keeps its hex digest as bytes and every message is
 * written straight into one reusable MD5 buffer; sorting the vertices once a round by digest gives every
 * neighbour list in sorted order.
 */
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Matrix, type Op } from './cell.js';
import { Md5Buffer, hexString, md5Hex, writeHexWords } from './md5.js';

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
let md5 = new Md5Buffer(0);
let adjacent = new Uint8Array(0); // adjacent[u * n + v]: edge u -> v
let hexWords = new Int32Array(0); // two banks of 8 words a vertex: this round's hashes and the next round's
let sortKeys = new Uint32Array(0); // two banks of 4 words a vertex, as hexWords
let order = new Int32Array(0); // the vertices by increasing hash

function reserve(n: number): void {
  if (n <= capacity) return;
  capacity = n;
  // The longest message: a round's in- and out-lists (up to n hashes each), own hash and two bars, or the
  // final list's 36 bytes a vertex ("'<32 hex>', ").
  md5 = new Md5Buffer(Math.max(32 * (2 * n + 1) + 2, 36 * n + 2));
  adjacent = new Uint8Array(n * n);
  hexWords = new Int32Array(16 * n);
  sortKeys = new Uint32Array(8 * n);
  order = new Int32Array(n);
}

const byteSwap = (w: number): number => ((w << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24)) >>> 0;

/** Stores the digest `state` as the hash of vertex v in the bank starting at vertex slot `bank`. */
function store(state: Int32Array, bank: number, v: number): void {
  writeHexWords(state, hexWords, 8 * (bank + v));
  const at = 4 * (bank + v);
  for (let w = 0; w < 4; w++) sortKeys[at + w] = byteSwap(state[w]);
}

/**
 * The round-0 digests, md5(str((out, in, label))): the tuples of NAS-Bench-101 (degrees < 16, labels -2..13)
 * are few, so each is computed once; others are computed every time.
 */
const initialStates = new Int32Array(4 * 16 * 16 * 16);
const initialKnown = new Uint8Array(16 * 16 * 16);

function initialState(out: number, inn: number, label: number): Int32Array {
  const slot = out < 16 && inn < 16 && label >= -2 && label < 14 ? (out * 16 + inn) * 16 + label + 2 : -1;
  const state = slot >= 0 ? initialStates.subarray(4 * slot, 4 * slot + 4) : new Int32Array(4);
  if (slot < 0 || !initialKnown[slot]) {
    const hex = md5Hex(new TextEncoder().encode(`(${out}, ${inn}, ${label})`)); // str() of a Python tuple of ints
    for (let w = 0; w < 4; w++) state[w] = byteSwap(parseInt(hex.slice(8 * w, 8 * w + 8), 16));
    if (slot >= 0) initialKnown[slot] = 1;
  }
  return state;
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
function putHex(from: number, to: number, shift: number, carry: number): number {
  const words = md5.words;
  if (shift === 0) {
    for (let j = 0; j < 8; j++) words[to + j] = hexWords[from + j];
    return 0;
  }
  const up = 8 * shift;
  const down = 32 - up;
  for (let j = 0; j < 8; j++) {
    const word = hexWords[from + j];
    words[to + j] = carry | (word << up);
    carry = word >>> down;
  }
  return carry;
}

export function hashModule(matrix: Matrix, labeling: readonly number[]): string {
  const n = matrix.length;
  reserve(n);
  let bank = 0; // the vertex slot where this round's bank starts: 0 or n
  for (let v = 0; v < n; v++) {
    let out = 0;
    let inn = 0;
    for (let w = 0; w < n; w++) {
      const edge = matrix[v][w] ? 1 : 0;
      adjacent[v * n + w] = edge;
      out += edge;
      inn += matrix[w][v] ? 1 : 0;
    }
    store(initialState(out, inn, labeling[v]), bank, v);
  }
  // Message of vertex v: sorted in-hashes (word-aligned), '|', sorted out-hashes (1 byte off), '|', own hash
  // (2 bytes off). Walking the vertices in hash order yields both neighbour lists sorted.
  const words = md5.words;
  for (let round = 0; round < n; round++) {
    sortOrder(n, bank);
    const next = n - bank;
    for (let v = 0; v < n; v++) {
      let at = 0;
      for (let k = 0; k < n; k++) {
        const u = order[k];
        if (adjacent[u * n + v]) at = (putHex(8 * (bank + u), at, 0, 0), at + 8);
      }
      let carry = BAR;
      for (let k = 0; k < n; k++) {
        const w = order[k];
        if (adjacent[v * n + w]) (carry = putHex(8 * (bank + w), at, 1, carry)), (at += 8);
      }
      carry |= BAR << 8;
      carry = putHex(8 * (bank + v), at, 2, carry);
      words[at + 8] = carry;
      md5.digest(4 * (at + 8) + 2);
      store(md5.state, next, v);
    }
    bank = next;
  }
  // str() of a Python list of str, "['ab..', 'cd..']": each entry 2 bytes off. Hex digests sort the same in
  // JS and Python.
  sortOrder(n, bank);
  let at = 0;
  let carry = OPEN | (QUOTE << 8);
  for (let k = 0; k < n; k++) {
    carry = putHex(8 * (bank + order[k]), at, 2, carry) | (QUOTE << 16);
    words[at + 8] = carry | ((k < n - 1 ? COMMA : CLOSE) << 24);
    at += 9;
    carry = SPACE | (QUOTE << 8);
  }
  if (n === 0) words[at++] = OPEN | (CLOSE << 8);
  md5.digest(n === 0 ? 2 : 4 * at);
  return hexString(md5.state);
}

export function cellHash(cell: Cell): string {
  return hashModule(cell.matrix, cell.ops.map(opLabel));
}
