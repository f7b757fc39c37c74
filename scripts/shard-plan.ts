/**
 * `npx tsx scripts/shard-plan.ts --profile paper --seconds-per-unit S --budget-minutes B [--setup-minutes M]`:
 * the shard count of a profile for a per-job time budget (formula in src/experiments/shard-budget.ts), as one JSON
 * object for the GPU workflow's plan job and the Slurm submission: {"profile", "units", "shards", "indices",
 * "unitsPerShard", "attemptsPerShard", "runMinutes", ...}.
 *
 * S is measured on the target machine: the `seconds` a finished super-net unit records in the store (the report's
 * durations), or from `npm run perf -- training` there: epochs x trainImages / trainImagesPerSecond at the paper
 * size, plus 2 x scoredCells / proxyCellsPerSecond.
 */
import { parseArgs } from 'node:util';
import { profileNamed } from '../src/experiments/profiles.js';
import { unitsOfProfile } from '../src/experiments/plan.js';
import { shardBudget } from '../src/experiments/shard-budget.js';

/** GitHub Actions runs at most 256 jobs of one matrix. */
const MAX_MATRIX = 256;

function positive(name: string, text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || !(value > 0)) throw new Error(`--${name}: expected a positive number, got ${JSON.stringify(text)}`);
  return value;
}

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'paper' },
    'seconds-per-unit': { type: 'string' },
    'budget-minutes': { type: 'string' },
    'setup-minutes': { type: 'string', default: '20' },
  },
});
try {
  const profile = profileNamed(values.profile!);
  // The count of units does not depend on the data identities that enter their keys.
  const units = unitsOfProfile(profile, { seed: 0, groundTruth: 'any', cifar10: 'any' }).length;
  const secondsPerUnit = positive('seconds-per-unit', values['seconds-per-unit']);
  const budgetMinutes = positive('budget-minutes', values['budget-minutes']);
  const setupMinutes = Number(values['setup-minutes']);
  const budget = shardBudget({ units, secondsPerUnit, budgetSeconds: budgetMinutes * 60, setupSeconds: setupMinutes * 60 });
  if (budget.shards > MAX_MATRIX) {
    throw new Error(`${budget.shards} shards exceed a GitHub matrix's ${MAX_MATRIX} jobs: raise --budget-minutes`);
  }
  const plan = {
    profile: profile.name,
    units,
    secondsPerUnit,
    budgetMinutes,
    setupMinutes,
    ...budget,
    runMinutes: Math.floor(budget.runSeconds / 60),
    indices: Array.from({ length: budget.shards }, (_, i) => i),
  };
  process.stdout.write(`${JSON.stringify(plan)}\n`);
} catch (error) {
  process.stderr.write(`shard-plan: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
