import type { ClaimDefinition } from './claim.js';
import { perCellReplicationMissing } from './replication.js';
import { judgeUnnumbered, pairedEvidence } from './unnumbered.js';

export const C10: ClaimDefinition = {
  id: 'C10',
  statement: 'On A1, cells with a residual connection are over-evaluated by the super-net',
  source: 'section 5.3, Fig. 4',
  levels: {
    reanalysis: (ctx) => {
      const b = ctx.reanalysis().c10;
      return judgeUnnumbered('reanalysis', pairedEvidence(b.overEvaluationAcross, 'bns-ft super-nets'), `${b.subgroup}: over-evaluation (proxy rank - standalone rank) of the subgroup minus the rest`, 'greater', 'residual cells get better evaluations (Fig. 4 left)');
    },
    replication: () => perCellReplicationMissing(),
  },
};
