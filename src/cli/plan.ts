/**
 * `ws-repro plan [--profile P] [--json]`: the profile's units with their keys and where each result would come from:
 * the user's store, the recorded results of the repository (results/<profile>/), or missing (to be computed by
 * `ws-repro run`). Reads only; computes nothing.
 */
import type { Command } from 'commander';
import type { Environment } from '../jobs/environment.js';
import { planProfile, profileRecorded } from '../jobs/pipeline.js';
import { ArtifactStore, unitKey } from '../experiments/store.js';
import { pipelineOptions, withCommonFlags, type CommonFlags } from './experiments.js';

export interface PlannedUnit {
  readonly label: string;
  readonly kind: string;
  readonly key: string;
  readonly status: 'stored' | 'recorded' | 'missing';
  /** For a recorded unit: when, where and how long it was recorded. */
  readonly recorded?: string;
}

export function registerPlanCommand(program: Command, environment: Environment): void {
  withCommonFlags(program.command('plan'))
    .description("list the profile's units, their keys, and whether each is stored, recorded (results/) or missing")
    .option('--json', 'one JSON document: {profile, seed, store, units: [{label, kind, key, status, recorded?}]}')
    .action((flags: CommonFlags & { json?: boolean }) => {
      const options = pipelineOptions(flags, environment);
      const store = new ArtifactStore(options.storeRoot);
      const recorded = profileRecorded(options);
      const units: PlannedUnit[] = planProfile(options).map((unit) => {
        const described = recorded?.describe(unit);
        const status = store.has(unit.description) ? 'stored' : described ? 'recorded' : 'missing';
        return { label: unit.label, kind: unit.description.kind, key: unitKey(unit.description), status, ...(status === 'recorded' ? { recorded: described } : {}) };
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ profile: options.profile.name, seed: options.seed, store: options.storeRoot, units })}\n`);
        return;
      }
      const width = Math.max(...units.map((u) => u.label.length));
      for (const u of units) process.stdout.write(`${u.label.padEnd(width)}  ${u.status.padEnd(8)}  ${u.key}${u.recorded ? `  (${u.recorded})` : ''}\n`);
      const count = (s: PlannedUnit['status']) => units.filter((u) => u.status === s).length;
      process.stdout.write(`${options.profile.name}, seed ${options.seed}: ${units.length} units, ${count('stored')} stored, ${count('recorded')} recorded, ${count('missing')} missing\n`);
    });
}
