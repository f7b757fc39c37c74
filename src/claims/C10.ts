import { paperSubgroupBias, RESIDUAL_ON_A1, type SubgroupBias } from '../reanalysis/subgroup-bias.js';
import type { EvidenceLevel, LevelResult } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { perCellReplication } from './replication.js';
import { judgeUnnumbered, pairedEvidence } from './unquantified-claims.js';

export const C10: ClaimDefinition = {
  id: 'C10',
  statement: 'On A1, cells with a residual connection are over-evaluated by the super-net',
  source: 'section 5.3, Fig. 4',
  levels: {
    reanalysis: (ctx) => judgeResidualBias('reanalysis', ctx.reanalysis().c10),
    replication: (ctx) =>
      perCellReplication(ctx, 2, 'bns-ft super-nets', (r) => judgeResidualBias('replication', paperSubgroupBias(RESIDUAL_ON_A1, r.sets, r.findings)), RESIDUAL_ON_A1.space),
  },
};

function judgeResidualBias(level: EvidenceLevel, b: SubgroupBias): LevelResult {
  return judgeUnnumbered(level, pairedEvidence(b.overEvaluationAcross, 'bns-ft super-nets'), `${b.subgroup}: over-evaluation (proxy rank - standalone rank) of the subgroup minus the rest`, 'greater', 'residual cells get better evaluations (Fig. 4 left)');
}
