import { exactly, judgePrinted } from '../verdict/printed.js';
import type { ClaimDefinition } from './claim.js';
import { table3Replication } from './table3-replication.js';


export const C02: ClaimDefinition = {
  id: 'C02',
  statement: 'With bns-ft, the Spearman correlation between proxy and standalone accuracy ranges from 0.46 (Anres) to 0.71 (Ares) across the seven spaces',
  source: 'abstract, section 5.1',
  levels: {
    reanalysis: (ctx) => {
      const r = ctx.reanalysis().c02;
      const result = judgePrinted(
        'reanalysis',
        [
          { name: `lowest bns-ft space mean (re-analysis: ${r.min.space}; paper: Anres)`, printed: 0.46, decimals: 2, recomputed: exactly(r.min.space === 'Anres' ? r.min.value : NaN) },
          { name: `highest bns-ft space mean (re-analysis: ${r.max.space}; paper: Ares)`, printed: 0.71, decimals: 2, recomputed: exactly(r.max.space === 'Ares' ? r.max.value : NaN) },
        ],
        'not reproduced',
        'range of the re-analysed bns-ft means (value and space must both match)',
      );
      return { ...result, measured: { min: r.min, max: r.max } };
    },
    replication: (ctx) => table3Replication(ctx, [{ setting: 'bns-ft', space: 'Anres' }, { setting: 'bns-ft', space: 'Ares' }]),
  },
};
