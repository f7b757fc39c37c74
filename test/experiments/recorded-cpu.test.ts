/**
 * The committed results of the cpu profile (results/cpu/): every unit the profile plans on the embedded inputs is
 * recorded (a code version bump or a profile change makes them stale, and this fails until they are recorded again),
 * and the cheapest recorded unit, recomputed here, is identical to its record.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planProfile, profileRecorded, recomputeProfile, type PipelineOptions } from '../../src/jobs/pipeline.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { unitKey } from '../../src/experiments/store.js';

const options: PipelineOptions = {
  profile: PROFILES.cpu,
  storeRoot: mkdtempSync(join(tmpdir(), 'store-recompute-cpu-')),
  seed: 0,
  // What a fresh clone has: the authors' subset and the embedded CIFAR-10; trainings on the recorded backend.
  resources: { groundTruth: { kind: 'subset' }, cifar10: {}, backend: 'wasm' },
};
const recorded = profileRecorded(options);

describe.skipIf(!recorded)('recorded results of the cpu profile (results/cpu/)', () => {
  test('every planned unit is recorded', () => {
    const missing = planProfile(options).filter((u) => !recorded!.unit(u));
    expect(
      missing.map((u) => u.label),
      `stale recorded results: re-record them (ws-repro run --profile cpu, then ws-repro record --profile cpu; docs/DESIGN.md "Recorded results")`,
    ).toEqual([]);
  });

  test('the cheapest recorded unit recomputes identically', async () => {
    const units = recorded!.provenance.units;
    const cheapest = units.reduce((a, b) => ((b.cpuSeconds ?? b.seconds) < (a.cpuSeconds ?? a.seconds) ? b : a));
    expect(planProfile(options).some((u) => unitKey(u.description) === cheapest.key)).toBe(true);
    const { recomputed, failed } = await recomputeProfile({ ...options, selector: cheapest.key });
    expect(failed).toEqual([]);
    expect(recomputed.map((r) => [r.label, r.comparison.differences])).toEqual([[cheapest.label, []]]);
  }, 600_000);
});
