/**
 * The compact cache of an imported NAS-Bench-101 table, in the checksummed container (io/container.ts): the cell
 * columns and, per epoch budget, the run counts and the values, each a section with its own sha256. Every section
 * is checked as it is read, so a flipped bit is an error naming the file, never a wrong answer. Budget blocks are
 * read on first use: the 108-epoch view of the full file then costs a quarter of its memory and of its check.
 */
import { ContainerReader, fileMagic, writeContainer } from '../io/container.js';
import { FileError } from '../io/file-error.js';
import { HASH_BYTES } from './hash-index.js';
import { FIELDS, NasBenchTable, type BudgetBlock, type TableColumns } from './table.js';

// 3: the checksummed container (2: a header that described its sections; 1: offsets off by 8 bytes).
export const CACHE_VERSION = 3;
const FORMAT = { format: 'ws-repro/nasbench101-table', version: CACHE_VERSION } as const;
/** The magic of the caches before the container: still recognised, to say "import again" instead of "foreign". */
const OLD_MAGIC = 'WSNB101\0';

interface Meta {
  readonly kind: TableColumns['kind'];
  readonly source: string;
  readonly size: number;
  readonly budgets: readonly { readonly epochs: number; readonly runs: number; readonly evaluations: number; readonly dtype: 'f32' | 'f64' }[];
}

/** Write `columns` to `path` atomically. */
export function writeCache(path: string, columns: TableColumns): void {
  const blocks = columns.budgets.map((epochs) => columns.loadBudget(epochs));
  const sections = new Map<string, ArrayBufferView>([
    ['hashes', columns.hashes],
    ['structures', columns.structures],
    ['ops', columns.ops],
    ['trainableParameters', columns.trainableParameters],
  ]);
  for (const block of blocks) {
    sections.set(`runCount/${block.epochs}`, block.runCount);
    sections.set(`values/${block.epochs}`, block.values);
  }
  const meta: Meta = {
    kind: columns.kind,
    source: columns.source,
    size: columns.size,
    budgets: blocks.map((b) => ({ epochs: b.epochs, runs: b.runs, evaluations: b.evaluations, dtype: b.values instanceof Float32Array ? 'f32' : 'f64' })),
  };
  writeContainer(path, { ...FORMAT, meta, sections });
}

/** Whether `path` holds a ws-repro table cache of this or an older format: what `bench import` may overwrite. */
export function isTableCache(path: string): boolean {
  if (fileMagic(path) === OLD_MAGIC) return true;
  try {
    ContainerReader.open(path, FORMAT).close();
    return true;
  } catch (error) {
    // A damaged cache of ours is still ours to replace; a file of another format is not.
    return error instanceof FileError && /damaged|truncated|version/.test(error.problem);
  }
}

/** Read a cache written by writeCache; every section is checked as it is read, and errors name the file. */
export function readCache(path: string): NasBenchTable {
  const reader = openCache(path);
  try {
    const meta = reader.meta as Meta;
    const pending = new Set(meta.budgets.map((b) => b.epochs));
    const loadBudget = (epochs: number): BudgetBlock => {
      const b = meta.budgets.find((x) => x.epochs === epochs)!;
      const block: BudgetBlock = {
        epochs,
        runs: b.runs,
        evaluations: b.evaluations,
        runCount: reader.read(`runCount/${epochs}`),
        values: b.dtype === 'f32' ? reader.readAs(`values/${epochs}`, Float32Array) : reader.readAs(`values/${epochs}`, Float64Array),
      };
      if (block.runCount.length !== meta.size || block.values.length !== meta.size * b.runs * b.evaluations * FIELDS.length) {
        throw new FileError(path, `damaged: the ${epochs}-epoch block has the wrong size`);
      }
      pending.delete(epochs);
      if (pending.size === 0) reader.close();
      return block;
    };
    const n = meta.size;
    const hashes = reader.read('hashes');
    const structures = reader.readAs('structures', Uint32Array);
    const ops = reader.readAs('ops', Uint16Array);
    const trainableParameters = reader.readAs('trainableParameters', Int32Array);
    if (hashes.length !== n * HASH_BYTES || structures.length !== n || ops.length !== n || trainableParameters.length !== n) {
      throw new FileError(path, `damaged: a cell column does not have ${n} rows`);
    }
    const table = new NasBenchTable({ kind: meta.kind, source: meta.source, size: n, hashes, structures, ops, trainableParameters, budgets: meta.budgets.map((b) => b.epochs), loadBudget });
    if (pending.size === 0) reader.close();
    return table;
  } catch (error) {
    reader.close();
    throw error;
  }
}

/** Check every byte of a cache (`ws-repro bench verify`); throws a FileError naming the first damaged section. */
export function verifyCache(path: string): { sections: number; bytes: number } {
  const reader = openCache(path);
  try {
    let bytes = 0;
    for (const name of reader.sectionNames) bytes += reader.read(name).byteLength;
    return { sections: reader.sectionNames.length, bytes };
  } finally {
    reader.close();
  }
}

function openCache(path: string): ContainerReader {
  try {
    return ContainerReader.open(path, FORMAT);
  } catch (error) {
    if (error instanceof FileError && /no container header/.test(error.problem) && isTableCache(path)) {
      throw new FileError(path, 'a table cache of an older format (before checksums): run `ws-repro bench import` again');
    }
    throw error;
  }
}
