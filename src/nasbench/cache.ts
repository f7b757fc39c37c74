/**
 * The compact, versioned cache of an imported NAS-Bench-101 file: a magic, a version, a JSON header with the
 * byte ranges of each column, then the typed-array columns (8-byte aligned). Written to a temporary file and
 * renamed, so a failed import never leaves a partial cache. Budget blocks are read on first use: the
 * 108-epoch view of the full file then costs a quarter of its memory.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync, fstatSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { HASH_BYTES } from './hash-index.js';
import { FIELDS, NasBenchTable, type BudgetBlock, type TableColumns } from './table.js';

const MAGIC = 'WSNB101\0';
// 2: version 1 could write a header that did not match its sections (offsets off by 8 bytes).
export const CACHE_VERSION = 2;

interface Range {
  readonly offset: number;
  readonly length: number;
}

interface Header {
  readonly kind: 'official' | 'subset';
  readonly source: string;
  readonly size: number;
  readonly hashes: Range;
  readonly shapes: Range;
  readonly edges: Range;
  readonly trainableParameters: Range;
  readonly budgets: readonly {
    readonly epochs: number;
    readonly runs: number;
    readonly evaluations: number;
    readonly dtype: 'f32' | 'f64';
    readonly runCount: Range;
    readonly values: Range;
  }[];
}

type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** Write `columns` to `path` atomically (temporary file in the same folder, then rename). */
export function writeCache(path: string, columns: TableColumns): void {
  const blocks = columns.budgets.map((epochs) => columns.loadBudget(epochs));
  const sections: Section[] = [columns.hashes, columns.shapes, columns.edges, columns.trainableParameters];
  for (const block of blocks) sections.push(block.runCount, block.values);
  // Lay the sections out after a header whose size depends on the offsets: iterate until it is stable.
  let headerBytes = Buffer.alloc(0);
  let ranges: Range[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    let offset = align(16 + headerBytes.length);
    ranges = sections.map((s) => {
      const range = { offset, length: s.byteLength };
      offset = align(offset + s.byteLength);
      return range;
    });
    const header: Header = {
      kind: columns.kind,
      source: columns.source,
      size: columns.size,
      hashes: ranges[0],
      shapes: ranges[1],
      edges: ranges[2],
      trainableParameters: ranges[3],
      budgets: blocks.map((b, k) => ({
        epochs: b.epochs,
        runs: b.runs,
        evaluations: b.evaluations,
        dtype: b.values instanceof Float32Array ? 'f32' : 'f64',
        runCount: ranges[4 + 2 * k],
        values: ranges[5 + 2 * k],
      })),
    };
    const next = Buffer.from(JSON.stringify(header), 'utf8');
    const stable = next.length === headerBytes.length;
    // Keep the header that describes `ranges`: the offsets were laid out for a header of this length.
    headerBytes = next;
    if (stable) break;
  }
  if (ranges.length > 0 && ranges[0].offset !== align(16 + headerBytes.length)) {
    throw new Error(`${path}: the cache header did not settle on a layout`);
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  try {
    const prefix = Buffer.alloc(16);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(CACHE_VERSION, 8);
    prefix.writeUInt32LE(headerBytes.length, 12);
    writeSync(fd, prefix, 0, 16, 0);
    writeSync(fd, headerBytes, 0, headerBytes.length, 16);
    sections.forEach((s, k) => writeSync(fd, new Uint8Array(s.buffer, s.byteOffset, s.byteLength), 0, s.byteLength, ranges[k].offset));
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Read a cache written by writeCache; errors name the file. */
export function readCache(path: string): NasBenchTable {
  const fd = openSync(path, 'r');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  try {
    const header = readHeader(fd, path);
    const read = <T extends Section>(range: Range, Type: { new (n: number): T; BYTES_PER_ELEMENT: number }, what: string): T => {
      const array = new Type(range.length / Type.BYTES_PER_ELEMENT);
      const got = readSync(fd, new Uint8Array(array.buffer), 0, range.length, range.offset);
      if (got !== range.length) throw new Error(`${path}: cache truncated in ${what}`);
      return array;
    };
    const pending = new Set(header.budgets.map((b) => b.epochs));
    const loadBudget = (epochs: number): BudgetBlock => {
      const b = header.budgets.find((x) => x.epochs === epochs)!;
      const block: BudgetBlock = {
        epochs,
        runs: b.runs,
        evaluations: b.evaluations,
        runCount: read(b.runCount, Uint8Array, `${epochs}-epoch run counts`),
        values:
          b.dtype === 'f32'
            ? read(b.values, Float32Array, `${epochs}-epoch values`)
            : read(b.values, Float64Array, `${epochs}-epoch values`),
      };
      if (block.values.length !== header.size * b.runs * b.evaluations * FIELDS.length) {
        throw new Error(`${path}: ${epochs}-epoch block has the wrong size`);
      }
      pending.delete(epochs);
      if (pending.size === 0) close();
      return block;
    };
    const hashes = read(header.hashes, Uint8Array, 'hashes');
    const shapes = read(header.shapes, Uint16Array, 'cells');
    const edges = read(header.edges, Uint32Array, 'cells');
    const trainableParameters = read(header.trainableParameters, Int32Array, 'trainable parameters');
    const n = header.size;
    if (hashes.length !== n * HASH_BYTES || shapes.length !== n || edges.length !== n || trainableParameters.length !== n) {
      throw new Error(`${path}: a cell column does not have ${n} rows`);
    }
    const table = new NasBenchTable({
      kind: header.kind,
      source: header.source,
      size: n,
      hashes,
      shapes,
      edges,
      trainableParameters,
      budgets: header.budgets.map((b) => b.epochs),
      loadBudget,
    });
    if (pending.size === 0) close();
    return table;
  } catch (error) {
    close();
    throw error;
  }
}

function readHeader(fd: number, path: string): Header {
  const prefix = Buffer.alloc(16);
  const size = fstatSync(fd).size;
  if (readSync(fd, prefix, 0, 16, 0) !== 16 || prefix.toString('latin1', 0, 8) !== MAGIC) {
    throw new Error(`${path}: not a ws-repro NAS-Bench-101 cache`);
  }
  const version = prefix.readUInt32LE(8);
  if (version !== CACHE_VERSION) {
    throw new Error(`${path}: cache version ${version}, this ws-repro reads ${CACHE_VERSION}: run \`ws-repro bench import\` again`);
  }
  const length = prefix.readUInt32LE(12);
  const bytes = Buffer.alloc(length);
  if (16 + length > size || readSync(fd, bytes, 0, length, 16) !== length) throw new Error(`${path}: cache header truncated`);
  return JSON.parse(bytes.toString('utf8')) as Header;
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}
