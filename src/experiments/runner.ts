/**
 * Runs the units of a profile into the artifact store: units already stored are reused, the rest run in worker
 * processes (wasm and the cpu backend use one core each, so independent units run side by side), and a unit that
 * fails is reported with its label without losing the units that finished.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { RecordedResults } from './recorded.js';
import { ArtifactStore, unitKey } from './store.js';
import type { ProgressInfo } from '../nn/trainer.js';
import { barProgress, lineProgress, type ProgressSink } from './progress.js';
import type { UnitResources } from './resources.js';
import { selectShard, type Shard } from './shard.js';
import type { Unit } from './unit.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface RunOptions {
  readonly store: ArtifactStore;
  readonly units: readonly Unit[];
  /** Where the units find their inputs on this machine, and the backend to use. */
  readonly resources: UnitResources;
  readonly shard: Shard;
  readonly workers: number | 'cores';
  /** Results recorded in the repository (results/<profile>/): used, after their checks, for units the store lacks. */
  readonly recorded?: RecordedResults;
  readonly log?: (line: string) => void;
}

export interface RunSummary {
  readonly reused: readonly string[];
  /** Units taken from the recorded results, not computed here. */
  readonly recorded: readonly string[];
  readonly computed: readonly string[];
  readonly failed: readonly { readonly label: string; readonly error: string }[];
  readonly seconds: number;
}

export function workerCount(workers: number | 'cores'): number {
  return workers === 'cores' ? Math.max(1, os.availableParallelism()) : workers;
}

function runInWorker(storeRoot: string, unit: Unit, resources: UnitResources, progress: ProgressSink): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.send({ storeRoot, unit, resources });
    let error: string | undefined;
    child.on('message', (message: { error?: string; progress?: { label: string; info: ProgressInfo } }) => {
      if (message.progress) progress(message.progress.label, message.progress.info);
      if (message.error) error = message.error;
    });
    child.on('exit', (code) => {
      if (code === 0 && !error) resolve();
      else reject(new Error(error ?? `worker exited with status ${code}`));
    });
  });
}

export async function runUnits(options: RunOptions): Promise<RunSummary> {
  // On a terminal, bars draw the trainings and log lines go through them (else the two garble each other).
  const bars = process.stderr.isTTY ? barProgress() : undefined;
  const log = options.log ?? bars?.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = performance.now();
  const mine = selectShard(options.units, (unit) => unitKey(unit.description), options.shard);
  // A damaged result is never reused: set it aside (kept for inspection) and compute the unit again.
  for (const unit of mine) {
    const damaged = options.store.setAsideIfDamaged(unit.description);
    if (damaged) log(`[${unit.label}] ${damaged.error.message}; moved to ${damaged.movedTo}; recomputing`);
  }
  const reused = mine.filter((unit) => options.store.has(unit.description)).map((unit) => unit.label);
  const isRecorded = (unit: Unit) => {
    const state = options.recorded?.store.inspect(unit.description);
    // A damaged recorded result is never used: say so and compute the unit into the user's store.
    if (state?.status === 'damaged') log(`[${unit.label}] recorded result ${state.error.message}; computing it instead`);
    return state?.status === 'stored';
  };
  const notStored = mine.filter((unit) => !options.store.has(unit.description));
  const recorded = notStored.filter(isRecorded).map((unit) => unit.label);
  const pending = notStored.filter((unit) => !recorded.includes(unit.label)).sort((a, b) => b.cost - a.cost);
  const width = Math.min(workerCount(options.workers), Math.max(1, pending.length));
  log(
    `shard ${options.shard.index}/${options.shard.count}: ${mine.length} of ${options.units.length} units, ` +
      `${reused.length} already stored, ${recorded.length} recorded (${options.recorded?.root ?? 'none'}), ${pending.length} to run on ${width} worker(s)`,
  );
  const progress = bars?.sink ?? lineProgress();
  const computed: string[] = [];
  const failed: { label: string; error: string }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < pending.length) {
      const unit = pending[next++];
      const unitStarted = performance.now();
      log(`[${unit.label}] started`);
      try {
        await runInWorker(options.store.root, unit, options.resources, progress);
        computed.push(unit.label);
        log(`[${unit.label}] done in ${((performance.now() - unitStarted) / 1000).toFixed(1)} s`);
      } catch (error) {
        failed.push({ label: unit.label, error: (error as Error).message });
        log(`[${unit.label}] FAILED: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  bars?.stop();
  return { reused, recorded, computed, failed, seconds: (performance.now() - started) / 1000 };
}
