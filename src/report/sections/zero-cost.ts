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
    ],
    figures: [],
  };
}
