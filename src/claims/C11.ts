import { combineLevel } from '../verdict/combine.js';
import type { ClaimDefinition } from './claim.js';
import { perCellReplicationMissing } from './replication.js';
import { judgeUnnumbered, pairedEvidence } from './unnumbered.js';

export const C11: ClaimDefinition = {
  id: 'C11',
  statement: 'On A4, a 3x3 convolution on the first node triggers over-evaluation, and that over-evaluated cluster has a poor average standalone accuracy',
  source: 'section 5.3, Fig. 4',
  levels: {
    reanalysis: (ctx) => {
      const b = ctx.reanalysis().c11;
      return combineLevel('reanalysis', [
        { name: 'over-evaluated', result: judgeUnnumbered('reanalysis', pairedEvidence(b.overEvaluationAcross, 'bns-ft super-nets'), `${b.subgroup}: over-evaluation of the subgroup minus the rest`, 'greater', 'over-evaluation (Fig. 4 right)') },
        { name: 'poor standalone accuracy', result: judgeUnnumbered('reanalysis', pairedEvidence(b.standaloneAcross, 'bns-ft super-nets'), `${b.subgroup}: standalone accuracy of the subgroup minus the rest`, 'less', 'the cluster\'s average standalone accuracy is particularly poor (5.3)') },
      ]);
    },
    replication: () => perCellReplicationMissing(),
  },
};
