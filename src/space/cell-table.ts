/**
 * The table of all 423,624 NAS-Bench-101 cells, sorted by official module hash (so a hash is found by binary
 * search and nothing is rebuilt on load), cached on disk under `<repo>/.cache/space/`. The cache is a versioned
 * one-line JSON header followed by the packed arrays; it is written to a temporary file and renamed, so an
 * interrupted build never leaves a half-written cache.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell } from './cell.js';
import { enumerateCells } from './enumerate.js';
import { cellHash } from './hash.js';
import { packedFeatures, unpackCell } from './packed.js';
import { inSpaceByFeatures, SPACE_NAMES, type SpaceName } from './spaces.js';

/** The official number of distinct NAS-Bench-101 cells (NAS-Bench-101 paper and release). */
export const NASBENCH_CELLS = 423_624;

const FORMAT = 'ws-repro-cell-table';
const VERSION = 1;
const HEADER_BYTES = 128;

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../.cache/space/', import.meta.url));

export class CellTable {
  /** Packed cells (packed.ts) and the digest of each as four big-endian words, in ascending hash order. */
  constructor(
    readonly structures: Uint32Array,
    readonly ops: Uint16Array,
    readonly hashWords: Uint32Array,
  ) {}

  get size(): number {
    return this.structures.length;
  }

  hash(i: number): string {
    let out = '';
    for (let w = 0; w < 4; w++) out += this.hashWords[4 * i + w].toString(16).padStart(8, '0');
    return out;
  }

  /** Position of a hex module hash, -1 when absent. */
  indexOf(hash: string): number {
    if (!/^[0-9a-f]{32}$/.test(hash)) return -1;
    const key = [0, 1, 2, 3].map((w) => parseInt(hash.slice(8 * w, 8 * w + 8), 16));
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareWords(this.hashWords, 4 * mid, key);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
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
}

function compareWords(words: Uint32Array, at: number, key: readonly number[]): number {
  for (let w = 0; w < 4; w++) if (words[at + w] !== key[w]) return words[at + w] < key[w] ? -1 : 1;
  return 0;
}

/** Enumerates the space, hashes every cell and sorts by hash; throws if two classes share a hash. */
export function buildCellTable(): CellTable {
  const cells = enumerateCells();
  const n = cells.structures.length;
  const words = new Uint32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const hex = cellHash(unpackCell(cells.structures[i], cells.ops[i]));
    for (let w = 0; w < 4; w++) words[4 * i + w] = parseInt(hex.slice(8 * w, 8 * w + 8), 16);
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    for (let w = 0; w < 4; w++) if (words[4 * a + w] !== words[4 * b + w]) return words[4 * a + w] - words[4 * b + w];
    return 0;
  });
  const structures = new Uint32Array(n);
  const ops = new Uint16Array(n);
  const hashWords = new Uint32Array(4 * n);
  order.forEach((from, to) => {
    structures[to] = cells.structures[from];
    ops[to] = cells.ops[from];
    hashWords.set(words.subarray(4 * from, 4 * from + 4), 4 * to);
    if (to > 0 && compareWords(hashWords, 4 * to, Array.from(hashWords.subarray(4 * to - 4, 4 * to))) === 0) {
      throw new Error(`cell table: two non-isomorphic cells share the hash ${new CellTable(structures, ops, hashWords).hash(to)}`);
    }
  });
  return new CellTable(structures, ops, hashWords);
}

function cacheFile(cacheDir: string): string {
  return join(cacheDir, `cells-v${VERSION}.bin`);
}

export function writeCellTable(table: CellTable, file: string): void {
  const header = Buffer.alloc(HEADER_BYTES, 0x20);
  const json = JSON.stringify({ format: FORMAT, version: VERSION, cells: table.size });
  header.write(`${json}\n`.padStart(HEADER_BYTES, ' ').slice(0, HEADER_BYTES - 1));
  header[HEADER_BYTES - 1] = 0x0a;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([header, bytes(table.hashWords), bytes(table.structures), bytes(table.ops)]));
  renameSync(tmp, file);
}

const bytes = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** Reads a cache file; throws with the file name when it is not a complete table of this version. */
export function readCellTable(file: string): CellTable {
  const data = readFileSync(file);
  let header: { format?: string; version?: number; cells?: number };
  try {
    header = JSON.parse(data.subarray(0, HEADER_BYTES).toString('utf8')) as typeof header;
  } catch {
    throw new Error(`${file}: not a ${FORMAT} file (unreadable header)`);
  }
  if (header.format !== FORMAT || header.version !== VERSION || typeof header.cells !== 'number') {
    throw new Error(`${file}: expected ${FORMAT} version ${VERSION}, got ${JSON.stringify(header)}`);
  }
  const n = header.cells;
  if (data.length !== HEADER_BYTES + n * (16 + 4 + 2)) throw new Error(`${file}: truncated (${data.length} bytes for ${n} cells)`);
  // Copies, so the typed arrays are aligned whatever the Buffer's offset in its pool.
  const body = new Uint8Array(data.subarray(HEADER_BYTES));
  return new CellTable(
    new Uint32Array(body.buffer, 0, 4 * n),
    new Uint32Array(body.buffer, 16 * n, n),
    new Uint16Array(body.buffer, 20 * n, n),
  );
}

let loaded: CellTable | undefined;

/** The cached table (built and cached on first use, ~seconds); kept per process. */
export function loadCellTable(options: { cacheDir?: string } = {}): CellTable {
  if (loaded && !options.cacheDir) return loaded;
  const file = cacheFile(options.cacheDir ?? DEFAULT_CACHE_DIR);
  let table: CellTable | undefined;
  if (existsSync(file)) {
    try {
      table = readCellTable(file);
    } catch {
      table = undefined; // stale or damaged cache: rebuild below
    }
  }
  if (!table || table.size !== NASBENCH_CELLS) {
    table = buildCellTable();
    writeCellTable(table, file);
  }
  if (!options.cacheDir) loaded = table;
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
