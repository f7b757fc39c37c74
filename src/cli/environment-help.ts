/** The environment variables each command reads, listed at the end of its `--help` (and in the README). */
import type { Command } from 'commander';

export const ENVIRONMENT_VARIABLES = {
  WS_REPRO_NASBENCH_CACHE: 'the imported NAS-Bench-101 table cache (default $XDG_CACHE_HOME/ws-repro/nasbench101.v<N>.bin)',
  XDG_CACHE_HOME: 'base of the default cache location (default ~/.cache)',
  WS_REPRO_CIFAR10_DIR: 'the official CIFAR-10 binary release (default: the embedded JPEG subset)',
  WS_REPRO_BACKEND: 'the tfjs backend to use (default: the fastest that loads)',
  WS_REPRO_DEBUG: '1: print the stack trace of an error',
} as const;

export type EnvironmentVariable = keyof typeof ENVIRONMENT_VARIABLES;

/** Append an "Environment:" section listing `names` to the help of `command`. */
export function withEnvironmentHelp(command: Command, names: readonly EnvironmentVariable[]): Command {
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${ENVIRONMENT_VARIABLES[n]}`);
  return command.addHelpText('after', `\nEnvironment:\n${lines.join('\n')}`);
}

export const STORE_ENVIRONMENT: readonly EnvironmentVariable[] = ['WS_REPRO_NASBENCH_CACHE', 'XDG_CACHE_HOME', 'WS_REPRO_CIFAR10_DIR', 'WS_REPRO_BACKEND', 'WS_REPRO_DEBUG'];
export const TABLE_ENVIRONMENT: readonly EnvironmentVariable[] = ['WS_REPRO_NASBENCH_CACHE', 'XDG_CACHE_HOME', 'WS_REPRO_DEBUG'];
