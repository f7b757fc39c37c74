import { AUTHOR_SPACES } from '../authors/evaluations.js';
import { paperMeanDifference, paperTable3Entry } from '../reanalysis/paper-table3.js';
import { mean } from '../stats/summary.js';
import { VARIANTS, type Variant } from '../reanalysis/variants.js';
import { combineLevel } from '../verdict/combine.js';
import { judgeDirectional } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import { sampleEvidence, testEvidence } from '../verdict/t-evidence.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { isLevelResult, replicatedValues, replicationOr } from './replication.js';

/** The paper's improvement of a variant over bns-ft: mean over spaces of the printed Table 3 differences. */
const paperDelta = (v: Variant) => paperMeanDifference(v, 'bns-ft');
/** The paper's variance reduction: mean over spaces of log(printed half-width variant / bns-ft) (< 0 = reduction). */
const paperLogSdRatio = (v: Variant) => mean(AUTHOR_SPACES.map((s) => Math.log(paperTable3Entry(v, s).halfWidth / paperTable3Entry('bns-ft', s).halfWidth)));

export const C04: ClaimDefinition = {
  id: 'C04',
  statement: 'Each training variant (single-k, pro-rata, avg-3, s-k + p-r) gives a small improvement of the correlation over bns-ft and a slight variance reduction',
  source: 'section 5.1, Table 3 right',
  levels: {
    reanalysis: (ctx) =>
      combineLevel(
        'reanalysis',
        ctx.reanalysis().c04.flatMap((c) => [
          {
            name: `${c.variant} improvement`,
            result: judgeDirectional('reanalysis', testEvidence(c.deltaAcrossSupernets.meanDifference, c.deltaAcrossSupernets, c.deltaAcrossSupernets.n, 'variant super-nets'), {
              what: `${c.variant} - bns-ft correlation, each variant super-net against its space's bns-ft mean`,
              direction: 'greater',
              paperEffect: paperDelta(c.variant),
              paper: { meanDelta: paperDelta(c.variant) },
            }),
          },
          {
            name: `${c.variant} variance reduction`,
            result: judgeDirectional('reanalysis', testEvidence(c.logSdRatioAcrossSpaces.meanDifference, c.logSdRatioAcrossSpaces, c.logSdRatioAcrossSpaces.n, 'spaces'), {
              what: `log(SD ${c.variant} / SD bns-ft) over the 7 spaces`,
              direction: 'less',
              paperEffect: paperLogSdRatio(c.variant),
              paper: { meanLogHalfWidthRatio: paperLogSdRatio(c.variant) },
            }),
          },
        ]),
      ),
    replication: (ctx) => {
      const r = replicationOr(ctx);
      if (isLevelResult(r)) return r;
      const parts = VARIANTS.flatMap((variant) => {
        const deltas = AUTHOR_SPACES.flatMap((space) => {
          const base = replicatedValues(r, 'bns-ft', space);
          const values = replicatedValues(r, variant, space);
          return base && values && base.length > 0 ? values.map((v) => v - mean(base)) : [];
        });
        if (deltas.length < 2) return [];
        const result: LevelResult = judgeDirectional('replication', sampleEvidence(deltas, 'variant super-nets'), {
          what: `${variant} - bns-ft correlation (${r.profile})`,
          direction: 'greater',
          paperEffect: paperDelta(variant),
          paper: { meanDelta: paperDelta(variant) },
        });
        return [{ name: `${variant} improvement`, result }];
      });
      if (parts.length === 0) {
        return skippedLevel(
          'replication',
          { missing: 'two or more replicated super-nets of a training variant next to bns-ft', howToSupply: 'ws-repro run --profile cpu (trains avg-3) or --profile paper' },
          VARIANTS.map((v) => ({ variant: v, meanDelta: paperDelta(v) })),
        );
      }
      return combineLevel('replication', parts);
    },
  },
};
