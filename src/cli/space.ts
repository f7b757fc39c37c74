import type { Command } from 'commander';

/** Placeholder until src/space lands: registers `ws-repro space ...`. */
export function registerSpaceCommands(program: Command): void {
  program.command('space').description('NAS-Bench-101 cell space');
}
