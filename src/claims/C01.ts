import { AUTHOR_SPACES } from '../authors/evaluations.js';
import { increaseChecks, increaseRatio, type IncreaseDefinition } from '../audit/increase.js';
import { C01_INCREASE } from '../audit/paper-numbers.js';
import { paperMeanDifference } from '../reanalysis/paper-table3.js';
import { combineLevel } from '../verdict/combine.js';
import { exactly, judgePrinted, type PrintedCheck } from '../verdict/printed.js';
import { judgeDirectional } from '../verdict/rules.js';
import { skippedLevel } from '../verdict/skip.js';
import { sampleEvidence, testEvidence } from '../verdict/t-evidence.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { ClaimDefinition } from './claim.js';
import { isLevelResult, replicatedValues, replicationOr } from './replication.js';

/** C01's atomic statements, each judged on its own (src/verdict/statements.ts). */
const STATEMENTS = {
  noFtRange: 'without fine-tuning (no-ft) the correlations are poor, 0.08 to 0.34',
  gain: 'fine-tuning the batch-norm statistics (bns-ft) raises the average correlation',
  percent: 'the average correlation increases by 270%',
  almostTimes: 'bns-ft is "almost 3 times better"',
  sameIncrease: '"270%" and "almost 3 times" describe the same average increase',
};

const DEFINITIONS: readonly IncreaseDefinition[] = ['mean of per-space ratios', 'ratio of means'];
/** The paper's bns-ft - no-ft gain, from Table 3's printed means (average over the 7 spaces). */
const paperGain = paperMeanDifference('bns-ft', 'no-ft');

/** A ratio range over Table 3's rounding as the two figures read it: "x3.56-3.93 (+256..+293%)". */
function describeRatio(r: { low: number; high: number }): string {
  const pct = (v: number) => `+${Math.round(100 * (v - 1))}`;
  return `x${r.low.toFixed(2)}-${r.high.toFixed(2)} (${pct(r.low)}..${pct(r.high)}%)`;
}

/** Both figures must hold under one reading of "average increase"; the level reports every reading. */
function auditLevel(): LevelResult {
  const judged = DEFINITIONS.map((definition) => ({ definition, result: judgePrinted('audit', increaseChecks(definition), 'inconsistent', definition) }));
  const consistent = judged.find((j) => j.result.verdict === 'reproduced');
  return {
    level: 'audit',
    verdict: consistent ? 'reproduced' : 'inconsistent',
    measured: Object.fromEntries(DEFINITIONS.map((d) => [d, increaseRatio(d)])),
    paper: C01_INCREASE,
    detail: judged.map((j) => `[${j.definition}] ${j.result.detail}`).join(' '),
    rule: '"increases by 270%" (100 (ratio - 1), 2 significant digits) and "almost 3 times" (ratio in [2.5, 3]) recomputed from Table 3 over the rounding of its 14 means; consistent when one reading of the average satisfies both, otherwise inconsistent',
    statement: STATEMENTS.sameIncrease,
    ...(consistent ? {} : { discrepancy: 'material' as const, finding: DEFINITIONS.map((d) => `${d} ${describeRatio(increaseRatio(d))}`).join('; ') }),
  };
}

export const C01: ClaimDefinition = {
  id: 'C01',
  statement: 'Without batch-norm fine-tuning (no-ft) correlations are poor (0.08-0.34) with large variance; fine-tuning the batch-norm statistics (bns-ft) raises the average correlation by 270% ("almost 3 times better")',
  source: 'section 5.1, Table 3 left',
  levels: {
    audit: auditLevel,
    reanalysis: (ctx) => {
      const g = ctx.reanalysis().c01;
      const gain = judgeDirectional('reanalysis', testEvidence(g.test.meanDifference, g.test, g.test.n, 'spaces'), {
        what: 'bns-ft - no-ft mean correlation, paired over the 7 spaces',
        direction: 'greater',
        paperEffect: paperGain,
        paper: { meanGain: paperGain },
      });
      // Each figure under the reading of "average increase" the audit found to give it.
      const figure = (what: string, checks: PrintedCheck[]) => judgePrinted('reanalysis', checks, 'not reproduced', `${what}, from the re-analysed Table 3`);
      return combineLevel('reanalysis', [
        {
          name: STATEMENTS.noFtRange,
          result: figure('range of the no-ft space means', [
            { name: 'no-ft lowest space mean', printed: 0.08, decimals: 2, recomputed: exactly(g.noFtRange[0]) },
            { name: 'no-ft highest space mean', printed: 0.34, decimals: 2, recomputed: exactly(g.noFtRange[1]) },
          ]),
        },
        { name: STATEMENTS.gain, result: gain },
        {
          name: STATEMENTS.percent,
          result: figure('"270%" as 100 (mean of per-space ratios - 1)', [{ name: '"increases by 270%" as 100 (mean of per-space ratios - 1)', printed: C01_INCREASE.percent, decimals: -1, recomputed: exactly(100 * (g.meanOfRatios - 1)) }]),
        },
        {
          name: STATEMENTS.almostTimes,
          result: figure('"almost 3 times" as the ratio of means', [{ name: '"almost 3 times" as the ratio of means, in [2.5, 3]', printed: C01_INCREASE.almostTimes, decimals: 0, stated: { low: 2.5, high: 3 }, recomputed: exactly(g.ratioOfMeans) }]),
        },
      ]);
    },
    replication: (ctx) => {
      const r = replicationOr(ctx);
      if (isLevelResult(r)) return { ...r, statement: STATEMENTS.gain };
      // Same super-nets scored both ways: pair no-ft and bns-ft per super-net.
      const diffs = AUTHOR_SPACES.flatMap((space) => {
        const bns = replicatedValues(r, 'bns-ft', space);
        const no = replicatedValues(r, 'no-ft', space);
        return bns && no ? bns.map((b, i) => b - no[i]) : [];
      });
      if (diffs.length < 2) return { ...replicationMissingPairs(), measured: diffs, statement: STATEMENTS.gain };
      const gain = judgeDirectional('replication', sampleEvidence(diffs, 'super-nets'), {
        what: `bns-ft - no-ft correlation per super-net (${r.profile}, ${r.backend})`,
        direction: 'greater',
        paperEffect: paperGain,
        paper: { meanGain: paperGain },
      });
      return { ...gain, statement: STATEMENTS.gain };
    },
  },
};

function replicationMissingPairs(): LevelResult {
  return skippedLevel(
    'replication',
    { missing: 'at least two super-nets scored both with no-ft and bns-ft', howToSupply: 'run a profile that trains more super-nets (ws-repro run --profile cpu)' },
    { meanGain: paperGain },
  );
}
