/**
 * Per-cell replication levels run the re-analysis' own analyses on this harness's scored cells. Fed with super-nets
 * hand-built from the authors' own bns-ft rows (test/report/report-inputs.ts), they must give exactly the
 * re-analysis numbers on the same rows: that checks the row layout, not the super-nets.
 */
import { describe, expect, test } from 'vitest';
import { createEvidenceContext } from '../../src/jobs/evidence-context.js';
import { claimById } from '../../src/claims/index.js';
import { evaluateLevel } from '../../src/claims/claim.js';
import { replicatedSets, replicationRows } from '../../src/claims/replication-cells.js';
import { replicationEvidence } from '../../src/evidence/replication-evidence.js';
import { PROFILES } from '../../src/experiments/profiles.js';
import { evaluationSets } from '../../src/reanalysis/evaluation-sets.js';
import { integrityFindings, independentSets } from '../../src/reanalysis/integrity.js';
import { conv3x3OnFirstVertex, subgroupBias } from '../../src/reanalysis/subgroup-bias.js';
import { authorsRows, handBuiltReplication } from '../report/report-inputs.js';

describe('per-cell replication evidence', () => {
  const all = authorsRows();
  const a4 = (supernet: number) => all.filter((r) => r.setting === 'bns-ft' && r.space === 'A4' && r.supernet === supernet);
  const results = [0, 1, 2].map((supernet) => handBuiltReplication('A4', supernet, a4(supernet)));

  test('rows carry the cells, proxies and all three runs', () => {
    const rows = replicationRows(results).filter((r) => r.setting === 'bns-ft');
    const original = [0, 1, 2].flatMap(a4);
    expect(rows).toHaveLength(original.length);
    expect(rows.map((r) => [r.proxyAccuracy, r.validationAccuracy, r.cell])).toEqual(original.map((r) => [r.proxyAccuracy, r.validationAccuracy, r.cell]));
  });

  test('C11 on hand-built super-nets equals the re-analysis of the same rows', async () => {
    const direct = evaluationSets([0, 1, 2].flatMap(a4));
    const expected = subgroupBias('x', independentSets(direct, integrityFindings(direct), 'bns-ft', 'A4'), conv3x3OnFirstVertex);
    const mine = replicatedSets(results);
    const got = subgroupBias('x', independentSets(mine.sets, mine.findings, 'bns-ft', 'A4'), conv3x3OnFirstVertex);
    expect(got.overEvaluationAcross).toEqual(expected.overEvaluationAcross);
    expect(got.standaloneAcross).toEqual(expected.standaloneAcross);

    const context = createEvidenceContext({ groundTruth: { kind: 'subset' }, replication: replicationEvidence(PROFILES.smoke.name, results) });
    const level = await evaluateLevel(claimById('C11'), 'replication', context);
    expect(level.verdict).not.toBe('skipped');
    // C10 needs A1 super-nets, which these results lack: skipped, saying so.
    const c10 = await evaluateLevel(claimById('C10'), 'replication', context);
    expect(c10.verdict).toBe('skipped');
    expect(c10.detail).toContain('on A1');
  });

  test('a failed super-net (proxies at chance) is left out, as from Table 3', async () => {
    const withFailed = [...results.slice(0, 2), { ...results[2], failed: 'mean proxy accuracy 0.1100 is at chance level' }];
    expect(replicatedSets(withFailed).bnsFt).toHaveLength(2);
    expect(replicatedSets(results).bnsFt).toHaveLength(3);
    const context = createEvidenceContext({ groundTruth: { kind: 'subset' }, replication: replicationEvidence(PROFILES.smoke.name, withFailed.slice(1)) });
    const c11 = await evaluateLevel(claimById('C11'), 'replication', context);
    expect(c11.verdict).toBe('skipped');
    expect(c11.detail).toContain('trained 1 that did not fail');
  });
});
