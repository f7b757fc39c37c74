/**
 * The table of all 423,624 NAS-Bench-101 cells (enumerate.ts), cached on disk under `<repo>/.cache/space/`.
 * Building the cells takes about a second; their official module hashes take much longer (about 57 md5 calls
 * a cell), so the hash column is a second cache file, built on the first `hash(i)` / `indexOf(hash)` only.
 * Each cache file is a checksummed container (io/container.ts) written atomically, so an interrupted build never
 * leaves a half-written cache; a stale or damaged cache is rebuilt (a damaged one is said so).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContainer, writeContainer } from '../io/container.js';
import { FileError } from '../io/file-error.js';
import { fileURLToPath } from 'node:url';
import { MAX_VERTICES, type Cell } from './cell.js';
import { canonicalPacked, enumerateCells } from './enumerate.js';
import { cellHash } from './hash.js';
import { packedFeatures, unpackCell } from './packed.js';
import { inSpaceByFeatures, SPACE_NAMES, type SpaceName } from './spaces.js';
import { limitsError } from './spec.js';

/** The official number of distinct NAS-Bench-101 cells (NAS-Bench-101 paper and release). */
export const NASBENCH_CELLS = 423_624;

// Bumped whenever the packing, the enumeration order or the file layout changes (2: PAIR_BIT in generate_graphs.py
// order; 3: the checksummed container).
export const CACHE_VERSION = 3;

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../.cache/space/', import.meta.url));

/** Digests as four big-endian words (so word order is hex order) and the cell indices in ascending hash order. */
interface HashIndex {
  readonly words: Uint32Array;
  readonly sorted: Uint32Array;
}

export class CellTable {
  private hashes: HashIndex | undefined;
  private byPacked: Map<number, number> | undefined;

  /**
   * Packed cells (packed.ts), one isomorphism class each, in enumeration order, which is the order in which
   * nasbench generate_graphs.py first meets each hash; `cell(i)` is the very matrix NAS-Bench-101 stores.
   */
  constructor(
    readonly structures: Uint32Array,
    readonly ops: Uint16Array,
    private readonly cacheDir: string | null,
  ) {}

  get size(): number {
    return this.structures.length;
  }

  cell(i: number): Cell {
    return unpackCell(this.structures[i], this.ops[i]);
  }

  outputs(i: number): number {
    return packedFeatures(this.structures[i]).outputs;
  }

  residual(i: number): boolean {
    return packedFeatures(this.structures[i]).residual;
  }

  inSpace(space: SpaceName, i: number): boolean {
    const { outputs, residual } = packedFeatures(this.structures[i]);
    return inSpaceByFeatures(space, outputs, residual);
  }

  /** Indices of the cells of a space, in table order. */
  spaceIndices(space: SpaceName): Uint32Array {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.inSpace(space, i)) out.push(i);
    return Uint32Array.from(out);
  }

  /** Index of a pruned cell's isomorphism class (no hashing: its canonical packed form), -1 when outside the space. */
  indexOfCell(cell: Cell): number {
    if (cell.matrix.length > MAX_VERTICES || limitsError(cell) !== null) return -1;
    if (!this.byPacked) {
      this.byPacked = new Map();
      for (let i = 0; i < this.size; i++) this.byPacked.set(this.structures[i] * 1024 + this.ops[i], i);
    }
    const { structure, ops } = canonicalPacked(cell);
    return this.byPacked.get(structure * 1024 + ops) ?? -1;
  }

  /** The official module hash of cell i (builds or loads the hash cache on first use). */
  hash(i: number): string {
    const { words } = this.hashIndex();
    let out = '';
    for (let w = 0; w < 4; w++) out += words[4 * i + w].toString(16).padStart(8, '0');
    return out;
  }

  /** Index of the cell with this hex module hash, -1 when absent. */
  indexOf(hash: string): number {
    if (!/^[0-9a-f]{32}$/.test(hash)) return -1;
    const { words, sorted } = this.hashIndex();
    const key = [0, 1, 2, 3].map((w) => parseInt(hash.slice(8 * w, 8 * w + 8), 16));
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareWords(words, 4 * sorted[mid], key, 0);
      if (order === 0) return sorted[mid];
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Loads the hash cache, or computes every hash (checking they are distinct) and caches them. */
  hashIndex(): HashIndex {
    if (this.hashes) return this.hashes;
    const file = this.cacheDir === null ? null : join(this.cacheDir, `hashes-v${CACHE_VERSION}.bin`);
    const cached = file === null ? undefined : readCache(file, 'hashes', this.size, [Uint32Array, 4], [Uint32Array, 1]);
    if (cached) {
      this.hashes = { words: cached[0] as Uint32Array, sorted: cached[1] as Uint32Array };
    } else {
      this.hashes = computeHashIndex(this);
      if (file !== null) writeCache(file, 'hashes', this.size, [this.hashes.words, this.hashes.sorted]);
    }
    return this.hashes;
  }
}

function compareWords(words: Uint32Array, at: number, other: ArrayLike<number>, otherAt: number): number {
  for (let w = 0; w < 4; w++) {
    if (words[at + w] !== other[otherAt + w]) return words[at + w] < other[otherAt + w] ? -1 : 1;
  }
  return 0;
}

function computeHashIndex(table: CellTable): HashIndex {
  const n = table.size;
  const words = new Uint32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const hex = cellHash(table.cell(i));
    for (let w = 0; w < 4; w++) words[4 * i + w] = parseInt(hex.slice(8 * w, 8 * w + 8), 16);
  }
  const sorted = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => compareWords(words, 4 * a, words, 4 * b));
  for (let k = 1; k < n; k++) {
    if (compareWords(words, 4 * sorted[k - 1], words, 4 * sorted[k]) === 0) {
      throw new Error(`cell table: cells ${sorted[k - 1]} and ${sorted[k]} are not isomorphic but share a module hash`);
    }
  }
  return { words, sorted };
}

type ArrayKind = [typeof Uint32Array | typeof Uint16Array, number];

/** Write the arrays of one cache file in the checksummed container (io/container.ts), atomically. */
function writeCache(file: string, kind: string, cells: number, arrays: readonly ArrayBufferView[]): void {
  writeContainer(file, { format: `ws-repro/${kind}`, version: CACHE_VERSION, meta: { cells }, sections: new Map(arrays.map((a, k) => [`${k}`, a])) });
}

/**
 * The arrays of a cache file (every byte checked), or undefined when it is missing, of another version or size, or
 * damaged: a damaged file is said so on stderr and rebuilt by the caller.
 */
function readCache(file: string, kind: string, cells: number, ...kinds: ArrayKind[]): ArrayBufferView[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const { meta, sections } = readContainer(file, { format: `ws-repro/${kind}`, version: CACHE_VERSION });
    if ((meta as { cells?: number }).cells !== cells) return undefined;
    const arrays = kinds.map(([type, perCell], k) => {
      const bytes = sections.get(`${k}`);
      if (!bytes || bytes.byteLength !== type.BYTES_PER_ELEMENT * perCell * cells) throw new FileError(file, `damaged: array ${k} has the wrong size`);
      return new type(bytes.buffer as ArrayBuffer, 0, perCell * cells);
    });
    return arrays;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (/damaged|truncated/.test(error.problem)) process.stderr.write(`${error.message}; rebuilding it\n`);
    return undefined;
  }
}

let loaded: CellTable | undefined;

/**
 * All 423,624 cells, from the cache under `cacheDir` (default `<repo>/.cache/space/`), else enumerated and
 * cached; `cacheDir: null` neither reads nor writes files. The default table is kept per process.
 */
export function loadCellTable(options: { cacheDir?: string | null } = {}): CellTable {
  const useDefault = options.cacheDir === undefined;
  if (useDefault && loaded) return loaded;
  const dir = useDefault ? DEFAULT_CACHE_DIR : options.cacheDir ?? null;
  const file = dir === null ? null : join(dir, `cells-v${CACHE_VERSION}.bin`);
  const cached = file === null ? undefined : readCache(file, 'cells', NASBENCH_CELLS, [Uint32Array, 1], [Uint16Array, 1]);
  let table: CellTable;
  if (cached) {
    table = new CellTable(cached[0] as Uint32Array, cached[1] as Uint16Array, dir);
  } else {
    const cells = enumerateCells();
    if (cells.structures.length !== NASBENCH_CELLS) {
      throw new Error(`cell table: enumeration found ${cells.structures.length} cells, expected ${NASBENCH_CELLS}`);
    }
    table = new CellTable(cells.structures, cells.ops, dir);
    if (file !== null) writeCache(file, 'cells', NASBENCH_CELLS, [cells.structures, cells.ops]);
  }
  if (useDefault) loaded = table;
  return table;
}

/** Number of cells in each of the seven spaces. */
export function spaceSizes(table: CellTable): Record<SpaceName, number> {
  const sizes = Object.fromEntries(SPACE_NAMES.map((s) => [s, 0])) as Record<SpaceName, number>;
  for (let i = 0; i < table.size; i++) {
    const { outputs, residual } = packedFeatures(table.structures[i]);
    for (const space of SPACE_NAMES) if (inSpaceByFeatures(space, outputs, residual)) sizes[space]++;
  }
  return sizes;
}
