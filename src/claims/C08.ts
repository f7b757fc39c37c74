import { judgePrintedEach } from '../verdict/printed.js';
import { coverage, coverageChecks } from '../audit/space-sizes.js';
import { C08_COVERAGE } from '../audit/paper-numbers.js';
import type { ClaimDefinition } from './claim.js';

export const C08: ClaimDefinition = {
  id: 'C08',
  statement: '432 epochs x 157 mini-batches update the super-net with fewer than 67,824 unique architectures: enough to cover A4 or Ares, a tiny fraction of A2 or Afull',
  source: 'section 5.3',
  levels: {
    audit: (ctx) => ({
      ...judgePrintedEach('audit', coverageChecks(ctx.spaceSizes()), 'inconsistent', 'expected distinct cells N (1 - (1 - 1/N)^67,824) over enumerated sizes'),
      measured: coverage(ctx.spaceSizes()),
      paper: C08_COVERAGE,
    }),
  },
};
