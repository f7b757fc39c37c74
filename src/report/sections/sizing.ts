/** How the profile's super-nets were sized for the directional claims (src/claims/replication-sizing.ts). */
import { replicationSizing } from '../../claims/replication-sizing.js';
import { profileNamed } from '../../experiments/profiles.js';
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import type { SectionView } from '../view.js';

export function sizingSection(profile: string, reanalysis: Reanalysis): SectionView {
  const rows = replicationSizing(profileNamed(profile).replication, { c10: reanalysis.c10.overEvaluationAcross, c11: reanalysis.c11.overEvaluationAcross });
  return {
    id: 'sizing',
    title: `Super-nets per test: the ${profile} profile's power`,
    intro:
      'For each directional test of a replication level: the effect to detect and the standard deviation across super-nets expected before the run, ' +
      'with their sources, the super-nets a one-sided t-test at alpha 0.05 needs for power 0.8 (per group for two-sample tests), the super-nets this profile ' +
      "trains for it and their power (src/stats/power.ts). Each verdict's own power, at the variance the run met, is in its claim.",
    tables: [
      {
        caption: 'Sizing of the replication levels',
        columns: ['claim', 'test', 'effect', 'effect from', 'SD', 'SD from', 'd', 'design', 'needed', 'planned', 'power'],
        rows: rows.map((r) => [r.claim, r.test, r.effect ?? null, r.effectSource, r.sd ?? null, r.sdSource, r.d, r.design, r.needed, r.planned, r.power]),
      },
    ],
    figures: [],
  };
}
