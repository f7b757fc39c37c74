import { judgePrintedEach } from '../verdict/printed.js';
import { powerAudit, powerChecks } from '../audit/power-claim.js';
import { C18_POWER_CLAIM } from '../audit/paper-numbers.js';
import type { ClaimDefinition } from './claim.js';

export const C18: ClaimDefinition = {
  id: 'C18',
  statement: '25 WS runs against 100 baseline runs are enough to measure any effect of at least medium size with power 0.8 at alpha 0.05',
  source: 'section 4.3',
  levels: {
    audit: () => {
      const audit = powerAudit();
      const result = judgePrintedEach('audit', powerChecks(audit), 'inconsistent', 'power of the independent t-test (non-central t)');
      return {
        ...result,
        measured: audit,
        paper: C18_POWER_CLAIM,
        detail: `${result.detail} Power of 25 vs 100 runs at d = 0.5: ${audit.power.toFixed(3)} two-sided (${audit.powerOneSided.toFixed(3)} one-sided); equal groups would need ${audit.equalGroupsNeeded} each.`,
        power: { effect: C18_POWER_CLAIM.d, effectUnit: "Cohen's d", alpha: C18_POWER_CLAIM.alpha, achieved: audit.power, n: C18_POWER_CLAIM.wsRuns, nFor80: audit.wsRunsNeeded },
      };
    },
  },
};
