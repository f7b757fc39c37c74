/** Only the `bench` sub-commands, so the CLI tests do not load every other concern's modules. */
import { Command } from 'commander';
import { registerBenchCommands } from '../../src/cli/bench.js';
import { prepareProgram, runMain } from '../../src/cli/run-main.js';
import { readEnvironment } from '../../src/jobs/environment.js';

const program = prepareProgram(new Command('ws-repro'));
registerBenchCommands(program, readEnvironment());
await runMain(program);
