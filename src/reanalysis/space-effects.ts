/**
 * C05 (section 5.3): with bns-ft, the number of output nodes moves the correlation (paper: 0.59 on A3 to 0.68 on
 * A1) and restricting to residual cells raises it (paper: 0.46 on Anres to 0.71 on Ares); the paper also says the
 * correlation is "25% smaller in Anres than in Afull". Computed from Table 3's independent runs.
 */
import type { SpaceName } from '../space/spaces.js';
import { summarize } from '../stats/summary.js';
import { welchTTest, type TTest } from '../stats/ttest.js';
import { paperTable3Entry } from './paper-table3.js';
import { independentValues, table3Entry, type Table3 } from './table3.js';

const OUTPUT_SPACES = ['A1', 'A2', 'A3', 'A4'] as const satisfies readonly SpaceName[];

export interface SpaceMean {
  readonly space: SpaceName;
  readonly mean: number;
  readonly paper: number;
}

export interface SpaceEffects {
  readonly outputs: {
    readonly means: readonly SpaceMean[];
    readonly min: SpaceMean;
    readonly max: SpaceMean;
    /** Welch test of the super-nets of the highest against the lowest of A1..A4. */
    readonly maxVsMin: TTest;
  };
  readonly residual: {
    readonly ares: SpaceMean;
    readonly anres: SpaceMean;
    readonly aresVsAnres: TTest;
  };
  /** 1 - Anres / Afull, computed and from the printed means (the paper's text says 25%). */
  readonly anresBelowAfull: { readonly computed: number; readonly printedMeans: number; readonly paperText: 0.25 };
}

function spaceMean(table: Table3, space: SpaceName): SpaceMean {
  return { space, mean: summarize(independentValues(table3Entry(table, 'bns-ft', space))).mean, paper: paperTable3Entry('bns-ft', space).mean };
}

const values = (table: Table3, space: SpaceName) => independentValues(table3Entry(table, 'bns-ft', space));

export function spaceEffects(table: Table3): SpaceEffects {
  const means = OUTPUT_SPACES.map((space) => spaceMean(table, space));
  const min = means.reduce((a, b) => (b.mean < a.mean ? b : a));
  const max = means.reduce((a, b) => (b.mean > a.mean ? b : a));
  const ares = spaceMean(table, 'Ares');
  const anres = spaceMean(table, 'Anres');
  const afull = spaceMean(table, 'Afull');
  return {
    outputs: { means, min, max, maxVsMin: welchTTest(values(table, max.space), values(table, min.space)) },
    residual: { ares, anres, aresVsAnres: welchTTest(values(table, 'Ares'), values(table, 'Anres')) },
    anresBelowAfull: { computed: 1 - anres.mean / afull.mean, printedMeans: 1 - anres.paper / afull.paper, paperText: 0.25 },
  };
}
