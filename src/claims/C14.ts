import { judgePrinted } from '../verdict/printed.js';
import { effectSizeChecks, pValueChecks, printedEntries } from '../audit/tables-4-5.js';
import type { ComparisonName } from '../audit/paper-numbers.js';
import type { ClaimDefinition } from './claim.js';
import { judgeOneShotColumns } from './one-shot.js';

const COLUMNS: readonly ComparisonName[] = ['RSbs-GSws', 'GSbs-RSws', 'GSbs-GSws'];

export const C14: ClaimDefinition = {
  id: 'C14',
  statement: 'Table 4 right and Table 5: regret differences, p-values and effect sizes for GS_ws vs RS_bs, and RS_ws / GS_ws vs GS_bs',
  source: 'Tables 4, 5',
  levels: {
    audit: () => {
      const entries = printedEntries(COLUMNS);
      return judgePrinted('audit', [...pValueChecks(entries), ...effectSizeChecks(entries)], 'inconsistent', 'Table 4 right and Table 5: p from d (100 vs 25 runs), d from mean / pooled SD');
    },
    search: (ctx) => judgeOneShotColumns(ctx.searchStudy(), COLUMNS),
  },
};
