/**
 * C21 extended to the field's training-free proxies (src/nn/zero-cost): per space, on a seeded sample of the cells
 * each independent bns-ft super-net of the authors scored, the Spearman correlation with the mean standalone
 * validation accuracy of the super-net's proxy and of every zero-cost proxy on the same cells, and per proxy the
 * paired t-test over super-nets of super-net rho minus proxy rho (the test C21 uses for the counting rules).
 * The zero-cost scores are computed with tfjs elsewhere (too costly for every one of the 151,644 cells) and recorded
 * (results/zero-cost-authors.json); this module only reads them by cell hash.
 */
import { AUTHOR_SPACES } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';
import { derivedRandom, shuffled } from '../random.js';
import { cellHash } from '../space/hash.js';
import { spearman } from '../stats/spearman.js';
import { mean } from '../stats/summary.js';
import type { EvaluationSet } from './evaluation-sets.js';
import { independentSets, type IntegrityFinding } from './integrity.js';
import { pairedDifferenceTest, type PairedTest } from './paired-test.js';

/** The rows of one super-net's evaluation set that the sample takes: `perSupernet` of them, seeded by (seed, set). */
export function sampledRows(set: EvaluationSet, perSupernet: number, seed: number): number[] {
  const order = shuffled(derivedRandom(seed, `training-free/${set.space}/${set.supernet}`), set.rows.map((_, i) => i));
  return order.slice(0, Math.min(perSupernet, order.length)).sort((a, b) => a - b);
}

/** The independent bns-ft sets of every space with their sampled rows. */
export function trainingFreeSample(
  sets: readonly EvaluationSet[],
  findings: readonly IntegrityFinding[],
  perSupernet: number,
  seed: number,
): { set: EvaluationSet; rows: number[] }[] {
  return AUTHOR_SPACES.flatMap((space) => independentSets(sets, findings, 'bns-ft', space).map((set) => ({ set, rows: sampledRows(set, perSupernet, seed) })));
}

export type ProxyScores = Readonly<Record<string, number | null>>;

export interface SupernetTrainingFree {
  readonly supernet: number;
  readonly cells: number;
  readonly superNet: number;
  /** Proxy -> Spearman with the standalone accuracy on the same cells. */
  readonly proxies: Readonly<Record<string, number>>;
}

export interface SpaceTrainingFree {
  readonly space: SpaceName;
  readonly supernets: readonly SupernetTrainingFree[];
  readonly meanSuperNet: number;
  readonly meanProxy: Readonly<Record<string, number>>;
  /** Paired over super-nets: super-net rho minus proxy rho (two-sided). */
  readonly superNetMinusProxy: Readonly<Record<string, PairedTest>>;
}

/**
 * The comparison for `proxies`, on the sampled cells that have recorded scores (by cell hash: all of them for the
 * authors' data, which perf/zero-cost-authors.ts checks when recording; none for synthetic rows). A cell without a
 * finite score for a proxy is left out of that proxy's correlation, and the super-net's is then computed on the
 * same cells. Super-nets with fewer than 3 scored cells and spaces with fewer than 2 such super-nets are left out.
 */
export function trainingFreeComparison(
  sample: readonly { set: EvaluationSet; rows: number[] }[],
  scores: ReadonlyMap<string, ProxyScores>,
  proxies: readonly string[],
): SpaceTrainingFree[] {
  return AUTHOR_SPACES.flatMap((space) => {
    const supernets = sample
      .filter((s) => s.set.space === space)
      .map(({ set, rows }) => ({ set, scored: rows.flatMap((i) => {
        const s = scores.get(cellHash(set.rows[i].cell));
        return s ? [{ i, s }] : [];
      }) }))
      .filter(({ scored }) => scored.length >= 3)
      .map(({ set, scored }) => {
        const truth = scored.map(({ i }) => set.meanValidation[i]);
        const superNetScores = scored.map(({ i }) => set.proxy[i]);
        const pairOn = (proxy: string) => {
          const keep = scored.flatMap(({ s }, j) => (typeof s[proxy] === 'number' && Number.isFinite(s[proxy]) ? [j] : []));
          return {
            proxy: spearman(keep.map((j) => scored[j].s[proxy] as number), keep.map((j) => truth[j])).rho,
            superNet: spearman(keep.map((j) => superNetScores[j]), keep.map((j) => truth[j])).rho,
          };
        };
        const paired = Object.fromEntries(proxies.map((p) => [p, pairOn(p)]));
        return {
          supernet: set.supernet,
          cells: scored.length,
          superNet: spearman(superNetScores, truth).rho,
          proxies: Object.fromEntries(proxies.map((p) => [p, paired[p].proxy])),
          differences: Object.fromEntries(proxies.map((p) => [p, paired[p].superNet - paired[p].proxy])),
        };
      });
    if (supernets.length < 2) return [];
    return [
      {
        space,
        supernets: supernets.map(({ differences: _, ...s }) => s),
        meanSuperNet: mean(supernets.map((s) => s.superNet)),
        meanProxy: Object.fromEntries(proxies.map((p) => [p, mean(supernets.map((s) => s.proxies[p]))])),
        superNetMinusProxy: Object.fromEntries(proxies.map((p) => [p, pairedDifferenceTest(supernets.map((s) => s.differences[p]))])),
      },
    ];
  });
}
