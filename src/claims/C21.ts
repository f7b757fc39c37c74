import { supernetZeroCost, ZERO_COST_PROXIES, type SupernetZeroCost } from '../reanalysis/zero-cost.js';
import { combineLevel } from '../verdict/combine.js';
import { sampleEvidence } from '../verdict/t-evidence.js';
import type { ClaimDefinition } from './claim.js';
import type { EvidenceLevel, LevelResult } from '../verdict/verdict.js';
import { perCellReplication } from './replication.js';
import { judgeUnnumbered } from './unquantified-claims.js';

export const C21: ClaimDefinition = {
  id: 'C21',
  statement: "(beyond the paper) The super-net's proxy ranks cells better than a zero-cost proxy (trainable parameters, FLOPs, number of 3x3 convolutions, depth), and knows something beyond cell size (partial rank correlation with the standalone accuracy given the parameter count)",
  source: 'sections 5.1, 6 (implicit)',
  levels: {
    reanalysis: (ctx) => {
      const spaces = ctx.reanalysis().c21;
      const perSpace = spaces.map((s) => ({ space: s.space, superNet: s.meanSuperNet, zeroCost: s.meanZeroCost, partial: s.meanPartialGivenParameters }));
      return judgeZeroCost('reanalysis', spaces.flatMap((s) => s.supernets), perSpace);
    },
    replication: (ctx) =>
      perCellReplication(ctx, 2, 'bns-ft super-nets in all', (r) => {
        const supernets = r.bnsFt.map((set) => ({ space: set.space, ...supernetZeroCost(set, 'validation') }));
        const perSpace = supernets.map((s) => ({ space: s.space, supernet: s.supernet, superNet: s.superNet.rho, zeroCost: Object.fromEntries(ZERO_COST_PROXIES.map((p) => [p, s.zeroCost[p].rho])), partial: s.partialGivenParameters.rho }));
        return judgeZeroCost('replication', supernets, perSpace);
      }),
  },
};

/** Pooled over every independent bns-ft super-net given (each on its own cells). */
function judgeZeroCost(level: EvidenceLevel, supernets: readonly SupernetZeroCost[], perSpace: unknown): LevelResult {
  const parts = ZERO_COST_PROXIES.map((proxy) => ({
    name: `beats ${proxy}`,
    result: judgeUnnumbered(level, sampleEvidence(supernets.map((s) => s.superNet.rho - s.zeroCost[proxy].rho), 'super-nets'), `super-net rho - ${proxy} rho`, 'greater', 'implicit: WS beats zero-cost proxies'),
  }));
  parts.push({
    name: 'beyond size',
    result: judgeUnnumbered(level, sampleEvidence(supernets.map((s) => s.partialGivenParameters.rho), 'super-nets'), 'partial Spearman of proxy and standalone accuracy given parameters', 'greater', 'implicit: WS knows more than cell size'),
  });
  const result = combineLevel(level, parts);
  return { ...result, measured: { pooled: result.measured, perSpace } };
}
