/**
 * A small, complete universe for search tests: every distinct cell with at most `maxVertices` vertices (all of
 * them, not a sample), with made-up but seeded metrics. `accuracy(cell)` gives the mean validation and test
 * accuracy; runs add seeded noise to validation only, so mean test accuracies, hence optima, are known exactly.
 */
import type { GroundTruth } from '../../src/nasbench/ground-truth.js';
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Op } from '../../src/space/cell.js';
import { cellHash } from '../../src/space/hash.js';
import { pruneCell } from '../../src/space/prune.js';
import { limitsError } from '../../src/space/spec.js';
import { derivedRandom } from '../../src/random.js';
import { cellKey, packGraph } from '../../src/search/cell-key.js';

/** Every labelled upper-triangular cell with n vertices (edge bits row-major), before pruning. */
export function* labelledCells(n: number): Generator<Cell> {
  const pairs: [number, number][] = [];
  for (let r = 0; r < n; r++) for (let c = r + 1; c < n; c++) pairs.push([r, c]);
  const hidden = n - 2;
  for (let bits = 0; bits < 1 << pairs.length; bits++) {
    const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    pairs.forEach(([r, c], k) => (matrix[r][c] = (bits >>> k) & 1));
    for (let code = 0; code < 3 ** hidden; code++) {
      const ops: Op[] = [INPUT];
      for (let v = 0, x = code; v < hidden; v++, x = Math.floor(x / 3)) ops.push(CANONICAL_OPS[x % 3]);
      ops.push(OUTPUT);
      yield { matrix, ops };
    }
  }
}

export interface FakeOptions {
  readonly maxVertices: number;
  readonly kind?: 'official' | 'subset';
  readonly seed?: number;
  /** Mean accuracy of a cell (default: more conv3x3 and more edges is better, capped). */
  readonly accuracy?: (cell: Cell) => number;
  /** Validation noise SD between runs (default 0.01). */
  readonly noise?: number;
}

const defaultAccuracy = (cell: Cell): number => {
  let conv = 0;
  for (const op of cell.ops) if (op === CANONICAL_OPS[0]) conv++;
  let edges = 0;
  for (const row of cell.matrix) for (const v of row) edges += v;
  return 0.8 + 0.02 * conv + 0.005 * Math.min(edges, 6) + 0.001 * cell.ops.length;
};

export function fakeGroundTruth(options: FakeOptions): GroundTruth & { cells: Cell[] } {
  const seen = new Set<number>();
  const cells: Cell[] = [];
  for (let n = 2; n <= options.maxVertices; n++) {
    for (const raw of labelledCells(n)) {
      const cell = pruneCell(raw);
      if (!cell || limitsError(cell)) continue;
      const key = cellKey(packGraph(cell));
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push(cell);
    }
  }
  const hashes = cells.map(cellHash);
  const rowOf = new Map(hashes.map((h, i) => [h, i]));
  const random = derivedRandom(options.seed ?? 1, 'fake-ground-truth');
  const accuracy = options.accuracy ?? defaultAccuracy;
  const noise = options.noise ?? 0.01;
  const mean = cells.map(accuracy);
  // Three runs whose noise sums to zero, so the mean validation accuracy is exactly `mean`.
  const validation = mean.map((m) => {
    const e = (random() - 0.5) * 2 * noise;
    return [m + e, m - e, m];
  });
  const time = cells.map((c) => 1000 + 100 * c.ops.length + Math.floor(random() * 50));
  return {
    cells,
    kind: options.kind ?? 'official',
    source: `fake universe (<= ${options.maxVertices} vertices)`,
    size: cells.length,
    indexOf: (hash) => rowOf.get(hash) ?? -1,
    hash: (i) => hashes[i],
    cell: (i) => cells[i],
    runs: () => 3,
    validationAccuracy: (i, run) => validation[i][run],
    testAccuracy: () => NaN,
    trainingTime: (i, run) => time[i] + run,
    meanValidationAccuracy: (i) => mean[i],
    meanTestAccuracy: (i) => mean[i],
    trainableParameters: () => 0,
  };
}
