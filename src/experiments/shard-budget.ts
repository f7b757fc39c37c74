/**
 * How many shards a profile needs so that each fits one job's time budget (a CI job's `timeout-minutes`, a Slurm
 * array task's `--time`). Shards take units round-robin over the key-sorted list (shard.ts), so a shard of n holds
 * at most ceil(N / n) units; every unit is costed as the longest kind (a super-net training with its scoring), which
 * over-estimates only the few, fast search units.
 *
 *   usable     = budget - setup                       (checkout, install, import; the upload after the run)
 *   perShard   = max(1, floor(usable / secondsPerUnit))
 *   shards     = ceil(units / perShard)
 *   attempts   = ceil(secondsPerUnit / usable)         (> 1: a unit outlasts a job; each rerun resumes it from the
 *                                                      epoch checkpoint in the restored store)
 */
export interface ShardBudgetInput {
  /** Units of the profile (unitsOfProfile). */
  readonly units: number;
  /** Measured wall time of one unit on the target machine: training plus scoring. */
  readonly secondsPerUnit: number;
  /** The job's time limit. */
  readonly budgetSeconds: number;
  /** Time of the job spent outside `ws-repro run`. */
  readonly setupSeconds: number;
}

export interface ShardBudget {
  readonly shards: number;
  readonly unitsPerShard: number;
  /** Jobs (first run and reruns) each shard needs to finish. */
  readonly attemptsPerShard: number;
  /** Seconds `ws-repro run` may take in one job: the run step's own time limit. */
  readonly runSeconds: number;
}

export function shardBudget(input: ShardBudgetInput): ShardBudget {
  const { units, secondsPerUnit, budgetSeconds, setupSeconds } = input;
  if (!Number.isInteger(units) || units < 1) throw new Error(`shard budget: units must be a positive integer, got ${units}`);
  if (!(secondsPerUnit > 0)) throw new Error(`shard budget: seconds per unit must be positive, got ${secondsPerUnit}`);
  if (!(setupSeconds >= 0)) throw new Error(`shard budget: setup seconds must be >= 0, got ${setupSeconds}`);
  const runSeconds = budgetSeconds - setupSeconds;
  if (!(runSeconds > 0)) {
    throw new Error(`shard budget: a budget of ${budgetSeconds} s leaves no time to run after ${setupSeconds} s of setup`);
  }
  const unitsPerShard = Math.max(1, Math.floor(runSeconds / secondsPerUnit));
  return {
    shards: Math.ceil(units / unitsPerShard),
    unitsPerShard,
    attemptsPerShard: Math.ceil(secondsPerUnit / runSeconds),
    runSeconds,
  };
}
