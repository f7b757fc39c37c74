import { judgePrintedEach } from '../verdict/printed.js';
import { sizeCorrelation } from '../audit/space-sizes.js';
import { C06_SIZE_CORRELATION } from '../audit/paper-numbers.js';
import type { ClaimDefinition } from './claim.js';

export const C06: ClaimDefinition = {
  id: 'C06',
  statement: 'Spearman between the bns-ft average correlation and the search-space size is -0.71 (p = 0.07)',
  source: 'section 5.3',
  levels: {
    audit: (ctx) => {
      const r = sizeCorrelation(ctx.spaceSizes());
      return {
        ...judgePrintedEach('audit', r.checks, 'inconsistent', 'Table 3 bns-ft means vs enumerated sizes, n = 7'),
        paper: C06_SIZE_CORRELATION,
        measured: { rho: r.rho, p: r.p, sizes: ctx.spaceSizes() },
      };
    },
  },
};
