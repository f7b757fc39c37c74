/**
 * The subset ground truth: the 151,644 distinct cells the paper's authors evaluated, with the NAS-Bench-101
 * metrics of their three 108-epoch runs as recorded in the authors' data (end-of-training values only).
 */
import { cellHash } from '../space/hash.js';
import { DEFAULT_AUTHORS_FILE, loadAuthorsEvaluations, type AuthorsEvaluation } from './authors.js';
import { NasBenchTable } from './table.js';
import { TableBuilder, type Evaluation } from './table-builder.js';

const cache = new Map<string, NasBenchTable>();

/** Build (once per process and file) the subset table; key = official module hash of each (pruned) cell. */
export function loadSubsetGroundTruth(file = DEFAULT_AUTHORS_FILE): NasBenchTable {
  let table = cache.get(file);
  if (!table) {
    table = buildSubset(loadAuthorsEvaluations(file), file);
    cache.set(file, table);
  }
  return table;
}

export function buildSubset(rows: readonly AuthorsEvaluation[], file: string): NasBenchTable {
  const builder = new TableBuilder();
  const seen = new Map<string, AuthorsEvaluation>();
  rows.forEach((row, k) => {
    const key = `${row.cell.matrix.map((r) => r.join('')).join('')}|${row.cell.ops.join(',')}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (!sameMetrics(earlier, row)) throw new Error(`${file}: row ${k + 1}: metrics differ from an earlier row of the same cell`);
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
        throw new Error(`${file}: row ${k + 1}: ${(error as Error).message}`);
      }
    }
  });
  return new NasBenchTable(builder.build('subset', `authors' evaluations ${file}`));
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
