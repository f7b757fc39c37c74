import { combineLevel } from '../verdict/combine.js';
import type { ClaimDefinition } from './claim.js';
import { multimodality, type Multimodality } from '../reanalysis/multimodality.js';
import type { EvidenceLevel, LevelResult } from '../verdict/verdict.js';
import { perCellReplication } from './replication.js';
import { judgeUnnumbered, pairedEvidence } from './unquantified-claims.js';

export const C09: ClaimDefinition = {
  id: 'C09',
  statement: 'Proxy-accuracy distributions are much less regular than the standalone ones, often multi-modal (visible clusters)',
  source: 'section 5.3, Fig. 3',
  levels: {
    // Hartigan's dip decides: it measures the distance to unimodality itself. Sarle's bimodality coefficient also
    // rises with skewness, which the standalone accuracies have, so it is reported beside it, not judged.
    reanalysis: (ctx) => judgeModality('reanalysis', ctx.reanalysis().c09),
    replication: (ctx) =>
      perCellReplication(ctx, 2, 'bns-ft super-nets in all', (r) => judgeModality('replication', multimodality(r.sets, r.findings))),
  },
};

function judgeModality(level: EvidenceLevel, m: Multimodality): LevelResult {
  const dip = judgeUnnumbered(level, pairedEvidence(m.dip.difference, 'bns-ft runs'), `Hartigan's dip: proxy - standalone, paired over runs (proxy higher in ${m.dip.proxyHigher} of ${m.runs.length})`, 'greater', 'proxy distributions often multi-modal (Fig. 3)');
  const bc = m.bimodality;
  const result = combineLevel(level, [{ name: "Hartigan's dip", result: dip }]);
  return {
    ...result,
    measured: { dip: dip.measured, bimodalityCoefficient: { meanDifference: bc.difference.meanDifference, p: bc.difference.p, proxyHigher: bc.proxyHigher, proxyAboveThreshold: m.proxyAboveThreshold, standaloneAboveThreshold: m.standaloneAboveThreshold, runs: m.runs.length } },
    detail:
      `${result.detail} Reported, not judged: Sarle's bimodality coefficient, proxy - standalone ${bc.difference.meanDifference.toFixed(3)} (two-sided p ${bc.difference.p.toPrecision(2)}), ` +
      `proxy higher in ${bc.proxyHigher} of ${m.runs.length} runs; above ${m.bimodalityThreshold.toFixed(3)}: proxy ${m.proxyAboveThreshold}, standalone ${m.standaloneAboveThreshold}.`,
    rule: `${result.rule} (statistic: Hartigan's dip; the bimodality coefficient is confounded by skewness and only reported)`,
  };
}
