/**
 * NASLib's zero-cost scores of 500 NAS-Bench-101 cells (data/naslib-zc/, provenance in its README): the reference
 * the proxies here are checked against. A key is the string of a 56-tuple: the unpruned 7x7 adjacency matrix
 * row-major, then 7 op codes (0 input, 1 output, 2 maxpool3x3, 3 conv1x1-bn-relu, 4 conv3x3-bn-relu).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONV1X1, CONV3X3, INPUT, MAXPOOL3X3, OUTPUT, type Cell, type Op } from '../../space/cell.js';
import { nasbenchCell } from '../../space/describe.js';

export const NASLIB_ZC_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..'), 'data', 'naslib-zc', 'zc_nasbench101.json');

const OP_CODES: readonly Op[] = [INPUT, OUTPUT, MAXPOOL3X3, CONV1X1, CONV3X3];

export interface NaslibRecord {
  readonly key: string;
  /** The pruned cell. */
  readonly cell: Cell;
  /** NASLib's scores by its own keys (`synflow`, `jacov`, `params`, ...) and `val_accuracy` (percent). */
  readonly values: Readonly<Record<string, number>>;
}

/** The cell a key stands for, as written (unpruned, 7 vertices); throws naming the key when it is malformed. */
export function naslibKeySpec(key: string): { matrix: number[][]; ops: Op[] } {
  const tuple = key.replace(/^\(|\)$/g, '').split(',').map((s) => Number(s.trim()));
  if (tuple.length !== 56 || tuple.some((v) => !Number.isInteger(v))) throw new Error(`NASLib key ${key}: not a 56-tuple of integers`);
  const matrix = Array.from({ length: 7 }, (_, i) => tuple.slice(i * 7, i * 7 + 7));
  const ops = tuple.slice(49).map((code) => {
    const op = OP_CODES[code];
    if (op === undefined) throw new Error(`NASLib key ${key}: op code ${code} is not in 0..4`);
    return op;
  });
  return { matrix, ops };
}

/** The cell a key stands for, pruned; throws naming the key when it is not a NAS-Bench-101 cell. */
export function naslibKeyCell(key: string): Cell {
  const result = nasbenchCell(naslibKeySpec(key));
  if (!result.ok) throw new Error(`NASLib key ${key}: ${result.error}`);
  return result.cell;
}

export function readNaslibReference(path = NASLIB_ZC_FILE): NaslibRecord[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { nasbench101?: { cifar10?: Record<string, Record<string, number>> } };
  const table = parsed.nasbench101?.cifar10;
  if (!table) throw new Error(`${path}: no nasbench101.cifar10 table`);
  return Object.entries(table).map(([key, values]) => ({ key, cell: naslibKeyCell(key), values }));
}
