/**
 * NAS-Bench-101's module hash (`graph_util.hash_module`), bit for bit: the key of the benchmark table.
 * Each vertex starts from md5(str((out_degree, in_degree, label))); then, as many rounds as there are vertices,
 * md5(sorted in-neighbour hashes + '|' + sorted out-neighbour hashes + '|' + own hash); the fingerprint is the
 * md5 of Python's `str()` of the sorted list. Labels: input -1, output -2, hidden ops their index in CANONICAL_OPS.
 * The cell must already be pruned (NAS-Bench-101 hashes `ModelSpec.matrix`, the pruned one).
 */
import { hash } from 'node:crypto';
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Matrix, type Op } from './cell.js';

const md5 = (text: string): string => hash('md5', text, 'hex');

export function opLabel(op: Op): number {
  if (op === INPUT) return -1;
  if (op === OUTPUT) return -2;
  return CANONICAL_OPS.indexOf(op);
}

export function hashModule(matrix: Matrix, labeling: readonly number[]): string {
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
  // str() of a Python tuple of ints: "(2, 0, -1)".
  let hashes = labeling.map((label, v) => md5(`(${outs[v].length}, ${ins[v].length}, ${label})`));
  for (let round = 0; round < n; round++) {
    const prev = hashes;
    hashes = prev.map(
      (own, v) =>
        md5(`${ins[v].map((w) => prev[w]).sort().join('')}|${outs[v].map((w) => prev[w]).sort().join('')}|${own}`),
    );
  }
  // str() of a Python list of str: "['ab..', 'cd..']". Hex digests sort the same in JS and Python.
  return md5(`[${hashes.sort().map((h) => `'${h}'`).join(', ')}]`);
}

export function cellHash(cell: Cell): string {
  return hashModule(cell.matrix, cell.ops.map(opLabel));
}
