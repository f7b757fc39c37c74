/**
 * Replication levels of the Table 3 claims about absolute correlations (C02, C03, C05): below the paper's scale the
 * measured means are reported as not comparable; at the paper's scale each mean is compared with the printed one
 * through its t interval over the replicated super-nets.
 */
import { AUTHOR_SPACES, SETTINGS, type Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { meanInterval } from '../stats/interval.js';
import { PAPER_TABLE3, paperTable3Entry } from '../reanalysis/paper-table3.js';
import { judgePrinted, type PrintedCheck } from '../verdict/printed.js';
import { notAtPaperScale, skippedLevel } from '../verdict/skip.js';
import type { LevelResult } from '../verdict/verdict.js';
import type { EvidenceContext } from '../evidence/context.js';
import { isLevelResult, replicatedValues, replicationOr } from './replication.js';
import { mean } from '../stats/summary.js';

export function table3Replication(
  context: EvidenceContext,
  entries: readonly { setting: Setting; space: SpaceName }[] = SETTINGS.flatMap((setting) => AUTHOR_SPACES.map((space) => ({ setting, space }))),
): LevelResult {
  const r = replicationOr(context);
  if (isLevelResult(r)) return r;
  const measured = entries.flatMap(({ setting, space }) => {
    const values = replicatedValues(r, setting, space);
    return values && values.length > 0 ? [{ setting, space, values, mean: mean(values) }] : [];
  });
  const paper = PAPER_TABLE3.filter((c) => entries.some((x) => x.setting === c.setting && x.space === c.space));
  if (measured.length === 0) {
    return skippedLevel('replication', { missing: `replicated super-nets for ${entries.map((c) => `${c.setting}/${c.space}`).join(', ')}`, howToSupply: 'run a profile that covers these spaces and settings (ws-repro run --profile paper)' }, paper);
  }
  if (!r.paperScale) return notAtPaperScale('replication', measured, paper, `${r.profile} (${r.backend})`);
  const checks: PrintedCheck[] = measured.flatMap(({ setting, space, values, mean }) => {
    if (values.length < 2) return [];
    const ci = meanInterval(values, { quantile: 't', denominator: 'n-1', level: 0.95 });
    return [{ name: `Table 3 ${space} ${setting}: mean over ${values.length} super-nets (${mean.toFixed(3)}), 95% t interval`, printed: paperTable3Entry(setting, space).mean, decimals: 2, recomputed: { low: ci.low, high: ci.high } }];
  });
  if (checks.length === 0) return skippedLevel('replication', { missing: 'two or more super-nets per cell', howToSupply: 'ws-repro run --profile paper (5 super-nets per space and setting)' }, paper);
  return { ...judgePrinted('replication', checks, 'not reproduced', 'paper-scale replication: the printed mean must meet the 95% t interval of the replicated super-nets'), measured };
}
