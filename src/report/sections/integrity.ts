/** Integrity findings of the authors' raw evaluations: what was found, where, and whether the statistics drop it. */
import type { IntegrityFinding, IntegrityKind } from '../../reanalysis/integrity.js';
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import type { SectionView } from '../view.js';

const MEANING: Readonly<Record<IntegrityKind, string>> = {
  'failed-supernet': 'super-net gives every cell the same proxy accuracy (failed to converge; the paper\'s asterisks)',
  'chance-level': 'super-net\'s median proxy accuracy is within 1 point of chance (10%); kept, as the paper keeps it',
  'duplicate-run': 'run identical to another run (same cells, same proxy accuracies)',
  'repeated-cells': 'the same cell (official hash) evaluated more than once in one run; the paper says 1,000 unique cells',
  'outside-space': 'cell outside the space its run declares',
};

const KINDS = Object.keys(MEANING) as IntegrityKind[];

const where = (f: IntegrityFinding) => `${f.setting} / ${f.space}`;

export function integritySection(reanalysis: Reanalysis): SectionView {
  const findings = reanalysis.integrity;
  const present = KINDS.filter((k) => findings.some((f) => f.kind === k));
  return {
    id: 'integrity',
    title: "Integrity of the authors' data",
    intro:
      `Checks run on the ${reanalysis.rows.toLocaleString('en-US')} rows of the authors' raw evaluations before any statistic: ` +
      `${findings.length} finding(s) of ${present.length} kind(s). Only failed super-nets are left out of the statistics; ` +
      'exact copies of a run are also left out of the tests that need independent runs.',
    tables: [
      {
        caption: 'Findings by kind',
        columns: ['kind', 'meaning', 'findings', 'setting / space cells', 'runs or rows concerned', 'left out of the statistics'],
        rows: KINDS.map((kind) => {
          const of = findings.filter((f) => f.kind === kind);
          return [kind, MEANING[kind], of.length, of.map(where).join(', ') || null, of.reduce((sum, f) => sum + f.count, 0), of.length ? (of[0].excluded ? 'yes' : 'no') : null];
        }),
      },
      {
        caption: 'Every finding',
        columns: ['kind', 'setting', 'space', 'super-nets', 'count', 'detail'],
        rows: findings.map((f) => [f.kind, f.setting, f.space, f.supernets.join(', '), f.count, f.detail]),
      },
    ],
    figures: [],
  };
}
