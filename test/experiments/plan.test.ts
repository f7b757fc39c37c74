import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CIFAR_TEST_BATCH, CIFAR_TRAIN_BATCHES } from '../../src/data/cifar-binary.js';
import { cifar10Identity } from '../../src/data/cifar10-identity.js';
import { groundTruthIdentity, unitsOfProfile } from '../../src/experiments/plan.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { canonicalJson, unitKey } from '../../src/experiments/store.js';

describe('plan', () => {
  test('a ground truth is named by its kind and checksum, not where it lies', () => {
    const sha = 'sha256:d0b576280ec9cbc755851ff9714d46f8048ade0e22aea409c086864ba90eaa73';
    expect(groundTruthIdentity({ kind: 'subset', source: `authors' evaluations /home/a/ws-repro/data/x.csv.gz ${sha}` })).toBe(`subset ${sha}`);
    expect(groundTruthIdentity({ kind: 'official', source: `/data/nasbench_only108.tfrecord ${sha}` })).toBe(`official ${sha}`);
  });

  test('a unit key names CIFAR-10 by content: the same data at two paths gives the same keys, other data others', () => {
    // A one-record binary release (1 label byte + 3,072 pixel bytes per file), written to three folders.
    const release = (label: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'cifar10-bin-'));
      const record = new Uint8Array(3073).fill(label);
      for (const file of [...CIFAR_TRAIN_BATCHES, CIFAR_TEST_BATCH]) writeFileSync(join(dir, file), record);
      return dir;
    };
    const [here, there, other] = [release(1), release(1), release(2)];
    const units = (dir: string) => unitsOfProfile(PROFILES.smoke, { seed: 0, groundTruth: 'subset sha256:0', cifar10: cifar10Identity({ binaryDir: dir }) });
    const keys = (dir: string) => units(dir).map((u) => unitKey(u.description));
    expect(keys(there)).toEqual(keys(here));
    expect(units(here).map((u) => canonicalJson(u.description)).join('\n')).not.toContain(here);
    const replicationKeys = (dir: string) => units(dir).filter((u) => u.description.kind === 'replication').map((u) => unitKey(u.description));
    expect(replicationKeys(other).filter((key) => replicationKeys(here).includes(key))).toEqual([]);
  });

  test('smoke: one super-net per replicated space and one search unit per space, distinct keys', () => {
    const units = unitsOfProfile(PROFILES.smoke, { seed: 0, groundTruth: 'subset sha256:0', cifar10: 'jpeg-subset' });
    const kinds = units.map((u) => u.description.kind);
    expect(kinds.filter((k) => k === 'replication')).toHaveLength(PROFILES.smoke.replication.spaces.length);
    expect(kinds.filter((k) => k === 'search-study')).toHaveLength(7);
    expect(new Set(units.map((u) => unitKey(u.description))).size).toBe(units.length);
    // Trainings are the long units: they outrank every search in the runner's queue.
    const cost = (kind: string) => units.filter((u) => u.description.kind === kind).map((u) => u.cost);
    expect(Math.min(...cost('replication'))).toBeGreaterThan(Math.max(...cost('search-study')));
  });

  test('the paper profile plans 5 super-nets for every space and variant', () => {
    const units = unitsOfProfile(PROFILES.paper, { seed: 0, groundTruth: 'official sha256:0', cifar10: 'official-binary' });
    expect(units.filter((u) => u.description.kind === 'replication')).toHaveLength(7 * 5 * 5);
  });
});
