/**
 * The paper authors' own raw super-net evaluations (data/ws-eval-results, see its README): 210,000 rows,
 * 6 settings x 7 spaces x 5 super-nets x 1,000 cells, each with the proxy accuracy and the NAS-Bench-101
 * metrics of the cell's three 108-epoch standalone runs.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CANONICAL_OPS, INPUT, OUTPUT, type Cell, type Op } from '../space/cell.js';
import type { SpaceName } from '../space/spaces.js';

export const DEFAULT_AUTHORS_FILE = fileURLToPath(
  new URL('../../data/ws-eval-results/ws_eval_results.csv.gz', import.meta.url),
);

/** Paper's Table 3 column names, in the table's order. */
export const SETTINGS = ['no-ft', 'bns-ft', 'single-k', 'pro-rata', 'avg-3', 's-k+p-r'] as const;
export type Setting = (typeof SETTINGS)[number];

/** Paper's space names, in Table 3's order. */
export const AUTHOR_SPACES: readonly SpaceName[] = ['A1', 'A2', 'A3', 'A4', 'Afull', 'Anres', 'Ares'];

const SETTING_OF_VARIANT: Record<string, Setting> = {
  baseline_no_ft: 'no-ft',
  baseline_ft_bn: 'bns-ft',
  'single-k_ft_bn': 'single-k',
  'pro-rata_ft_bn': 'pro-rata',
  'avg-3_ft_bn': 'avg-3',
  's-k+p-r_ft_bn': 's-k+p-r',
};

const SPACE_OF_CODE: Record<string, SpaceName> = {
  '1': 'A1',
  '2': 'A2',
  '3': 'A3',
  '4': 'A4',
  full: 'Afull',
  full_0: 'Anres',
  full_1: 'Ares',
};

export interface AuthorsEvaluation {
  readonly setting: Setting;
  readonly space: SpaceName;
  readonly supernet: number;
  /** The pruned cell as the authors recorded it (NAS-Bench-101's module_adjacency / module_operations). */
  readonly cell: Cell;
  readonly trainableParameters: number;
  readonly proxyAccuracy: number;
  readonly validationAccuracy: readonly [number, number, number];
  readonly testAccuracy: readonly [number, number, number];
  readonly trainingTime: readonly [number, number, number];
}

const COLUMNS = [
  'variant',
  'space',
  'supernet_seed',
  'module_adjacency',
  'module_operations',
  'trainable_parameters',
  'proxy_validation_accuracy',
  'validation_accuracy_0',
  'validation_accuracy_1',
  'validation_accuracy_2',
  'test_accuracy_0',
  'test_accuracy_1',
  'test_accuracy_2',
  'training_time_0',
  'training_time_1',
  'training_time_2',
];

const KNOWN_OPS: ReadonlySet<string> = new Set([INPUT, OUTPUT, ...CANONICAL_OPS]);

/**
 * Parse the authors' CSV (as decompressed text). Its shape is fixed: one header, then rows whose only quoted field is
 * the comma-separated op list; a direct split is ~10x faster than a general CSV parser on the 210,000 rows.
 * Errors name the file and the line.
 */
export function parseAuthorsEvaluations(text: string, file: string): AuthorsEvaluation[] {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== COLUMNS.join(',')) {
    throw new Error(`${file}: line 1: unexpected header ${JSON.stringify(lines[0])}, expected ${COLUMNS.join(',')}`);
  }
  const rows: AuthorsEvaluation[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    rows.push(parseRow(splitRow(line, `${file}: line ${i + 1}`), `${file}: line ${i + 1}`));
  }
  return rows;
}

/** The 16 fields of a row: 4 plain ones, the quoted op list, 11 plain ones. */
function splitRow(line: string, where: string): string[] {
  const open = line.indexOf('"');
  const close = line.indexOf('"', open + 1);
  const before = line.slice(0, Math.max(open, 0)).split(',');
  const after = line.slice(close + 1).split(',');
  if (open < 0 || close < 0 || before.length !== 5 || before[4] !== '' || after.length !== 12 || after[0] !== '') {
    throw new Error(`${where}: expected ${COLUMNS.length} fields with the op list quoted, got ${JSON.stringify(line.slice(0, 120))}`);
  }
  return [...before.slice(0, 4), line.slice(open + 1, close), ...after.slice(1)];
}

function parseRow(row: string[], where: string): AuthorsEvaluation {
  const [variant, spaceCode, seed, adjacency, operations, params, proxy, ...metrics] = row;
  const setting = SETTING_OF_VARIANT[variant];
  if (!setting) throw new Error(`${where}: unknown variant ${JSON.stringify(variant)}`);
  const space = SPACE_OF_CODE[spaceCode];
  if (!space) throw new Error(`${where}: unknown space ${JSON.stringify(spaceCode)}`);
  const ops = operations.split(',');
  for (const op of ops) if (!KNOWN_OPS.has(op)) throw new Error(`${where}: unknown op ${JSON.stringify(op)}`);
  const n = ops.length;
  if (adjacency.length !== n * n || /[^01]/.test(adjacency)) {
    throw new Error(`${where}: adjacency ${JSON.stringify(adjacency)} is not a ${n}x${n} bit string`);
  }
  const matrix = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => Number(adjacency[r * n + c])));
  const num = (text: string, name: string): number => {
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) throw new Error(`${where}: ${name} ${JSON.stringify(text)} is not a number`);
    return value;
  };
  const triple = (offset: number, name: string) =>
    [0, 1, 2].map((k) => num(metrics[offset + k], `${name}_${k}`)) as [number, number, number];
  return {
    setting,
    space,
    supernet: num(seed, 'supernet_seed'),
    cell: { matrix, ops: ops as Op[] },
    trainableParameters: num(params, 'trainable_parameters'),
    proxyAccuracy: num(proxy, 'proxy_validation_accuracy'),
    validationAccuracy: triple(0, 'validation_accuracy'),
    testAccuracy: triple(3, 'test_accuracy'),
    trainingTime: triple(6, 'training_time'),
  };
}

let cached: { file: string; rows: AuthorsEvaluation[] } | undefined;

/** Load (once per process) the authors' evaluations from `file`, the embedded copy by default. */
export function loadAuthorsEvaluations(file = DEFAULT_AUTHORS_FILE): AuthorsEvaluation[] {
  if (cached?.file === file) return cached.rows;
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const rows = parseAuthorsEvaluations(text, file);
  cached = { file, rows };
  return rows;
}
