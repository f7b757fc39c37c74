/**
 * The module hash as ws-repro computed it before src/space/md5.ts: NAS-Bench-101's `graph_util.hash_module`
 * on node:crypto strings, one md5 call per hashlib call (round-0 digests memoised). Kept as the oracle for
 * src/space/hash.ts on random graphs and as the "before" of the hash rate in perf/space.perf.ts.
 */
import { hash } from 'node:crypto';
import type { Matrix } from '../../src/space/cell.js';

const md5 = (text: string): string => hash('md5', text, 'hex');

/** The round-0 digests, md5(str((out, in, label))): few distinct tuples, so they are computed once. */
const initialDigests = new Map<string, string>();

function initialDigest(out: number, inn: number, label: number): string {
  const tuple = `(${out}, ${inn}, ${label})`; // str() of a Python tuple of ints
  let digest = initialDigests.get(tuple);
  if (digest === undefined) {
    digest = md5(tuple);
    initialDigests.set(tuple, digest);
  }
  return digest;
}

/** Concatenation of the digests of `vertices`, in sorted order (an insertion sort: there are at most 6). */
function sortedConcat(digests: readonly string[], vertices: readonly number[], scratch: string[]): string {
  const k = vertices.length;
  for (let a = 0; a < k; a++) {
    const digest = digests[vertices[a]];
    let b = a;
    for (; b > 0 && scratch[b - 1] > digest; b--) scratch[b] = scratch[b - 1];
    scratch[b] = digest;
  }
  let out = '';
  for (let a = 0; a < k; a++) out += scratch[a];
  return out;
}

export function referenceHashModule(matrix: Matrix, labeling: readonly number[]): string {
  const n = matrix.length;
  const ins: number[][] = [];
  const outs: number[][] = [];
  for (let v = 0; v < n; v++) {
    ins.push([]);
    outs.push([]);
  }
  for (let u = 0; u < n; u++) {
    for (let v = 0; v < n; v++) {
      if (matrix[u][v]) {
        outs[u].push(v);
        ins[v].push(u);
      }
    }
  }
  let hashes: string[] = labeling.map((label, v) => initialDigest(outs[v].length, ins[v].length, label));
  let next: string[] = new Array<string>(n);
  const scratch: string[] = [];
  for (let round = 0; round < n; round++) {
    for (let v = 0; v < n; v++) {
      next[v] = md5(`${sortedConcat(hashes, ins[v], scratch)}|${sortedConcat(hashes, outs[v], scratch)}|${hashes[v]}`);
    }
    [hashes, next] = [next, hashes];
  }
  // str() of a Python list of str: "['ab..', 'cd..']". Hex digests sort the same in JS and Python.
  return md5(`[${hashes.sort().map((h) => `'${h}'`).join(', ')}]`);
}
