/**
 * Recorded results (results/<profile>/): recorded once from a finished store, reused after their checks by a fresh
 * store, marked as recorded, refused when damaged, and recomputed on demand into the user's store, compared field
 * by field. At a toy scale: one search unit of a few runs (seconds).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planProfile, recomputeProfile, runProfile, storedEvidence, StoreRefusal, type PipelineOptions } from '../../src/jobs/pipeline.js';
import { compareResults, recordRun, recordedResultsOf } from '../../src/experiments/recorded.js';
import { PROFILES, type Profile } from '../../src/experiments/profiles.js';
import { RESULT_SHAPES } from '../../src/experiments/result-shapes.js';
import { WHOLE } from '../../src/experiments/shard.js';
import { ArtifactStore } from '../../src/experiments/store.js';

const TOY: Profile = {
  ...PROFILES.smoke,
  replication: { ...PROFILES.smoke.replication, spaces: [] },
  search: { spaces: ['A3'], baselineRuns: 3, wsRuns: 2, evaluations: 30 },
  workers: 1,
};

const temp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));

describe('recorded results', () => {
  test('are reused by a fresh store, marked, refused when damaged, and recompute identically', async () => {
    const resultsRoot = temp('results');
    const options = (storeRoot: string): PipelineOptions => ({ profile: TOY, storeRoot, seed: 5, resources: { groundTruth: { kind: 'subset' }, cifar10: {} }, resultsRoot });
    const original = options(temp('store-original'));
    expect((await runProfile({ ...original, shard: WHOLE })).computed).toEqual(['searches A3']);
    const out = join(resultsRoot, TOY.name);
    const provenance = recordRun({ store: new ArtifactStore(original.storeRoot, RESULT_SHAPES), units: planProfile(original), out, profile: TOY.name, seed: 5, commit: 'abc123', totalSeconds: 9 });
    expect(provenance.units).toEqual([expect.objectContaining({ kind: 'search-study', label: 'searches A3', cpuSeconds: expect.any(Number) })]);
    expect(readdirSync(join(out, 'search-study'))).toHaveLength(1);
    // Recorded again at a later commit (a grown profile reusing its stored units): the unit keeps the commit that computed it.
    const extended = recordRun({ store: new ArtifactStore(original.storeRoot, RESULT_SHAPES), units: planProfile(original), out, profile: TOY.name, seed: 5, commit: 'def456', totalSeconds: 9 });
    expect([extended.commit, extended.units[0].commit, extended.units[0].date]).toEqual(['def456', 'abc123', provenance.date]);

    // A fresh clone: an empty store uses the recorded unit and computes nothing.
    const fresh = options(temp('store-fresh'));
    const run = await runProfile({ ...fresh, shard: WHOLE });
    expect(run).toMatchObject({ computed: [], reused: [], recorded: ['searches A3'] });
    const evidence = storedEvidence(fresh);
    expect(evidence.search?.perSpace.map((s) => s.space)).toEqual(['A3']);
    expect(evidence.durations[0].recorded).toMatch(new RegExp(`^recorded on ${provenance.date.slice(0, 10)} at abc123, table lookups, \\d+\\.\\d min \\(CPU \\d+\\.\\d min\\)$`));

    // --recompute by kind: computed again into the user's store, identical to the record.
    const recomputed = options(temp('store-recompute'));
    const recompute = await recomputeProfile({ ...recomputed, selector: 'search-study' });
    expect(recompute.failed).toEqual([]);
    expect(recompute.recomputed.map((r) => [r.label, r.comparison.identical, r.comparison.differences])).toEqual([['searches A3', true, []]]);
    // Recorded from the recomputation: a new result under the same key is the new commit's.
    const rerecorded = recordRun({ store: new ArtifactStore(recomputed.storeRoot, RESULT_SHAPES), units: planProfile(recomputed), out, profile: TOY.name, seed: 5, commit: 'ghi789', totalSeconds: 9 });
    expect(rerecorded.units[0].commit).toBe('ghi789');
    await expect(recomputeProfile({ ...fresh, selector: 'replication' })).rejects.toThrow(/no recorded unit matches; give a kind \(search-study\)/);

    // An edited digit in the recorded file: the report refuses it, naming the file.
    const file = join(out, 'search-study', readdirSync(join(out, 'search-study'))[0]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"baselineRuns":3/, '"baselineRuns":4'));
    expect(() => storedEvidence(fresh)).toThrow(StoreRefusal);
    expect(() => storedEvidence(fresh)).toThrow(new RegExp(`${file}: damaged artifact: content does not match its sha256`));
    expect(recordedResultsOf(TOY.name, resultsRoot)?.provenance.commit).toBe('ghi789');
  }, 600_000);

  test('a comparison lists differing fields by path and sets machine timings apart', () => {
    const recorded = { spearmanBnsFt: 0.5, trainingSeconds: 10, cifar10: { source: 'jpeg (/a/data)', trainImages: 12 }, cells: [{ proxyBnsFt: 0.1 }, { proxyBnsFt: 0.2 }] };
    const recomputed = { spearmanBnsFt: 0.5, trainingSeconds: 12, cifar10: { source: 'jpeg (/b/data)', trainImages: 12 }, cells: [{ proxyBnsFt: 0.1 }, { proxyBnsFt: 0.25 }] };
    const c = compareResults(recorded, recomputed);
    expect(c.identical).toBe(false);
    expect(c.differences).toEqual([{ path: 'cells[1].proxyBnsFt', recorded: 0.2, recomputed: 0.25 }]);
    expect(c.machine.map((d) => d.path)).toEqual(['cifar10.source', 'trainingSeconds']);
    expect(compareResults(recorded, { ...recorded, trainingSeconds: 99 }).identical).toBe(true);
  });
});
