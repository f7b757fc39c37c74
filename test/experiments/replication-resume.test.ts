/**
 * A replication unit stopped in the middle of training (here: its progress callback throws after the first epoch's
 * checkpoint) resumes from that checkpoint and gives exactly the result of an uninterrupted run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLICATION_KIND, type ReplicationUnitConfig } from '../../src/experiments/plan.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { runReplicationUnit } from '../../src/experiments/replication-unit.js';
import type { UnitDescription } from '../../src/experiments/store.js';

const config: ReplicationUnitConfig = {
  space: 'A4',
  variant: 'baseline',
  supernet: 0,
  plan: { ...PROFILES.smoke.replication, trainImages: 512, heldOutImages: 256, epochs: 2, scoredCells: 6 },
  groundTruth: 'subset',
  cifar10: 'jpeg-subset',
};
const unit: UnitDescription = { kind: REPLICATION_KIND, codeVersion: 1, config, seed: 11 };
const quiet = () => undefined;

describe('replication unit', () => {
  test('resumes from its checkpoint with the uninterrupted result', async () => {
    const uninterrupted = await runReplicationUnit(unit, quiet);

    const dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    const scratch = (name: string) => join(dir, name);
    const crashAfterEpoch1 = (_label: string, info: { step: number }) => {
      if (info.step === 3) throw new Error('simulated crash');
    };
    await expect(runReplicationUnit(unit, crashAfterEpoch1, scratch)).rejects.toThrow('simulated crash');
    const steps: number[] = [];
    const resumed = await runReplicationUnit(unit, (_label, info) => steps.push(info.step), scratch);
    // It trained only what the checkpoint lacked: steps 3 and 4 of 4 (2 steps per epoch of 512 images).
    expect(steps).toEqual([3, 4]);

    expect(resumed.cells).toEqual(uninterrupted.cells);
    expect(resumed.finalLoss).toBe(uninterrupted.finalLoss);
    expect([resumed.spearmanNoFt, resumed.spearmanBnsFt]).toEqual([uninterrupted.spearmanNoFt, uninterrupted.spearmanBnsFt]);
  }, 300_000);
});
