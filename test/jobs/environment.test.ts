/** The environment is read in one place, into plain config; the default ground truth is chosen from that config. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEnvironment } from '../../src/jobs/environment.js';
import { groundTruthSource, unitResources } from '../../src/jobs/resources.js';
import { CACHE_VERSION } from '../../src/nasbench/cache.js';

describe('environment', () => {
  test('the table cache: WS_REPRO_NASBENCH_CACHE, else under XDG_CACHE_HOME, else under ~/.cache', () => {
    const file = `nasbench101.v${CACHE_VERSION}.bin`;
    expect(readEnvironment({}).nasbenchCache).toBe(join(homedir(), '.cache', 'ws-repro', file));
    expect(readEnvironment({ XDG_CACHE_HOME: '/x' }).nasbenchCache).toBe(join('/x', 'ws-repro', file));
    expect(readEnvironment({ XDG_CACHE_HOME: '/x', WS_REPRO_NASBENCH_CACHE: '/y/t.bin' }).nasbenchCache).toBe('/y/t.bin');
  });

  test('CIFAR-10 and backend: what the variables name, else absent (the embedded subset, the fastest backend)', () => {
    expect(readEnvironment({})).not.toHaveProperty('cifar10Dir');
    expect(readEnvironment({})).not.toHaveProperty('backend');
    const environment = readEnvironment({ WS_REPRO_CIFAR10_DIR: '/data/cifar-10-batches-bin', WS_REPRO_BACKEND: 'cpu' });
    expect(unitResources({ ...environment, nasbenchCache: join(tmpdir(), 'absent.bin') })).toEqual({
      groundTruth: { kind: 'subset' },
      cifar10: { binaryDir: '/data/cifar-10-batches-bin' },
      backend: 'cpu',
    });
  });

  test('the official table is the ground truth only when its cache exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'environment-'));
    expect(groundTruthSource({ nasbenchCache: join(dir, 'absent.bin') })).toEqual({ kind: 'subset' });
    writeFileSync(join(dir, 'imported.bin'), '');
    expect(groundTruthSource({ nasbenchCache: join(dir, 'imported.bin') })).toEqual({ kind: 'official', cache: join(dir, 'imported.bin') });
  });
});
