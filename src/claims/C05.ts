import type { SpaceName } from '../space/spaces.js';
import { combineLevel } from '../verdict/combine.js';
import { exactly, judgePrinted } from '../verdict/printed.js';
import { judgeDirectional } from '../verdict/rules.js';
import { testEvidence, twoSampleEvidence } from '../verdict/t-evidence.js';
import { paperTable3Entry } from '../reanalysis/paper-table3.js';
import { replicatedValues } from './replication.js';
import { independentValues, table3Entry } from '../reanalysis/table3.js';
import type { ClaimDefinition } from './claim.js';
import { table3Replication } from './table3-replication.js';


export const C05: ClaimDefinition = {
  id: 'C05',
  statement: 'The search space matters: number of output nodes moves the correlation between 0.59 (A3) and 0.68 (A1); restricting to residual cells raises it from 0.46 (Anres) to 0.71 (Ares)',
  source: 'section 5.3',
  levels: {
    reanalysis: (ctx) => {
      const { table3, c05 } = ctx.reanalysis();
      const n = (space: SpaceName) => independentValues(table3Entry(table3, 'bns-ft', space)).length;
      const o = c05.outputs;
      const outputFigures = judgePrinted(
        'reanalysis',
        [
          { name: `lowest of A1..A4 (re-analysis: ${o.min.space}; paper: A3)`, printed: 0.59, decimals: 2, recomputed: exactly(o.min.space === 'A3' ? o.min.mean : NaN) },
          { name: `highest of A1..A4 (re-analysis: ${o.max.space}; paper: A1)`, printed: 0.68, decimals: 2, recomputed: exactly(o.max.space === 'A1' ? o.max.mean : NaN) },
        ],
        'not reproduced',
        're-analysed bns-ft means of A1..A4',
      );
      const residualFigures = judgePrinted(
        'reanalysis',
        [
          { name: 'Anres bns-ft mean', printed: 0.46, decimals: 2, recomputed: exactly(c05.residual.anres.mean) },
          { name: 'Ares bns-ft mean', printed: 0.71, decimals: 2, recomputed: exactly(c05.residual.ares.mean) },
        ],
        'not reproduced',
        're-analysed bns-ft means of Anres and Ares',
      );
      const outputs = judgeDirectional('reanalysis', testEvidence(o.max.mean - o.min.mean, o.maxVsMin, Math.min(n(o.max.space), n(o.min.space)), 'super-nets per space'), {
        what: `${o.max.space} - ${o.min.space} bns-ft correlation (Welch)`,
        direction: 'greater',
        paperEffect: 0.68 - 0.59,
        paper: { A1: 0.68, A3: 0.59 },
      });
      const res = c05.residual;
      const residual = judgeDirectional('reanalysis', testEvidence(res.ares.mean - res.anres.mean, res.aresVsAnres, Math.min(n('Ares'), n('Anres')), 'super-nets per space'), {
        what: 'Ares - Anres bns-ft correlation (Welch)',
        direction: 'greater',
        paperEffect: 0.71 - 0.46,
        paper: { Ares: 0.71, Anres: 0.46 },
      });
      return combineLevel('reanalysis', [
        { name: 'A1..A4 span 0.59 (A3) to 0.68 (A1)', result: outputFigures },
        { name: 'the number of output nodes moves the correlation (A1 above A3)', result: outputs },
        { name: 'Anres 0.46 and Ares 0.71', result: residualFigures },
        { name: 'restricting to residual cells raises the correlation (Ares above Anres)', result: residual },
      ]);
    },
    replication: (ctx) => {
      const magnitudes = table3Replication(ctx, (['A1', 'A3', 'Anres', 'Ares'] as const).map((space) => ({ setting: 'bns-ft' as const, space })));
      const r = ctx.replication;
      if (!r || r.paperScale) return magnitudes;
      // Below the paper's scale the printed correlations are not comparable, but their order is: the directions.
      const directions = (
        [
          ['A1', 'A3', 'the number of output nodes moves the correlation (A1 above A3)'],
          ['Ares', 'Anres', 'restricting to residual cells raises the correlation (Ares above Anres)'],
        ] as const
      ).flatMap(([high, low, name]) => {
        const a = replicatedValues(r, 'bns-ft', high);
        const b = replicatedValues(r, 'bns-ft', low);
        if (!a || !b || a.length < 2 || b.length < 2) return [];
        const paperEffect = paperTable3Entry('bns-ft', high).mean - paperTable3Entry('bns-ft', low).mean;
        const result = judgeDirectional('replication', twoSampleEvidence(a, b, a.length === b.length ? 'super-nets per space' : 'super-nets in the smaller space'), {
          what: `${high} - ${low} bns-ft correlation (${r.profile}, Student)`,
          direction: 'greater',
          paperEffect,
          paper: { [high]: paperTable3Entry('bns-ft', high).mean, [low]: paperTable3Entry('bns-ft', low).mean },
        });
        return [{ name, result }];
      });
      return directions.length === 0 ? magnitudes : combineLevel('replication', directions);
    },
  },
};
