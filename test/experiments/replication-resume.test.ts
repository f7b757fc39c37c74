/**
 * A replication unit computes from its description and the resources it is handed, nothing else: stopped in the
 * middle of training (here: its progress callback throws after the first epoch's checkpoint) it resumes with exactly
 * the result of an uninterrupted run; the environment changing after its config was built changes nothing; and
 * resources that are not what its description names are refused.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cifar10Identity } from '../../src/data/cifar10-identity.js';
import { CODE_VERSION, groundTruthIdentity, REPLICATION_KIND, type ReplicationUnitConfig } from '../../src/experiments/plan.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { runReplicationUnit } from '../../src/experiments/replication-unit.js';
import type { UnitResources } from '../../src/experiments/resources.js';
import type { UnitDescription } from '../../src/experiments/store.js';
import type { ReplicationResult } from '../../src/evidence/replication-result.js';
import { loadGroundTruth } from '../../src/nasbench/load-ground-truth.js';

const resources: UnitResources = { groundTruth: { kind: 'subset' }, cifar10: {} };
const config: ReplicationUnitConfig = {
  space: 'A4',
  variant: 'baseline',
  supernet: 0,
  // Without GS_ws (replication-gs-ws.test.ts tests it): training and scoring are what resume.
  plan: { ...PROFILES.smoke.replication, trainImages: 512, heldOutImages: 256, epochs: 2, scoredCells: 6, wsGreedy: undefined },
  groundTruth: groundTruthIdentity(loadGroundTruth(resources.groundTruth)),
  cifar10: cifar10Identity(resources.cifar10),
};
const unit: UnitDescription = { kind: REPLICATION_KIND, codeVersion: CODE_VERSION[REPLICATION_KIND], config, seed: 11 };
const quiet = () => undefined;

let uninterrupted: Promise<ReplicationResult> | undefined;
const uninterruptedResult = () => (uninterrupted ??= runReplicationUnit(unit, resources, quiet));

/** What a unit computes (its timings aside). */
function computed(r: ReplicationResult) {
  return [r.cells, r.finalLoss, r.spearmanNoFt, r.spearmanBnsFt, r.backend, r.groundTruth, r.cifar10, r.failed];
}

describe('replication unit', () => {
  test('resumes from its checkpoint with the uninterrupted result', async () => {
    const expected = await uninterruptedResult();
    const dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    const scratch = (name: string) => join(dir, name);
    const crashAfterEpoch1 = (_label: string, info: { step: number }) => {
      if (info.step === 3) throw new Error('simulated crash');
    };
    await expect(runReplicationUnit(unit, resources, crashAfterEpoch1, scratch)).rejects.toThrow('simulated crash');
    const steps: number[] = [];
    const resumed = await runReplicationUnit(unit, resources, (_label, info) => steps.push(info.step), scratch);
    // It trained only what the checkpoint lacked: steps 3 and 4 of 4 (2 steps per epoch of 512 images).
    expect(steps).toEqual([3, 4]);

    expect(resumed.cells).toEqual(expected.cells);
    expect(resumed.finalLoss).toBe(expected.finalLoss);
    expect([resumed.spearmanNoFt, resumed.spearmanBnsFt]).toEqual([expected.spearmanNoFt, expected.spearmanBnsFt]);
  }, 300_000);

  test('gives the same result when the environment changes after its config was built', async () => {
    const expected = await uninterruptedResult();
    const saved = { ...process.env };
    try {
      // Each of these, read by the unit, would change or break it: another backend, data and table that do not exist.
      process.env.WS_REPRO_BACKEND = 'tfjs-node-gpu';
      process.env.WS_REPRO_CIFAR10_DIR = join(tmpdir(), 'no-such-cifar10');
      process.env.WS_REPRO_NASBENCH_CACHE = join(tmpdir(), 'no-such-cache.bin');
      expect(computed(await runReplicationUnit(unit, resources, quiet))).toEqual(computed(expected));
    } finally {
      process.env = saved;
    }
  }, 300_000);

  test('refuses resources that are not what its description names', async () => {
    const other: UnitDescription = { ...unit, config: { ...config, cifar10: 'official-binary sha256:0' } };
    await expect(runReplicationUnit(other, resources, quiet)).rejects.toThrow(
      `unit planned for CIFAR-10 official-binary sha256:0, but the embedded subset holds ${config.cifar10}`,
    );
    const otherTruth: UnitDescription = { ...unit, config: { ...config, groundTruth: 'official sha256:0' } };
    await expect(runReplicationUnit(otherTruth, resources, quiet)).rejects.toThrow('unit planned for ground truth official sha256:0');
  }, 60_000);
});
