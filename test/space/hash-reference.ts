/**
 * A literal transcription of NAS-Bench-101's `graph_util.hash_module` on node:crypto strings, one md5 call per
 * Python hashlib call: the oracle for src/space/hash.ts on random cells and the speed reference of the bench.
 */
import { hash } from 'node:crypto';
import type { Matrix } from '../../src/space/cell.js';

const md5 = (text: string): string => hash('md5', text, 'hex');

export function referenceHashModule(matrix: Matrix, labeling: readonly number[]): string {
  const n = matrix.length;
  const vertices = [...Array(n).keys()];
  let hashes = vertices.map((v) => {
    const out = vertices.filter((w) => matrix[v][w]).length;
    const inn = vertices.filter((w) => matrix[w][v]).length;
    return md5(`(${out}, ${inn}, ${labeling[v]})`);
  });
  for (let round = 0; round < n; round++) {
    hashes = vertices.map((v) => {
      const ins = vertices.filter((w) => matrix[w][v]).map((w) => hashes[w]).sort();
      const outs = vertices.filter((w) => matrix[v][w]).map((w) => hashes[w]).sort();
      return md5(`${ins.join('')}|${outs.join('')}|${hashes[v]}`);
    });
  }
  return md5(`[${[...hashes].sort().map((h) => `'${h}'`).join(', ')}]`);
}
