/**
 * Exhaustive enumeration of the NAS-Bench-101 space up to isomorphism: one representative per class of
 * labelled DAGs with 2..7 vertices and at most 9 edges in which every vertex lies on an input->output path
 * (nasbench `generate_graphs.py`: `is_full_dag` + edge limit, deduplicated by module hash; 423,624 classes).
 *
 * Instead of hashing every labelled matrix (what the published script does, minutes of md5), the unlabelled
 * structures are reduced first: a structure is kept when its edge bits are the smallest among all renumberings
 * of its hidden vertices that stay upper-triangular; its automorphisms (renumberings mapping it onto itself)
 * then say which op labellings are equivalent, and the smallest labelling code of each orbit is kept.
 * With the script's edge bits (packed.ts) and its labelling order (`itertools.product`, vertex 1 most
 * significant), "smallest" is "first met by the script": the representative is the very matrix and ops that
 * NAS-Bench-101 stores and trained for that hash. This matters beyond looks: `trainable_parameters` depends on
 * the vertex numbering (the remainder of the channel split goes to the first vertices feeding the output).
 */
import { CANONICAL_OPS, MAX_EDGES, MAX_VERTICES, type Cell } from './cell.js';
import { PAIR_BIT, packStructure } from './packed.js';

export interface EnumeratedCells {
  /** Packed structures and ops (see packed.ts), one isomorphism class each. */
  readonly structures: Uint32Array;
  readonly ops: Uint16Array;
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((first, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [first, ...rest]),
  );
}

function popcount(x: number): number {
  let count = 0;
  for (; x; x &= x - 1) count++;
  return count;
}

/** Classes with exactly `n` vertices, appended to `structures` / `ops`. */
function enumerateVertices(n: number, structures: number[], ops: number[]): void {
  const hidden = n - 2;
  // Edge bit b is the pair pairs[b] (PAIR_BIT order).
  const pairs: [number, number][] = [];
  for (let j = 1; j < n; j++) for (let i = 0; i < j; i++) pairs.push([i, j]);
  // Image of each local edge bit under a renumbering (the first is the identity); -1 when it would point backwards.
  const images = renumberings(n).map((p) => pairs.map(([i, j]) => (p[i] < p[j] ? PAIR_BIT[p[i]][p[j]] : -1)));
  const outBits = [...Array(n)].map((_, v) => pairs.reduce((m, [i], b) => (i === v ? m | (1 << b) : m), 0));
  const inBits = [...Array(n)].map((_, v) => pairs.reduce((m, [, j], b) => (j === v ? m | (1 << b) : m), 0));
  const codes = 3 ** hidden;
  // Labelling codes in itertools.product order: vertex 1 is the most significant base-3 digit.
  const digit = [...Array(hidden)].map((_, k) => 3 ** (hidden - 1 - k));

  for (let edges = 0; edges < 2 ** pairs.length; edges++) {
    if (popcount(edges) > MAX_EDGES) continue;
    let full = true;
    for (let v = 0; v < n - 1 && full; v++) full = (edges & outBits[v]) !== 0 && (edges & inBits[v + 1]) !== 0;
    if (!full) continue;
    const automorphisms: number[][] = [];
    let smallest = true;
    for (let r = 1; r < images.length && smallest; r++) {
      let image = 0;
      let forward = true;
      for (let x = edges; x && forward; x &= x - 1) {
        const target = images[r][31 - Math.clz32(x & -x)];
        forward = target >= 0;
        image |= 1 << target;
      }
      if (!forward) continue;
      if (image < edges) smallest = false;
      else if (image === edges) automorphisms.push(renumberings(n)[r]);
    }
    if (!smallest) continue;
    const structure = packStructure(n, edges);
    for (let code = 0; code < codes; code++) {
      let canonical = true;
      for (let a = 0; a < automorphisms.length && canonical; a++) {
        const p = automorphisms[a];
        let image = 0;
        for (let v = 1; v <= hidden; v++) image += (Math.floor(code / digit[v - 1]) % 3) * digit[p[v] - 1];
        canonical = image >= code;
      }
      if (!canonical) continue;
      let packedOps = 0;
      for (let v = 1; v <= hidden; v++) packedOps |= (Math.floor(code / digit[v - 1]) % 3) << (2 * (v - 1));
      structures.push(structure);
      ops.push(packedOps);
    }
  }
}

export function enumerateCells(): EnumeratedCells {
  const structures: number[] = [];
  const ops: number[] = [];
  for (let n = 2; n <= MAX_VERTICES; n++) enumerateVertices(n, structures, ops);
  return { structures: Uint32Array.from(structures), ops: Uint16Array.from(ops) };
}

const renumberingsCache = new Map<number, number[][]>();

/** Renumberings of the hidden vertices of an n-vertex cell, input and output fixed. */
function renumberings(n: number): number[][] {
  let list = renumberingsCache.get(n);
  if (!list) {
    list = permutations([...Array(n - 2)].map((_, k) => k + 1)).map((p) => [0, ...p, n - 1]);
    renumberingsCache.set(n, list);
  }
  return list;
}

/**
 * The packed form of the enumeration's representative of a pruned cell's class: among the renumberings of its
 * hidden vertices that keep the matrix upper-triangular, the smallest edge bits, then the smallest op code
 * (base 3, vertex 1 most significant) - the choice `enumerateCells` makes.
 */
export function canonicalPacked(cell: Cell): { structure: number; ops: number } {
  const n = cell.matrix.length;
  const labels = cell.ops.map((op) => CANONICAL_OPS.indexOf(op as (typeof CANONICAL_OPS)[number]));
  let bestEdges = Infinity;
  let bestCode = Infinity;
  let bestOps = 0;
  for (const p of renumberings(n)) {
    let edges = 0;
    let forward = true;
    for (let i = 0; i < n && forward; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!cell.matrix[i][j]) continue;
        if (p[i] > p[j]) {
          forward = false;
          break;
        }
        edges |= 1 << PAIR_BIT[p[i]][p[j]];
      }
    }
    if (!forward || edges > bestEdges) continue;
    let code = 0;
    let ops = 0;
    for (let v = 1; v < n - 1; v++) {
      code += labels[v] * 3 ** (n - 2 - p[v]);
      ops |= labels[v] << (2 * (p[v] - 1));
    }
    if (edges < bestEdges || code < bestCode) {
      bestEdges = edges;
      bestCode = code;
      bestOps = ops;
    }
  }
  return { structure: packStructure(n, bestEdges), ops: bestOps };
}
