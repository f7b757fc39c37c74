import { judgePrintedEach } from '../verdict/printed.js';
import { anresCorrelationCheck, sizeChecks } from '../audit/space-sizes.js';
import { C07_SIZES } from '../audit/paper-numbers.js';
import type { ClaimDefinition } from './claim.js';

export const C07: ClaimDefinition = {
  id: 'C07',
  statement: 'Space sizes: Afull about 400,000 (NAS-Bench-101: 423,624); A2 about 200,000 and twice as large as A3; Anres has 23% fewer architectures than Afull',
  source: 'section 5.3',
  levels: {
    // The same sentence also puts the Anres correlation 25% below Afull's; that is checked against Table 3.
    audit: () => judgePrintedEach('audit', [anresCorrelationCheck()], 'inconsistent', 'section 5.3 vs Table 3'),
    space: (ctx) => ({
      ...judgePrintedEach('space', sizeChecks(ctx.spaceSizes()), 'not reproduced', 'sizes by exhaustive enumeration'),
      paper: C07_SIZES,
    }),
  },
};
