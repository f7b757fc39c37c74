/** `ws-repro plan`: the profile's units with their keys, and where each result would come from. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerPlanCommand } from '../../src/cli/plan.js';
import { prepareProgram } from '../../src/cli/run-main.js';
import { readEnvironment } from '../../src/jobs/environment.js';
import { planProfile } from '../../src/jobs/pipeline.js';
import { unitResources } from '../../src/jobs/resources.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { ArtifactStore, unitKey } from '../../src/experiments/store.js';

async function plan(args: string[]): Promise<string> {
  const program = prepareProgram(new Command('ws-repro'));
  registerPlanCommand(program, readEnvironment());
  const stdout: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));
  await program.parseAsync(['node', 'ws-repro', 'plan', ...args]);
  return stdout.join('');
}

afterEach(() => vi.restoreAllMocks());

describe('ws-repro plan', () => {
  test('lists every planned unit with its key; stored once the store holds it, missing otherwise', async () => {
    const store = mkdtempSync(join(tmpdir(), 'plan-store-'));
    const units = planProfile({ profile: PROFILES.smoke, storeRoot: store, seed: 0, resources: unitResources(readEnvironment()), resultsRoot: mkdtempSync(join(tmpdir(), 'plan-results-')) });
    new ArtifactStore(store).put(units[0].description, { stand: 'in' }, 1);
    const doc = JSON.parse(await plan(['--store', store, '--json']));
    expect(doc.profile).toBe('smoke');
    expect(doc.units.map((u: { key: string }) => u.key)).toEqual(units.map((u) => unitKey(u.description)));
    expect(doc.units[0].status).toBe('stored');
    expect(doc.units.slice(1).every((u: { status: string }) => u.status === 'missing' || u.status === 'recorded')).toBe(true);
    const text = await plan(['--store', store]);
    expect(text).toContain(`${units.length} units, 1 stored`);
  });
});
