/** `ws-repro run` and `ws-repro report`: a profile's experiments into the store, and the report from the store. */
import { Option, type Command } from 'commander';
import { PROFILES, type Profile } from '../experiments/profiles.js';
import type { Environment } from '../jobs/environment.js';
import { planProfile, recomputeProfile, runProfile, type PipelineOptions } from '../jobs/pipeline.js';
import { RESULTS_ROOT, recordRun } from '../experiments/recorded.js';
import { RESULT_SHAPES } from '../experiments/result-shapes.js';
import { ArtifactStore } from '../experiments/store.js';
import { codeCommit } from '../experiments/provenance.js';
import { join } from 'node:path';
import { writeReport } from '../jobs/report-job.js';
import { unitResources } from '../jobs/resources.js';
import { parseShard, WHOLE, type Shard } from '../experiments/shard.js';
import { requireGpu } from './backend.js';
import { STORE_ENVIRONMENT, withEnvironmentHelp } from './environment-help.js';
import { lookupName, optionParser, parseSeed } from './run-main.js';

export const DEFAULT_STORE = 'store';
export const DEFAULT_REPORTS = 'reports';

/** The flags of run, report and verify:claims, already checked by their parsers. */
export interface CommonFlags {
  profile: Profile;
  store: string;
  seed: number;
}

export function pipelineOptions(flags: CommonFlags, environment: Environment): PipelineOptions {
  return { profile: flags.profile, storeRoot: flags.store, seed: flags.seed, resources: unitResources(environment) };
}

/** --profile, --store, --seed, with strict parsers (a bad value is a usage error), and the environment in --help. */
export function withCommonFlags(command: Command): Command {
  return withEnvironmentHelp(command, STORE_ENVIRONMENT)
    .addOption(
      new Option('--profile <name>', Object.keys(PROFILES).join(' | '))
        .argParser(optionParser((name) => lookupName('profile', PROFILES, name)))
        .default(PROFILES.smoke, 'smoke'),
    )
    .option('--store <dir>', 'artifact store directory', DEFAULT_STORE)
    .option('--seed <n>', 'seed of the whole profile (decimal integer >= 0)', optionParser(parseSeed), 0);
}

const shardFlag = optionParser((text: string): Shard => parseShard(text));

export function registerExperimentCommands(program: Command, environment: Environment): void {
  withCommonFlags(program.command('run'))
    .description("run a profile's experiments (super-net trainings, searches) into the artifact store")
    .option('--shard <i/n>', 'run only the i-th of n deterministic shares of the units (0 <= i < n)', shardFlag)
    .option('--require-gpu', 'fail unless the backend runs on a GPU (webgpu on an emulated adapter does not count)')
    .option('--recompute <unit|kind>', 'recompute recorded units (a kind, a unit label or a key) into the store and compare them with the recorded ones')
    .action(async (flags: CommonFlags & { shard?: Shard; requireGpu?: boolean; recompute?: string }) => {
      if (flags.requireGpu) await requireGpu(environment.backend);
      if (flags.recompute !== undefined) {
        const { recomputed, failed } = await recomputeProfile({ ...pipelineOptions(flags, environment), selector: flags.recompute });
        for (const r of recomputed) process.stdout.write(`${r.lines.join('\n')}\n`);
        const differing = recomputed.filter((r) => !r.comparison.identical).length;
        process.stderr.write(`recompute: ${recomputed.length - differing} identical, ${differing} different, ${failed.length} failed\n`);
        if (differing > 0 || failed.length > 0) process.exitCode = 1;
        return;
      }
      const summary = await runProfile({ ...pipelineOptions(flags, environment), shard: flags.shard ?? WHOLE });
      process.stderr.write(
        `run: ${summary.computed.length} computed, ${summary.reused.length} reused, ${summary.recorded.length} recorded, ${summary.failed.length} failed in ${summary.seconds.toFixed(1)} s\n`,
      );
      if (summary.failed.length > 0) process.exitCode = 1;
    });
  withCommonFlags(program.command('record'))
    .description("copy a finished profile run's results (JSON, no weights) from the store into results/<profile>/ with their provenance")
    .requiredOption('--total-seconds <s>', 'wall seconds the whole run took (from its log)', optionParser((text: string) => {
      const seconds = Number(text);
      if (!(seconds > 0)) throw new Error(`--total-seconds: expected a positive number of seconds, got ${JSON.stringify(text)}`);
      return seconds;
    }))
    .option('--commit <sha>', 'the commit the run computed at (default: the working tree now)')
    .option('--out <dir>', 'where to write (default results/<profile>)')
    .action((flags: CommonFlags & { totalSeconds: number; commit?: string; out?: string }) => {
      const options = pipelineOptions(flags, environment);
      const out = flags.out ?? join(RESULTS_ROOT, flags.profile.name);
      const provenance = recordRun({
        store: new ArtifactStore(flags.store, RESULT_SHAPES),
        units: planProfile(options),
        out,
        profile: flags.profile.name,
        seed: flags.seed,
        commit: flags.commit ?? codeCommit(),
        totalSeconds: flags.totalSeconds,
      });
      process.stdout.write(`recorded ${provenance.units.length} units of profile ${provenance.profile} into ${out}\n`);
    });
  withCommonFlags(program.command('report'))
    .description('judge every claim from the store and write reports/index.html and reports/claims.json')
    .option('--out <dir>', 'reports directory', DEFAULT_REPORTS)
    .action(async (flags: CommonFlags & { out: string }) => {
      const report = await writeReport({ ...pipelineOptions(flags, environment), reportsDir: flags.out });
      if (report.missingUnits.length) process.stderr.write(`report: the store lacks ${report.missingUnits.length} planned unit(s): ${report.missingUnits.join(', ')}\n`);
      process.stdout.write(`wrote ${report.htmlPath} and ${report.claimsPath}\n`);
    });
}
