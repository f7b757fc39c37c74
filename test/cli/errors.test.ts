/**
 * Issue 10, "CLI": user errors end in one line on stderr and exit status 2 (usage) or 1 (failure), never a stack
 * trace; profile names are own properties; seeds are strict decimals; `--version` works; `--help` lists the
 * environment; `report` refuses a store that holds none of the planned units.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerExperimentCommands } from '../../src/cli/experiments.js';
import { parseSeed, prepareProgram, runMain } from '../../src/cli/run-main.js';
import { readEnvironment } from '../../src/jobs/environment.js';
import { planProfile } from '../../src/jobs/pipeline.js';
import { unitResources } from '../../src/jobs/resources.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { ArtifactStore } from '../../src/experiments/store.js';

/** Run `ws-repro ARGS` in this process; what it wrote to stderr and stdout, and its exit status. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const program = prepareProgram(new Command('ws-repro'));
  registerExperimentCommands(program, readEnvironment());
  const stderr: string[] = [];
  const stdout: string[] = [];
  program.configureOutput({ writeErr: (s) => stderr.push(s), writeOut: (s) => stdout.push(s) });
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (stderr.push(String(s)), true));
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));
  process.exitCode = undefined;
  try {
    await runMain(program, ['node', 'ws-repro', ...args], env);
  } finally {
    errSpy.mockRestore();
    outSpy.mockRestore();
  }
  const status = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { status, stderr: stderr.join(''), stdout: stdout.join('') };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('ws-repro usage errors: exit 2, one line, no stack', () => {
  test.each([
    [['run', '--profile', 'nope'], /unknown profile "nope"; choose one of smoke, cpu, paper/],
    [['run', '--profile', '__proto__'], /unknown profile "__proto__"/],
    [['report', '--profile', 'constructor'], /unknown profile "constructor"/],
    [['report', '--profile', 'toString'], /unknown profile "toString"/],
    [['run', '--seed', 'abc'], /expected a decimal integer >= 0/],
    [['run', '--seed', ''], /argument '' is invalid/],
    [['run', '--seed', '0x10'], /argument '0x10' is invalid/],
    [['run', '--seed', '1e3'], /argument '1e3' is invalid/],
    [['run', '--seed', '-1'], /'-1' is invalid/],
    [['run', '--shard', '3/2'], /--shard 3\/2: the index i must be below the count n \(0 <= i < n, e\.g\. 0\/2\)/],
    [['run', '--no-such-flag'], /unknown option '--no-such-flag'/],
  ])('%j', async (args, message) => {
    const result = await cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('seeds: strict decimal integers only', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('42')).toBe(42);
    for (const bad of ['', ' 1', '01', '+1', '1.0', '9007199254740993']) expect(() => parseSeed(bad)).toThrow();
  });
});

describe('ws-repro --version and --help', () => {
  test('--version prints the package version, exit 0', async () => {
    const result = await cli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test.each([['run'], ['report']])('%s --help lists the environment variables it reads', async (command) => {
    const result = await cli([command, '--help']);
    expect(result.status).toBe(0);
    for (const name of ['WS_REPRO_NASBENCH_CACHE', 'XDG_CACHE_HOME', 'WS_REPRO_CIFAR10_DIR', 'WS_REPRO_BACKEND', 'WS_REPRO_DEBUG']) {
      expect(result.stdout).toContain(name);
    }
  });
});

describe('ws-repro report on a store without any planned unit', () => {
  test('exits 1 naming the store, one line; the stack only with WS_REPRO_DEBUG=1', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mistyped-store');
    const out = join(mkdtempSync(join(tmpdir(), 'cli-')), 'reports');
    const result = await cli(['report', '--store', store, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^ws-repro: the store .* holds none of the \d+ planned units of profile smoke \(wrong --store or --seed\? run `ws-repro run` first\)\n$/);
    expect(result.stderr).toContain(store);
    const debug = await cli(['report', '--store', store, '--out', out], { WS_REPRO_DEBUG: '1' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  }, 120_000);
});

describe('ws-repro report on a store holding a damaged artifact', () => {
  test('refuses to judge, exit 1, naming the file and what is wrong; the file is left for run to set aside', async () => {
    const store = mkdtempSync(join(tmpdir(), 'cli-store-'));
    const out = join(mkdtempSync(join(tmpdir(), 'cli-')), 'reports');
    const [unit] = planProfile({ profile: PROFILES.smoke, storeRoot: store, seed: 0, resources: unitResources(readEnvironment()) });
    const file = new ArtifactStore(store).resultPath(unit.description);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'null');
    const result = await cli(['report', '--store', store, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`ws-repro: refusing to judge from damaged evidence (\`ws-repro run\` sets it aside and recomputes it): ${file}: damaged artifact: holds null, not an artifact\n`);
    expect(readdirSync(dirname(file))).toHaveLength(1);
  }, 120_000);
});
