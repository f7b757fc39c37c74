/**
 * `ws-repro bench spaces [--json]`: per space (Afull, A1..A4, Ares, Anres), the cells the ground truth in use holds
 * and its best cell by run-0 test accuracy. The ground truth is the official table when imported, else the
 * embedded full-space run-0 table (every cell); the authors' subset is never used here (it lacks 64% of the space).
 */
import type { Command } from 'commander';
import { spaceBests } from '../nasbench/space-bests.js';
import { GROUND_TRUTH_LABELS } from '../nasbench/ground-truth.js';
import type { Environment } from '../jobs/environment.js';
import { searchGroundTruth } from '../jobs/resources.js';

export function registerBenchSpacesCommand(bench: Command, environment: Environment): void {
  bench
    .command('spaces')
    .description('per space: cells the ground truth holds and its best cell by run-0 test accuracy')
    .option('--json', 'print one JSON object keyed by space')
    .action((options: { json?: boolean }) => {
      try {
        const gt = searchGroundTruth(environment);
        const bests = spaceBests(gt);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(bests)}\n`);
          return;
        }
        process.stdout.write(`ground truth: ${GROUND_TRUTH_LABELS[gt.kind]} (${gt.source})\n`);
        for (const [space, { cells, best }] of Object.entries(bests)) {
          process.stdout.write(`${space.padEnd(6)} ${String(cells).padStart(7)} cells  best ${best.hash} ${best.testAccuracyRun0}\n`);
        }
      } catch (error) {
        process.stderr.write(`ws-repro bench spaces: ${(error as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}
