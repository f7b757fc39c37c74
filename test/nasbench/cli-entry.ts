/** Only the `bench` sub-commands, so the CLI tests do not load every other concern's modules. */
import { Command } from 'commander';
import { registerBenchCommands } from '../../src/cli/bench.js';
import { readEnvironment } from '../../src/jobs/environment.js';

const program = new Command('ws-repro');
registerBenchCommands(program, readEnvironment());
await program.parseAsync(process.argv);
