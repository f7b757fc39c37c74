#!/usr/bin/env node
/** The `ws-repro` command: each concern registers its own sub-commands. */
import { Command } from 'commander';
import { registerSpaceCommands } from './space.js';
import { registerBenchCommands } from './bench.js';
import { registerReanalyzeCommands } from './reanalyze.js';
import { registerExperimentCommands } from './experiments.js';

const program = new Command('ws-repro').description(
  'Executable reproduction of the weight-sharing appraisal on NAS-Bench-101',
);
registerSpaceCommands(program);
registerBenchCommands(program);
registerReanalyzeCommands(program);
registerExperimentCommands(program);

await program.parseAsync(process.argv);
