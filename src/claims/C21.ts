import type { Reanalysis } from '../reanalysis/reanalysis.js';
import { supernetZeroCost, ZERO_COST_PROXIES, type SupernetZeroCost } from '../reanalysis/zero-cost.js';
import { combineLevel } from '../verdict/combine.js';
import { sampleEvidence } from '../verdict/t-evidence.js';
import type { ClaimDefinition } from './claim.js';
import { judgeGuidedSearch } from './guided-search.js';
import type { EvidenceLevel, LevelResult } from '../verdict/verdict.js';
import { perCellReplication } from './replication.js';
import { judgeUnnumbered } from './unquantified-claims.js';

export const C21: ClaimDefinition = {
  id: 'C21',
  statement: "(beyond the paper) The super-net's proxy ranks cells better than a zero-cost proxy (trainable parameters, FLOPs, number of 3x3 convolutions, depth), and knows something beyond cell size (partial rank correlation with the standalone accuracy given the parameter count); a search it guides finds better cells than one the best zero-cost proxy guides, for the same compute",
  source: 'sections 5.1, 6 (implicit)',
  levels: {
    reanalysis: (ctx) => {
      const spaces = ctx.reanalysis().c21;
      const perSpace = spaces.map((s) => ({ space: s.space, superNet: s.meanSuperNet, zeroCost: s.meanZeroCost, partial: s.meanPartialGivenParameters }));
      const counting = judgeZeroCost('reanalysis', spaces.flatMap((s) => s.supernets), perSpace);
      return withTrainingFree(counting, ctx.reanalysis().c21TrainingFree);
    },
    replication: (ctx) =>
      perCellReplication(ctx, 2, 'bns-ft super-nets in all', (r) => {
        const supernets = r.bnsFt.map((set) => ({ space: set.space, ...supernetZeroCost(set, 'validation') }));
        const perSpace = supernets.map((s) => ({ space: s.space, supernet: s.supernet, superNet: s.superNet.rho, zeroCost: Object.fromEntries(ZERO_COST_PROXIES.map((p) => [p, s.zeroCost[p].rho])), partial: s.partialGivenParameters.rho }));
        return judgeZeroCost('replication', supernets, perSpace);
      }),
    search: (ctx) => judgeGuidedSearch(ctx.searchStudy()),
  },
};

/** Pooled over every independent bns-ft super-net given (each on its own cells). */
function judgeZeroCost(level: EvidenceLevel, supernets: readonly SupernetZeroCost[], perSpace: unknown): LevelResult {
  const parts = ZERO_COST_PROXIES.map((proxy) => ({
    name: `beats ${proxy}`,
    result: judgeUnnumbered(level, sampleEvidence(supernets.map((s) => s.superNet.rho - s.zeroCost[proxy].rho), 'super-nets'), `super-net rho - ${proxy} rho`, 'greater', 'implicit: WS beats zero-cost proxies'),
  }));
  parts.push({
    name: 'beyond size',
    result: judgeUnnumbered(level, sampleEvidence(supernets.map((s) => s.partialGivenParameters.rho), 'super-nets'), 'partial Spearman of proxy and standalone accuracy given parameters', 'greater', 'implicit: WS knows more than cell size'),
  });
  const result = combineLevel(level, parts);
  return { ...result, measured: { pooled: result.measured, perSpace } };
}

/**
 * The field's training-free proxies (src/nn/zero-cost, recorded on a sample of the authors' cells) judged as the
 * counting rules are: per proxy, super-net rho minus proxy rho pooled over every independent bns-ft super-net, a
 * directional t-test with the power for a medium effect; per space, the paired tests are in `measured`.
 */
function withTrainingFree(counting: LevelResult, trainingFree: Reanalysis['c21TrainingFree']): LevelResult {
  const { recorded, spaces } = trainingFree;
  if (spaces.length === 0) return counting;
  const supernets = spaces.flatMap((s) => s.supernets);
  const parts = recorded.proxies.map((proxy) => ({
    name: `beats ${proxy} (training-free, ${recorded.network.name} network)`,
    result: judgeUnnumbered('reanalysis', sampleEvidence(supernets.map((s) => s.superNet - s.proxies[proxy]), 'super-nets'), `super-net rho - ${proxy} rho on ${recorded.sample.perSupernet} sampled cells per super-net`, 'greater', 'implicit: WS beats zero-cost proxies'),
  }));
  const result = combineLevel('reanalysis', [{ name: 'counting rules', result: counting }, ...parts]);
  const perSpace = spaces.map((s) => ({
    space: s.space,
    supernets: s.supernets.length,
    superNet: s.meanSuperNet,
    proxies: Object.fromEntries(recorded.proxies.map((p) => [p, { rho: s.meanProxy[p], superNetMinusProxy: s.superNetMinusProxy[p] }])),
  }));
  return {
    ...result,
    measured: {
      countingRules: counting.measured,
      trainingFree: { sample: recorded.sample, network: recorded.network, init: recorded.init, secondsPerCell: recorded.secondsPerCell, perSpace },
    },
  };
}
