import { describe, expect, test } from 'vitest';
import { replicationSizing } from '../../src/claims/replication-sizing.js';
import { unitsOfProfile, type ReplicationUnitConfig } from '../../src/experiments/plan.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { unitKey } from '../../src/experiments/store.js';

// The authors' paired effects, rounded, as the re-analysis computes them from data/ws-eval-results (c10 and c11
// overEvaluationAcross: mean 0.2044, t 16.62; mean 0.2219, t 32.31; 5 super-nets each).
const authors = { c10: { meanDifference: 0.2044, t: 16.62, n: 5 }, c11: { meanDifference: 0.2219, t: 32.31, n: 5 } };

describe('replication sizing', () => {
  test('the cpu profile has power 0.8 on C01, C05, C09, C10 and C21; C04 and C11 are under-powered and say so', () => {
    const rows = replicationSizing(PROFILES.cpu.replication, authors);
    expect(rows.map((r) => r.claim)).toEqual(['C01', 'C04', 'C04', 'C04', 'C05', 'C05', 'C09', 'C10', 'C11', 'C21']);
    for (const r of rows.filter((r) => !['C04', 'C11'].includes(r.claim))) {
      expect(r.planned, `${r.claim} ${r.test}`).toBeGreaterThanOrEqual(r.needed);
      expect(r.power).toBeGreaterThanOrEqual(0.8);
    }
    // Claims without a number are sized at the rule's d = 0.5: 27 super-nets (G*Power, one-sided one-sample t,
    // alpha 0.05, power 0.8). C10 has 27 on A1; C09 and C21 pool 39 bns-ft super-nets; C11 has A4's 3.
    // Powers: scipy 1 - nct.cdf(t.ppf(0.95, n - 1), n - 1, 0.5 * sqrt(n)): n 27 0.8118, n 39 0.9224, n 3 0.1513.
    const row = (claim: string) => rows.find((r) => r.claim === claim)!;
    expect(row('C10')).toMatchObject({ needed: 27, planned: 27, d: 0.5 });
    expect(row('C10').power).toBeCloseTo(0.8118, 3);
    for (const claim of ['C09', 'C21']) {
      expect(row(claim)).toMatchObject({ needed: 27, planned: 39 });
      expect(row(claim).power).toBeCloseTo(0.9224, 3);
    }
    expect(row('C11')).toMatchObject({ needed: 27, planned: 3 });
    expect(row('C11').power).toBeCloseTo(0.1513, 3);
    expect(row('C11').effectSource).toContain("the authors' 5 super-nets show d = 14.4");
  });

  test('the smoke profile is under-powered where its verdicts were inconclusive', () => {
    const rows = replicationSizing(PROFILES.smoke.replication, authors);
    // src/claims/expected.ts: C01 smoke inconclusive with 2 super-nets, 3 needed; C09 inconclusive with 2 runs, 27 needed.
    expect(rows.find((r) => r.claim === 'C01')).toMatchObject({ needed: 3, planned: 2 });
    expect(rows.find((r) => r.claim === 'C09')).toMatchObject({ needed: 27, planned: 2 });
  });

  test('cpu plans its counts per space and variant, and a unit key does not hold the counts', () => {
    const inputs = { seed: 0, groundTruth: 'subset sha256:0', cifar10: 'jpeg-subset' };
    const units = unitsOfProfile(PROFILES.cpu, inputs).filter((u) => u.description.kind === 'replication' && u.role !== 'training-length');
    const count = (space: string, variant: string) => units.filter((u) => u.label.startsWith(`super-net ${space}/${variant}/`)).length;
    expect([count('A1', 'baseline'), count('A3', 'baseline'), count('A4', 'baseline'), count('Ares', 'baseline'), count('Anres', 'baseline')]).toEqual([27, 3, 3, 3, 3]);
    expect([count('Anres', 'single-k'), count('Anres', 'pro-rata'), count('Anres', 'avg-3'), count('Anres', 's-k+p-r'), count('A1', 'avg-3')]).toEqual([3, 3, 3, 0, 0]);
    // Resizing (one more super-net on A4) keeps every existing unit's key.
    const resized = { ...PROFILES.cpu, replication: { ...PROFILES.cpu.replication, supernetsOf: { ...PROFILES.cpu.replication.supernetsOf, A4: 6 } } };
    const keys = new Set(unitsOfProfile(resized, inputs).map((u) => unitKey(u.description)));
    for (const u of units) expect(keys.has(unitKey(u.description))).toBe(true);
  });

  test('the training-length curve adds A4 super-nets at other lengths, paired with the regular ones, and leaves their keys alone', () => {
    const inputs = { seed: 0, groundTruth: 'subset sha256:0', cifar10: 'jpeg-subset' };
    const all = unitsOfProfile(PROFILES.cpu, inputs);
    const curve = all.filter((u) => u.role === 'training-length');
    expect(curve.map((u) => u.label)).toEqual([
      'super-net A4/baseline/0 at 1 epoch',
      'super-net A4/baseline/1 at 1 epoch',
      'super-net A4/baseline/0 at 3 epochs',
      'super-net A4/baseline/0 at 8 epochs',
    ]);
    // No GS_ws on the curve; the rest of the plan is the regular super-nets' with another length.
    const regular = all.find((u) => u.label === 'super-net A4/baseline/0')!.description.config as ReplicationUnitConfig;
    const short = curve[0].description.config as ReplicationUnitConfig;
    const { wsGreedy: _ws, ...regularWithoutGsWs } = regular.plan;
    expect(short.plan).toEqual({ ...regularWithoutGsWs, epochs: 1 });
    // Without the curve, the other units' keys are the same (the curve's plan is not part of a key).
    const { trainingLength: _curve, ...withoutCurve } = PROFILES.cpu.replication;
    const keys = new Set(unitsOfProfile({ ...PROFILES.cpu, replication: withoutCurve }, inputs).map((u) => unitKey(u.description)));
    expect(all.filter((u) => u.role !== 'training-length').every((u) => keys.has(unitKey(u.description)))).toBe(true);
    expect(keys.size).toBe(all.length - curve.length);
  });
});
