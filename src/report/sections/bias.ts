/**
 * Distribution and subgroup statistics of the authors' bns-ft super-nets: C09 (are proxy distributions more often
 * multi-modal than the standalone ones?), C10 (residual cells on A1) and C11 (3x3 convolution on the first vertex
 * on A4), each as small tables of the named statistics and tests.
 */
import type { PairedTest } from '../../reanalysis/paired-test.js';
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import type { SubgroupBias } from '../../reanalysis/subgroup-bias.js';
import { AUTHOR_SPACES } from '../../authors/evaluations.js';
import { mean } from '../../stats/summary.js';
import type { SectionView, TableView } from '../view.js';

const pairedRow = (name: string, test: PairedTest): (string | number)[] => [name, test.n, test.meanDifference, test.t, test.df, test.p];

function multimodalityTables(reanalysis: Reanalysis): TableView[] {
  const m = reanalysis.c09;
  const spaces = AUTHOR_SPACES.filter((space) => m.runs.some((r) => r.space === space));
  return [
    {
      caption: `C09: proxy minus standalone, paired over ${m.runs.length} independent bns-ft runs (two-sided)`,
      columns: ['statistic', 'runs', 'mean difference', 't', 'df', 'p', 'runs with proxy higher'],
      rows: [
        [...pairedRow("Hartigan's dip", m.dip.difference), m.dip.proxyHigher],
        [...pairedRow("Sarle's bimodality coefficient", m.bimodality.difference), m.bimodality.proxyHigher],
      ],
    },
    {
      caption: `C09: per space, mean over runs (bimodality coefficient above ${m.bimodalityThreshold.toFixed(3)} suggests more than one mode: proxy ${m.proxyAboveThreshold}, standalone ${m.standaloneAboveThreshold} of ${m.runs.length} runs)`,
      columns: ['space', 'runs', 'dip, proxy', 'dip, standalone', 'bimodality, proxy', 'bimodality, standalone'],
      rows: spaces.map((space) => {
        const runs = m.runs.filter((r) => r.space === space);
        const avg = (f: (r: (typeof runs)[number]) => number) => mean(runs.map(f));
        return [space, runs.length, avg((r) => r.proxy.dip), avg((r) => r.standalone.dip), avg((r) => r.proxy.bimodality), avg((r) => r.standalone.bimodality)];
      }),
    },
  ];
}

function subgroupTables(claim: string, bias: SubgroupBias): TableView[] {
  return [
    {
      caption: `${claim}: ${bias.subgroup}, per super-net (over-evaluation = proxy rank minus standalone rank, as fractions of the set; Welch tests of subgroup vs rest)`,
      columns: ['super-net', 'subgroup cells', 'other cells', 'over-evaluation, subgroup', 'over-evaluation, rest', 't', 'p', 'standalone, subgroup', 'standalone, rest', 'p (standalone)'],
      rows: bias.supernets.map((s) => [
        s.supernet,
        s.subgroup.size,
        s.rest.size,
        s.subgroup.overEvaluation,
        s.rest.overEvaluation,
        s.overEvaluationTest.t,
        s.overEvaluationTest.p,
        s.subgroup.standalone,
        s.rest.standalone,
        s.standaloneTest.p,
      ]),
    },
    {
      caption: `${claim}: subgroup minus rest across super-nets (one-sample t-test of the per-super-net differences, two-sided)`,
      columns: ['quantity', 'super-nets', 'mean difference', 't', 'df', 'p'],
      rows: [pairedRow('over-evaluation', bias.overEvaluationAcross), pairedRow('standalone accuracy', bias.standaloneAcross)],
    },
  ];
}

export function biasSection(reanalysis: Reanalysis): SectionView {
  return {
    id: 'bias',
    title: 'Irregular proxy distributions and biased subgroups (C09-C11)',
    intro:
      `Statistics of the authors' independent bns-ft super-nets (failed runs and exact copies left out), the setting of the paper's Figs. 3-4: ` +
      `${reanalysis.c09.runs.length} runs for C09, ${reanalysis.c10.supernets.length} super-nets on A1 for C10 and ${reanalysis.c11.supernets.length} on A4 for C11.`,
    tables: [...multimodalityTables(reanalysis), ...subgroupTables('C10', reanalysis.c10), ...subgroupTables('C11', reanalysis.c11)],
    figures: [],
  };
}
