/**
 * Seeded samplers over the distinct cells of a space (each isomorphism class once): uniform, and pro-rata to
 * the parameter count (paper 2.2.2, after [27]: larger cells train slower in a super-net, so they are drawn
 * more often). Draws come from the `Random` passed in; the samplers hold no state of their own.
 */
import { randomInt, type Random } from '../random.js';
import type { Cell } from './cell.js';
import type { CellTable } from './cell-table.js';
import { trainableParameters, type NetworkOptions } from './parameters.js';
import type { SpaceName } from './spaces.js';

export interface CellSampler {
  readonly space: SpaceName;
  /** Number of distinct cells in the space. */
  readonly size: number;
  /** A table index drawn from the sampler's distribution. */
  sampleIndex(random: Random): number;
  sample(random: Random): Cell;
}

export interface UniformSampler extends CellSampler {
  /** `count` distinct table indices, uniformly without replacement (a partial Fisher-Yates shuffle). */
  sampleDistinct(random: Random, count: number): number[];
}

export function uniformSampler(table: CellTable, space: SpaceName): UniformSampler {
  const indices = table.spaceIndices(space);
  return {
    space,
    size: indices.length,
    sampleIndex: (random) => indices[randomInt(random, indices.length)],
    sample: (random) => table.cell(indices[randomInt(random, indices.length)]),
    sampleDistinct(random, count) {
      if (count > indices.length) throw new Error(`sampler: ${count} distinct cells asked of ${space}, which has ${indices.length}`);
      const pool = indices.slice();
      for (let k = 0; k < count; k++) {
        const j = k + randomInt(random, pool.length - k);
        [pool[k], pool[j]] = [pool[j], pool[k]];
      }
      return Array.from(pool.subarray(0, count));
    },
  };
}

/** Probability of a cell proportional to its trainable parameters in the network described by `network`. */
export function proRataSampler(table: CellTable, space: SpaceName, network: NetworkOptions = {}): CellSampler {
  const indices = table.spaceIndices(space);
  const cumulative = new Float64Array(indices.length);
  let total = 0;
  indices.forEach((index, k) => {
    total += trainableParameters(table.cell(index), network);
    cumulative[k] = total;
  });
  const sampleIndex = (random: Random): number => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return indices[lo];
  };
  return { space, size: indices.length, sampleIndex, sample: (random) => table.cell(sampleIndex(random)) };
}
