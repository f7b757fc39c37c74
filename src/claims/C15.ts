import { judgePrinted, judgePrintedEach } from '../verdict/printed.js';
import { superiorityChecks } from '../audit/superiority.js';
import { C15_PROBABILITIES } from '../audit/paper-numbers.js';
import { probabilityOfSuperiority } from '../stats/effect-size.js';
import type { ClaimDefinition } from './claim.js';
import { universeNote } from './one-shot.js';
import { judgeSuperioritySignsAndOrder } from './superiority-order.js';

export const C15: ClaimDefinition = {
  id: 'C15',
  statement: 'The probability that a WS run beats random search under the same budget ranges from 7% (A4) to 78% (A1); about 61% on Afull (d = +0.44)',
  source: 'abstract, section 5.2',
  levels: {
    audit: () => ({ ...judgePrintedEach('audit', superiorityChecks(), 'inconsistent', 'probability of superiority Phi(d / sqrt 2) from the printed d'), paper: C15_PROBABILITIES }),
    search: (ctx) => {
      const study = ctx.searchStudy();
      const measured = C15_PROBABILITIES.map(({ space }) => ({
        space,
        probability: study.perSpace.find((s) => s.space === space)?.oneShot.find((o) => o.comparison === 'RS_ws vs RS_bs')?.probabilityOfSuperiority ?? null,
      }));
      if (study.universe !== 'official' || ctx.profile !== 'paper') return { ...judgeSuperioritySignsAndOrder(study, ctx.profile), measured };
      const checks = C15_PROBABILITIES.map(({ space, percent }) => {
        const o = study.perSpace.find((s) => s.space === space)?.oneShot.find((x) => x.comparison === 'RS_ws vs RS_bs');
        if (!o) throw new Error(`C15: the paper-scale study has no RS_ws vs RS_bs comparison on ${space}`);
        // d's standard error for two groups (Hedges & Olkin): sqrt(1/nA + 1/nB + d^2 / (2 (nA + nB))); the 95% range maps through Phi(d / sqrt 2).
        const se = Math.sqrt(1 / o.nA + 1 / o.nB + (o.d * o.d) / (2 * (o.nA + o.nB)));
        return { space, percent, se, o };
      });
      return {
        ...judgePrinted(
          'search',
          checks.map(({ space, percent, se, o }) => ({
            name: `P(WS run beats RS) on ${space}, 95% range from d +- 1.96 SE`,
            printed: percent / 100,
            decimals: 2,
            recomputed: { low: probabilityOfSuperiority(o.d - 1.96 * se), high: probabilityOfSuperiority(o.d + 1.96 * se) },
          })),
          'not reproduced',
          universeNote(study),
        ),
        measured,
      };
    },
  },
};
