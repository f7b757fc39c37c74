/**
 * `npm run verify:claims [-- --profile P]`: run the profile's experiments (reusing stored units), judge every claim,
 * write the report, and exit 0 exactly when every verdict equals the one recorded in src/claims/expected.ts.
 */
import { Command } from 'commander';
import { readEnvironment } from '../jobs/environment.js';
import { checkExpectations, formatChecks } from '../jobs/expectations.js';
import { runProfile } from '../jobs/pipeline.js';
import { writeReport } from '../jobs/report-job.js';
import { WHOLE } from '../experiments/shard.js';
import { formatSeconds } from '../experiments/progress.js';
import { DEFAULT_REPORTS, pipelineOptions, withCommonFlags, type CommonFlags } from './experiments.js';
import { prepareProgram, runMain } from './run-main.js';

const program = withCommonFlags(prepareProgram(new Command('verify:claims')))
  .description('run the profile (reusing stored units), judge every claim, write the report; exit 0 when every verdict is the expected one')
  .option('--out <dir>', 'reports directory', DEFAULT_REPORTS)
  .action(async (flags: CommonFlags & { out: string }) => {
    const started = performance.now();
    const options = pipelineOptions(flags, readEnvironment());
    const run = await runProfile({ ...options, shard: WHOLE });
    const report = await writeReport({ ...options, reportsDir: flags.out, computed: run.computed });
    const checks = checkExpectations(report.results, options.profile.name);
    process.stdout.write(`${formatChecks(checks)}\n`);
    process.stdout.write(
      `profile ${options.profile.name}, backend ${report.backend}: ${run.computed.length} units computed, ${run.reused.length} reused, ${run.recorded.length} recorded (results/${options.profile.name}/), ` +
        `${run.failed.length} failed; ${formatSeconds((performance.now() - started) / 1000)} in all\n` +
        `report: ${report.htmlPath}\nverdicts: ${report.claimsPath}\n`,
    );
    process.exitCode = run.failed.length > 0 || checks.some((c) => !c.ok) ? 1 : 0;
  });

await runMain(program);
