import { combineLevel } from '../verdict/combine.js';
import { CONV3X3_FIRST_ON_A4, paperSubgroupBias, type SubgroupBias } from '../reanalysis/subgroup-bias.js';
import type { EvidenceLevel, LevelResult } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { perCellReplication } from './replication.js';
import { judgeUnnumbered, pairedEvidence } from './unquantified-claims.js';

export const C11: ClaimDefinition = {
  id: 'C11',
  statement: 'On A4, a 3x3 convolution on the first node triggers over-evaluation, and that over-evaluated cluster has a poor average standalone accuracy',
  source: 'section 5.3, Fig. 4',
  levels: {
    reanalysis: (ctx) => judgeConvBias('reanalysis', ctx.reanalysis().c11),
    replication: (ctx) =>
      perCellReplication(ctx, 2, 'bns-ft super-nets', (r) => judgeConvBias('replication', paperSubgroupBias(CONV3X3_FIRST_ON_A4, r.sets, r.findings)), CONV3X3_FIRST_ON_A4.space),
  },
};

function judgeConvBias(level: EvidenceLevel, b: SubgroupBias): LevelResult {
  return combineLevel(level, [
    { name: 'over-evaluated', result: judgeUnnumbered(level, pairedEvidence(b.overEvaluationAcross, 'bns-ft super-nets'), `${b.subgroup}: over-evaluation of the subgroup minus the rest`, 'greater', 'over-evaluation (Fig. 4 right)') },
    { name: 'poor standalone accuracy', result: judgeUnnumbered(level, pairedEvidence(b.standaloneAcross, 'bns-ft super-nets'), `${b.subgroup}: standalone accuracy of the subgroup minus the rest`, 'less', 'the cluster\'s average standalone accuracy is particularly poor (5.3)') },
  ]);
}
