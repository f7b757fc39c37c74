/**
 * The whole pipeline at a toy scale: plan -> worker processes -> store -> claims -> report. Checks that a rerun
 * reuses every unit and that two shards merged give the same verdicts and correlations as one run.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planProfile, runProfile, storedEvidence, withRecordedGsWs, type PipelineOptions } from '../../src/jobs/pipeline.js';
import { SEARCH_KIND, type SearchUnitConfig } from '../../src/experiments/plan.js';
import { PROFILES, type Profile } from '../../src/experiments/profiles.js';
import { writeReport } from '../../src/jobs/report-job.js';
import { WHOLE } from '../../src/experiments/shard.js';

// Two super-nets trained for one epoch on 512 images, a few searches: seconds, not minutes.
const TOY: Profile = {
  ...PROFILES.smoke,
  replication: {
    ...PROFILES.smoke.replication,
    spaces: ['A4', 'Ares'],
    trainImages: 512,
    heldOutImages: 256,
    epochs: 1,
    scoredCells: 12,
    wsGreedy: { runsPerSupernet: 3, evaluations: 10, images: 64 },
    // One A4 super-net at 2 epochs: a training-length curve of two lengths.
    trainingLength: { space: 'A4', supernetsAt: { 2: 1 } },
  },
  search: { spaces: ['A4'], baselineRuns: 6, wsRuns: 3, evaluations: 40 },
  workers: 2,
};

// The authors' subset and the embedded CIFAR-10 subset, whatever the machine's environment; the fastest backend.
const options = (storeRoot: string): PipelineOptions => ({
  profile: TOY,
  storeRoot,
  seed: 3,
  resources: { groundTruth: { kind: 'subset' }, cifar10: {} },
});

describe('pipeline at a toy scale', () => {
  test('runs, reuses, shards and reports', async () => {
    const whole = mkdtempSync(join(tmpdir(), 'store-whole-'));
    const first = await runProfile({ ...options(whole), shard: WHOLE });
    expect(first.failed).toEqual([]);
    expect(first.computed).toHaveLength(4);
    const again = await runProfile({ ...options(whole), shard: WHOLE });
    expect(again.computed).toEqual([]);
    expect(again.reused).toHaveLength(4);

    // Two shards into two stores, merged by copying directories, hold the same results as the single run.
    const shards = [0, 1].map((index) => mkdtempSync(join(tmpdir(), `store-shard${index}-`)));
    const parts = await Promise.all(shards.map((root, index) => runProfile({ ...options(root), shard: { index, count: 2 } })));
    expect(parts.map((p) => p.computed.length).sort()).toEqual([2, 2]);
    const merged = mkdtempSync(join(tmpdir(), 'store-merged-'));
    for (const root of shards) cpSync(root, merged, { recursive: true });
    const a = storedEvidence(options(whole));
    const b = storedEvidence(options(merged));
    expect(b.missing).toEqual([]);
    expect(b.replication.map((r) => [r.space, r.spearmanBnsFt, r.spearmanNoFt])).toEqual(
      a.replication.map((r) => [r.space, r.spearmanBnsFt, r.spearmanNoFt]),
    );
    expect(b.search?.perSpace.map((s) => s.oneShot)).toEqual(a.search?.perSpace.map((s) => s.oneShot));
    // The curve's super-net stays out of the claims' evidence; the curve holds it and A4's regular super-net, paired.
    expect(b.replication.map((r) => r.space)).toEqual(['A4', 'Ares']);
    expect(b.trainingLength).toMatchObject({ space: 'A4', profileEpochs: 1 });
    expect(b.trainingLength?.points.map((p) => [p.epochs, p.supernet, p.imagesSeen]).sort()).toEqual([[1, 0, 512], [2, 0, 1024]]);

    // Each super-net recorded its share of the space's GS_ws runs (3 per super-net, runs 0-2). Toy super-nets stay at
    // chance and the study leaves failed ones out; read as trained, they give the study GS_ws on A4: C14's GS_ws
    // columns, C17's GS_bs vs GS_ws and Fig. 2's GS_ws curve.
    expect(b.replication.map((r) => r.wsGreedy?.runs.map((run) => run.run))).toEqual([[0, 1, 2], [0, 1, 2]]);
    const searchUnit = planProfile(options(merged)).find((u) => u.description.kind === SEARCH_KIND)!;
    const stored = { config: searchUnit.description.config as SearchUnitConfig, seed: searchUnit.description.seed, study: b.search! };
    const trained = b.replication.map((r) => ({ ...r, failed: null }));
    const [withGsWs] = withRecordedGsWs([stored], trained, options(merged).resources);
    const a4 = withGsWs.perSpace[0];
    expect(a4.curves.map((c) => c.algorithm)).toContain('GS_ws');
    expect(a4.oneShot.map((o) => o.comparison)).toEqual(expect.arrayContaining(['GS_ws vs RS_bs', 'GS_ws vs GS_bs']));
    expect(a4.late.map((l) => l.comparison)).toContain('GS_bs vs GS_ws');
    expect(a4.curves.filter((c) => c.algorithm !== 'GS_ws')).toEqual(b.search!.perSpace[0].curves.filter((c) => c.algorithm !== 'GS_ws'));

    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const report = await writeReport({ ...options(merged), reportsDir: reports });
    expect(existsSync(report.htmlPath)).toBe(true);
    const claims = JSON.parse(readFileSync(report.claimsPath, 'utf8'));
    expect(claims.profile).toBe('smoke');
    expect(claims.backend).toMatch(/^wasm/); // the backend with its device, e.g. "wasm (CPU)"
    expect(claims.claims.map((c: { id: string }) => c.id)).toEqual(Array.from({ length: 21 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`));
    const replicationLevels = claims.claims.flatMap((c: { levels: { level: string; verdict: string }[] }) =>
      c.levels.filter((l) => l.level === 'replication'),
    );
    expect(replicationLevels.length).toBeGreaterThan(0);
    // Self-describing: version, commit, seed, data files with checksums, and every planned unit reused from the store.
    expect(claims).toMatchObject({ wsReproVersion: expect.any(String), commit: expect.any(String), seed: options(merged).seed });
    for (const file of [...claims.groundTruths, ...claims.dataFiles]) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(claims.units.map((u: { status: string }) => u.status)).toEqual(claims.units.map(() => 'reused'));
    // C01 is judged as its atomic statements (no-ft range, gain, "270%", "almost 3 times", the audit's consistency).
    expect(claims.claims[0].statements.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(claims)).not.toMatch(/\/(work|home|root|tmp)\//);
    // Toy super-nets are not at the paper's scale: no replication level may claim to reproduce an absolute value.
    expect(readFileSync(report.htmlPath, 'utf8')).toContain('super-net');
    expect(readFileSync(report.htmlPath, 'utf8')).toContain('Correlation against training length on A4');
  }, 600_000);
});
