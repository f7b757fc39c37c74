/**
 * The subset ground truth: the 151,644 distinct cells the paper's authors evaluated, with the NAS-Bench-101
 * metrics of their three 108-epoch runs as recorded in the authors' data (end-of-training values only).
 * Building it hashes every cell (seconds to tens of seconds), so the table is cached on disk, keyed by the
 * sha256 of the authors' file, under `<repo>/.cache/bench/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellHash } from '../space/hash.js';
import { DEFAULT_AUTHORS_FILE, loadAuthorsEvaluations, type AuthorsEvaluation } from '../authors/evaluations.js';
import { CACHE_VERSION, readCache, writeCache } from './cache.js';
import { NasBenchTable, type TableColumns } from './table.js';
import { TableBuilder, type Evaluation } from './table-builder.js';
import { sha256Hex } from '../io/sha256.js';

export const SUBSET_CACHE_DIR = fileURLToPath(new URL('../../.cache/bench/', import.meta.url));

const loaded = new Map<string, NasBenchTable>();

/**
 * The subset table of the authors' `file` (once per process): from the disk cache in `cacheDir` when it holds
 * one for this file's content, else built and cached there (`cacheDir: null`: neither read nor write).
 */
export function loadSubsetGroundTruth(file = DEFAULT_AUTHORS_FILE, cacheDir: string | null = SUBSET_CACHE_DIR): NasBenchTable {
  const sha256 = sha256Hex(readFileSync(file));
  const key = `${sha256}/${cacheDir}`;
  let table = loaded.get(key);
  if (!table) {
    const cached = cacheDir === null ? null : join(cacheDir, `subset-v${CACHE_VERSION}-${sha256.slice(0, 16)}.bin`);
    table = cached && existsSync(cached) ? readIfIntact(cached) : undefined;
    if (!table) {
      const columns = subsetColumns(loadAuthorsEvaluations(file), `authors' evaluations ${file} sha256:${sha256}`);
      table = new NasBenchTable(columns);
      if (cached) writeQuietly(cached, columns);
    }
    loaded.set(key, table);
  }
  return table;
}

/** A damaged or outdated cache is rebuilt, not an error. */
function readIfIntact(path: string): NasBenchTable | undefined {
  try {
    const table = readCache(path);
    table.budget(108);
    return table;
  } catch {
    return undefined;
  }
}

/** The cache only saves time: a read-only checkout still works. */
function writeQuietly(path: string, columns: TableColumns): void {
  try {
    writeCache(path, columns);
  } catch (error) {
    process.stderr.write(`ws-repro: could not cache the subset table at ${path}: ${(error as Error).message}\n`);
  }
}

/** The subset table's columns from the authors' rows; `source` names the file (errors too). */
export function subsetColumns(rows: readonly AuthorsEvaluation[], source: string): TableColumns {
  const builder = new TableBuilder();
  const seen = new Map<string, AuthorsEvaluation>();
  rows.forEach((row, k) => {
    const key = `${row.cell.matrix.map((r) => r.join('')).join('')}|${row.cell.ops.join(',')}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (!sameMetrics(earlier, row)) throw new Error(`${source}: row ${k + 1}: metrics differ from an earlier row of the same cell`);
      return;
    }
    seen.set(key, row);
    const hash = cellHash(row.cell);
    for (let run = 0; run < 3; run++) {
      // Only the end-of-training evaluation is known: epoch 108, no train accuracy.
      const final: Evaluation = [108, row.trainingTime[run], NaN, row.validationAccuracy[run], row.testAccuracy[run]];
      try {
        builder.add({
          hash,
          cell: row.cell,
          trainableParameters: row.trainableParameters,
          epochs: 108,
          evaluations: [final],
        });
      } catch (error) {
        throw new Error(`${source}: row ${k + 1}: ${(error as Error).message}`);
      }
    }
  });
  return builder.build('subset', source);
}

function sameMetrics(a: AuthorsEvaluation, b: AuthorsEvaluation): boolean {
  return (
    a.trainableParameters === b.trainableParameters &&
    [0, 1, 2].every(
      (k) =>
        a.validationAccuracy[k] === b.validationAccuracy[k] &&
        a.testAccuracy[k] === b.testAccuracy[k] &&
        a.trainingTime[k] === b.trainingTime[k],
    )
  );
}
