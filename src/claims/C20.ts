import { judgePrinted } from '../verdict/printed.js';
import { notAtPaperScale, skippedLevel } from '../verdict/skip.js';
import { significantDecimals, significantInterval } from '../audit/rounding.js';
import { C20_COST } from '../audit/paper-numbers.js';
import type { ClaimDefinition } from './claim.js';
import { isLevelResult, replicationOr } from './replication.js';

const hours = (C20_COST.secondsPerEvaluation * C20_COST.evaluations) / 3600;

export const C20: ClaimDefinition = {
  id: 'C20',
  statement: 'One proxy evaluation costs about 4 s, so a 10,000-evaluation search takes about ten hours',
  source: 'section 4.3',
  levels: {
    audit: () =>
      judgePrinted(
        'audit',
        [{ name: '4 s x 10,000 evaluations in hours ("around ten hours", one significant digit)', printed: C20_COST.hours, decimals: significantDecimals(C20_COST.hours, 1), stated: significantInterval(C20_COST.hours, 1), recomputed: { low: hours, high: hours } }],
        'inconsistent',
        'section 4.3 arithmetic',
      ),
    replication: (ctx) => {
      const r = replicationOr(ctx);
      if (isLevelResult(r)) return r;
      const seconds = r.secondsPerProxyEvaluation;
      if (seconds === undefined) {
        return skippedLevel('replication', { missing: 'a timed proxy evaluation in the replication results', howToSupply: 'run the super-net sweep with timing (ws-repro run records seconds per evaluation)' });
      }
      const measured = { secondsPerEvaluation: seconds, backend: r.backend, hoursFor10000: (seconds * C20_COST.evaluations) / 3600 };
      if (!r.paperScale) return notAtPaperScale('replication', measured, C20_COST, `${r.profile} (${r.backend})`);
      return {
        ...judgePrinted('replication', [{ name: `seconds per proxy evaluation on ${r.backend} ("around 4 seconds")`, printed: C20_COST.secondsPerEvaluation, decimals: 0, stated: significantInterval(C20_COST.secondsPerEvaluation, 1), recomputed: { low: seconds, high: seconds } }], 'not reproduced', 'measured cost at the paper\'s scale'),
        measured,
      };
    },
  },
};
