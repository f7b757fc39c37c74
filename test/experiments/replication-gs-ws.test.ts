/**
 * A replication unit whose plan asks for GS_ws runs them with its trained super-net as the bns-ft scorer (paper 4.3)
 * and stores the visits compactly; the same seed gives the same visits; a search study reads them as its GS_ws runs.
 * Tiny network, few images: the full-space universe (search-table.ts) is the slow part.
 */
import { describe, expect, test } from 'vitest';
import { cifar10Identity } from '../../src/data/cifar10-identity.js';
import { CODE_VERSION, groundTruthIdentity, REPLICATION_KIND, unitsOfProfile, type ReplicationUnitConfig } from '../../src/experiments/plan.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { runReplicationUnit } from '../../src/experiments/replication-unit.js';
import type { UnitResources } from '../../src/experiments/resources.js';
import type { UnitDescription } from '../../src/experiments/store.js';
import { recordedWsSearchesOf } from '../../src/evidence/recorded-ws-searches.js';
import { loadGroundTruth } from '../../src/nasbench/load-ground-truth.js';
import { searchTableFor } from '../../src/search/search-table.js';
import { runSearchStudy } from '../../src/search/study.js';

const resources: UnitResources = { groundTruth: { kind: 'subset' }, cifar10: {} };
const wsGreedy = { runsPerSupernet: 2, evaluations: 12, images: 64 };
const config: ReplicationUnitConfig = {
  space: 'A4',
  variant: 'baseline',
  // Super-net 1: its runs are 2 and 3 of the space.
  supernet: 1,
  plan: { ...PROFILES.smoke.replication, trainImages: 256, heldOutImages: 128, epochs: 1, scoredCells: 4, wsGreedy },
  groundTruth: groundTruthIdentity(loadGroundTruth(resources.groundTruth)),
  cifar10: cifar10Identity(resources.cifar10),
};
const unit: UnitDescription = { kind: REPLICATION_KIND, codeVersion: CODE_VERSION[REPLICATION_KIND], config, seed: 5 };
const quiet = () => undefined;

describe('replication unit with GS_ws', () => {
  test('records seeded GS_ws visits that a search study reads as its GS_ws runs', async () => {
    const result = await runReplicationUnit(unit, resources, quiet);
    const record = result.wsGreedy!;
    expect(record.runs.map((r) => r.run)).toEqual([2, 3]);
    for (const run of record.runs) {
      expect(run.hashes).toHaveLength(wsGreedy.evaluations);
      expect(run.proxies).toHaveLength(wsGreedy.evaluations);
      // Proxies are fractions of the 64 search images.
      for (const p of run.proxies) expect(Number.isInteger(p * wsGreedy.images)).toBe(true);
    }
    expect(record.scoredCells).toBe(new Set(record.runs.flatMap((r) => r.hashes)).size);

    const again = await runReplicationUnit(unit, resources, quiet);
    expect(again.wsGreedy!.runs).toEqual(record.runs);

    // A super-net this small may not train past chance: the study leaves failed super-nets out, so read it as trained.
    expect(recordedWsSearchesOf([{ ...result, failed: 'at chance level' }])('A4')).toEqual([]);
    const recorded = recordedWsSearchesOf([{ ...result, failed: null }]);
    expect(recorded('Ares')).toEqual([]);
    expect(recorded('A4').map((r) => r.visits.map((v) => v.hash))).toEqual(record.runs.map((r) => r.hashes));
    const study = runSearchStudy({
      ...searchTableFor(loadGroundTruth(resources.groundTruth)),
      validateOnSubset: false,
      spaces: ['A4'],
      baselineRuns: 3,
      evaluations: 20,
      seed: unit.seed,
      recordedWsSearches: recorded,
    });
    const curve = study.perSpace[0].curves.find((c) => c.algorithm === 'GS_ws');
    expect(curve).toBeDefined();
    expect(study.perSpace[0].oneShot.map((o) => o.comparison)).toContain('GS_ws vs GS_bs');
  }, 180_000);

  test('a variant other than baseline, and the training-length curve, plan no GS_ws', () => {
    const units = unitsOfProfile(PROFILES.cpu, { seed: 0, groundTruth: 'g', cifar10: 'c' }).filter((u) => u.description.kind === REPLICATION_KIND);
    const plans = (role?: string) => units.filter((u) => u.role === role).map((u) => u.description.config as ReplicationUnitConfig);
    expect(plans().filter((c) => c.variant === 'baseline').every((c) => c.plan.wsGreedy)).toBe(true);
    expect(plans().filter((c) => c.variant !== 'baseline').some((c) => c.plan.wsGreedy)).toBe(false);
    expect(plans('training-length').length).toBeGreaterThan(0);
    expect(plans('training-length').some((c) => c.plan.wsGreedy)).toBe(false);
  });
});
