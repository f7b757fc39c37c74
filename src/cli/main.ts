#!/usr/bin/env node
/** The `ws-repro` command: each concern registers its own sub-commands. */
import { Command } from 'commander';
import { registerSpaceCommands } from './space.js';
import { registerBenchCommands } from './bench.js';
import { registerReanalyzeCommands } from './reanalyze.js';
import { registerExperimentCommands } from './experiments.js';
import { registerBackendCommand } from './backend.js';
import { registerZeroCostCommand } from './zero-cost.js';
import { registerPlanCommand } from './plan.js';
import { readEnvironment } from '../jobs/environment.js';
import { prepareProgram, runMain } from './run-main.js';

// Prepared first: subcommands inherit the error handling (usage errors exit 2, failures 1, see run-main.ts).
const program = prepareProgram(new Command('ws-repro')).description(
  'Executable reproduction of the weight-sharing appraisal on NAS-Bench-101',
);
// The environment is read here, once; every command takes what it needs from it as plain config.
const environment = readEnvironment();
registerSpaceCommands(program);
registerBenchCommands(program, environment);
registerReanalyzeCommands(program);
registerExperimentCommands(program, environment);
registerBackendCommand(program, environment);
registerZeroCostCommand(program, environment);
registerPlanCommand(program, environment);

await runMain(program);
