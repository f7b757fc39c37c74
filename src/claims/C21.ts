import { ZERO_COST_PROXIES } from '../reanalysis/zero-cost.js';
import { combineLevel } from '../verdict/combine.js';
import { sampleEvidence } from '../verdict/t-evidence.js';
import type { ClaimDefinition } from './claim.js';
import { perCellReplicationMissing } from './replication.js';
import { judgeUnnumbered } from './unnumbered.js';

export const C21: ClaimDefinition = {
  id: 'C21',
  statement: "(beyond the paper) The super-net's proxy ranks cells better than a zero-cost proxy (trainable parameters, FLOPs, number of 3x3 convolutions, depth), and knows something beyond cell size (partial rank correlation with the standalone accuracy given the parameter count)",
  source: 'sections 5.1, 6 (implicit)',
  levels: {
    reanalysis: (ctx) => {
      const spaces = ctx.reanalysis().c21;
      const supernets = spaces.flatMap((s) => s.supernets);
      // Pooled over every independent bns-ft super-net of the seven spaces (each on its own 1,000 cells).
      const parts = ZERO_COST_PROXIES.map((proxy) => ({
        name: `beats ${proxy}`,
        result: judgeUnnumbered('reanalysis', sampleEvidence(supernets.map((s) => s.superNet.rho - s.zeroCost[proxy].rho), 'super-nets'), `super-net rho - ${proxy} rho`, 'greater', 'implicit: WS beats zero-cost proxies'),
      }));
      parts.push({
        name: 'beyond size',
        result: judgeUnnumbered('reanalysis', sampleEvidence(supernets.map((s) => s.partialGivenParameters.rho), 'super-nets'), 'partial Spearman of proxy and standalone accuracy given parameters', 'greater', 'implicit: WS knows more than cell size'),
      });
      const result = combineLevel('reanalysis', parts);
      return { ...result, measured: { pooled: result.measured, perSpace: spaces.map((s) => ({ space: s.space, superNet: s.meanSuperNet, zeroCost: s.meanZeroCost, partial: s.meanPartialGivenParameters })) } };
    },
    replication: () => perCellReplicationMissing(),
  },
};
