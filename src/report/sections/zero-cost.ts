/** C21 (beyond the paper): the super-net's proxy against zero-cost proxies on the same cells, per space. */
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import { ZERO_COST_PROXIES } from '../../reanalysis/zero-cost.js';
import type { SectionView } from '../view.js';

const NAMES = { parameters: 'trainable parameters', flops: 'FLOPs', conv3x3: '3x3 convolutions', depth: 'depth' } as const;

export function zeroCostSection(reanalysis: Reanalysis): SectionView {
  const spaces = reanalysis.c21;
  const supernets = spaces.reduce((sum, s) => sum + s.supernets.length, 0);
  return {
    id: 'zero-cost',
    title: 'Super-net vs zero-cost proxies (C21)',
    intro:
      `On the same cells and the ${supernets} independent bns-ft super-nets of the authors' data (${spaces.length} spaces), the mean Spearman correlation with the ` +
      'mean standalone validation accuracy of the super-net\'s proxy and of four proxies that need no training, the partial correlation of the proxy given the ' +
      'parameter count (what the super-net knows beyond cell size), and paired t-tests over super-nets of the super-net\'s correlation minus each zero-cost one.',
    tables: [
      {
        caption: 'Mean Spearman correlation with the standalone accuracy, per space',
        columns: ['space', 'super-nets', 'super-net proxy', ...ZERO_COST_PROXIES.map((p) => NAMES[p]), 'proxy given parameters (partial)'],
        rows: spaces.map((s) => [s.space, s.supernets.length, s.meanSuperNet, ...ZERO_COST_PROXIES.map((p) => s.meanZeroCost[p]), s.meanPartialGivenParameters]),
      },
      {
        caption: 'Super-net rho minus zero-cost rho, paired over super-nets (two-sided)',
        columns: ['space', 'zero-cost proxy', 'super-nets', 'mean difference', 't', 'df', 'p'],
        rows: spaces.flatMap((s) =>
          ZERO_COST_PROXIES.map((p) => {
            const test = s.superNetMinusZeroCost[p];
            return [s.space, NAMES[p], test.n, test.meanDifference, test.t, test.df, test.p];
          }),
        ),
      },
      ...trainingFreeTables(reanalysis.c21TrainingFree),
    ],
    figures: [],
  };
}

/** The field's training-free proxies on the recorded sample of the authors' cells (results/zero-cost-authors.json). */
function trainingFreeTables({ recorded, spaces }: Reanalysis['c21TrainingFree']): SectionView['tables'] {
  if (spaces.length === 0) return [];
  const where = `${recorded.sample.perSupernet} sampled cells per bns-ft super-net, ${recorded.network.name} network, ${recorded.init} initialisation`;
  return [
    {
      caption: `Training-free proxies (src/nn/zero-cost): mean Spearman correlation with the standalone accuracy, per space (${where})`,
      columns: ['space', 'super-nets', 'super-net proxy', ...recorded.proxies],
      rows: spaces.map((s) => [s.space, s.supernets.length, s.meanSuperNet, ...recorded.proxies.map((p) => s.meanProxy[p])]),
    },
    {
      caption: 'Training-free proxies: super-net rho minus proxy rho, paired over super-nets (two-sided)',
      columns: ['space', 'proxy', 'super-nets', 'mean difference', 't', 'df', 'p'],
      rows: spaces.flatMap((s) =>
        recorded.proxies.map((p) => {
          const test = s.superNetMinusProxy[p];
          return [s.space, p, test.n, test.meanDifference, test.t, test.df, test.p];
        }),
      ),
    },
    {
      caption: 'Cost of each training-free proxy: mean seconds per cell on the recording machine (a shared 2-core CPU, wasm); a super-net costs its training plus a forward pass per scored cell',
      columns: ['proxy', 'seconds per cell'],
      rows: Object.entries(recorded.secondsPerCell).map(([p, v]) => [p, v]),
    },
  ];
}
