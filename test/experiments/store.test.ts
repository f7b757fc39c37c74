import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArtifactStore, unitKey, type UnitDescription } from '../../src/experiments/store.js';

const unit = (seed: number, config: unknown = { a: 1, b: [2, 3] }): UnitDescription => ({
  kind: 'demo',
  codeVersion: 1,
  config,
  seed,
});

describe('ArtifactStore', () => {
  test('keys ignore key order but not values', () => {
    expect(unitKey(unit(1, { a: 1, b: 2 }))).toBe(unitKey(unit(1, { b: 2, a: 1 })));
    expect(unitKey(unit(1))).not.toBe(unitKey(unit(2)));
    expect(unitKey(unit(1))).toMatch(/^[0-9a-f]{64}$/);
  });

  test('computes once, then reuses the stored result', async () => {
    const store = new ArtifactStore(mkdtempSync(join(tmpdir(), 'store-')));
    let calls = 0;
    const compute = async () => ({ value: ++calls });
    const first = await store.getOrCompute(unit(7), compute);
    const second = await store.getOrCompute(unit(7), compute);
    expect(first.result).toEqual({ value: 1 });
    expect(second.result).toEqual({ value: 1 });
    expect(calls).toBe(1);
    expect(store.list('demo').map((a) => a.key)).toEqual([first.key]);
  });

  test('leaves no temporary file behind and keeps blobs beside results', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new ArtifactStore(root);
    store.put(unit(3), { ok: true }, 0.5);
    store.putBlob(unit(3), 'weights', new Uint8Array([1, 2, 3]));
    expect(Array.from(store.getBlob(unit(3), 'weights') ?? [])).toEqual([1, 2, 3]);
    expect(readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('scratch files of a unit in progress live beside it and go once the unit is stored', async () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new ArtifactStore(root);
    const scratch = store.scratchPath(unit(5), 'training-checkpoint');
    writeFileSync(scratch, 'half-way');
    writeFileSync(store.scratchPath(unit(6), 'training-checkpoint'), 'another unit');
    await store.getOrCompute(unit(5), async () => 'done');
    expect(readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.partial'))).toEqual([`${unitKey(unit(6))}.training-checkpoint.partial`]);
  });

  test('a corrupt artifact is reported with its path', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new ArtifactStore(root);
    store.put(unit(4), 1, 0);
    writeFileSync(join(root, 'demo', `${unitKey(unit(4))}.json`), '{"half');
    expect(() => store.get(unit(4))).toThrow(/demo\/[0-9a-f]{64}\.json: damaged artifact: not JSON/);
  });
});
