import { describe, expect, it } from 'vitest';
import { shardBudget } from '../../src/experiments/shard-budget.js';

// Expected values worked by hand from the formula in src/experiments/shard-budget.ts.
describe('shardBudget', () => {
  it('packs as many whole units into a job as its budget allows after setup', () => {
    // usable = 720 min - 20 min = 42,000 s; 42,000 / 20,000 s -> 2 units a shard; 182 units -> 91 shards.
    expect(shardBudget({ units: 182, secondsPerUnit: 20_000, budgetSeconds: 720 * 60, setupSeconds: 20 * 60 })).toEqual({
      shards: 91,
      unitsPerShard: 2,
      attemptsPerShard: 1,
      runSeconds: 42_000,
    });
  });

  it('gives a unit longer than a job its own shard and the reruns that resume it', () => {
    // 100,000 s over 42,000 usable seconds a job: 3 attempts, each resuming from the last epoch checkpoint.
    expect(shardBudget({ units: 5, secondsPerUnit: 100_000, budgetSeconds: 720 * 60, setupSeconds: 20 * 60 })).toMatchObject({
      shards: 5,
      unitsPerShard: 1,
      attemptsPerShard: 3,
    });
  });

  it('rejects a budget that leaves no time to run, and nonsense inputs', () => {
    expect(() => shardBudget({ units: 5, secondsPerUnit: 10, budgetSeconds: 600, setupSeconds: 600 })).toThrow(/leaves no time/);
    expect(() => shardBudget({ units: 0, secondsPerUnit: 10, budgetSeconds: 600, setupSeconds: 0 })).toThrow(/units/);
    expect(() => shardBudget({ units: 5, secondsPerUnit: Number.NaN, budgetSeconds: 600, setupSeconds: 0 })).toThrow(/seconds per unit/);
  });
});
