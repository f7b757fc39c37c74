/** `ws-repro run` and `ws-repro report`: a profile's experiments into the store, and the report from the store. */
import type { Command } from 'commander';
import { profileNamed } from '../experiments/profiles.js';
import type { Environment } from '../jobs/environment.js';
import { runProfile, type PipelineOptions } from '../jobs/pipeline.js';
import { writeReport } from '../jobs/report-job.js';
import { unitResources } from '../jobs/resources.js';
import { parseShard, WHOLE } from '../experiments/shard.js';
import { requireGpu } from './backend.js';

export const DEFAULT_STORE = 'store';
export const DEFAULT_REPORTS = 'reports';

interface CommonFlags {
  profile: string;
  store: string;
  seed: string;
}

export function pipelineOptions(flags: CommonFlags, environment: Environment): PipelineOptions {
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed: expected an integer, got ${JSON.stringify(flags.seed)}`);
  return { profile: profileNamed(flags.profile), storeRoot: flags.store, seed, resources: unitResources(environment) };
}

function withCommonFlags(command: Command): Command {
  return command
    .option('--profile <name>', 'smoke | cpu | paper', 'smoke')
    .option('--store <dir>', 'artifact store directory', DEFAULT_STORE)
    .option('--seed <n>', 'seed of the whole profile', '0');
}

export function registerExperimentCommands(program: Command, environment: Environment): void {
  withCommonFlags(program.command('run'))
    .description("run a profile's experiments (super-net trainings, searches) into the artifact store")
    .option('--shard <i/n>', 'run only the i-th of n deterministic shares of the units')
    .option('--require-gpu', 'fail unless the backend runs on a GPU (webgpu on an emulated adapter does not count)')
    .action(async (flags: CommonFlags & { shard?: string; requireGpu?: boolean }) => {
      if (flags.requireGpu) await requireGpu(environment.backend);
      const summary = await runProfile({ ...pipelineOptions(flags, environment), shard: flags.shard ? parseShard(flags.shard) : WHOLE });
      process.stderr.write(
        `run: ${summary.computed.length} computed, ${summary.reused.length} reused, ${summary.failed.length} failed in ${summary.seconds.toFixed(1)} s\n`,
      );
      if (summary.failed.length > 0) process.exitCode = 1;
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
