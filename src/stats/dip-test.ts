/**
 * Hartigan's dip test of unimodality: the p-value is the share of uniform samples of the same size whose dip is at
 * least the observed one (the uniform is the least favourable unimodal null, Hartigan & Hartigan 1985). Simulated
 * with the `random` passed in, instead of interpolating the published table.
 */
import type { Random } from '../random.js';
import { dipStatistic, type Dip } from './dip.js';

export interface DipTest extends Dip {
  readonly p: number;
  readonly simulations: number;
}

export function dipTest(values: readonly number[], { random, simulations = 1000 }: { random: Random; simulations?: number }): DipTest {
  const observed = dipStatistic(values);
  let atLeast = 0;
  for (let s = 0; s < simulations; s++) {
    const uniform = Array.from({ length: values.length }, () => random());
    if (dipStatistic(uniform).dip >= observed.dip) atLeast++;
  }
  // (1 + count) / (1 + simulations): never exactly 0, valid for a finite simulation.
  return { ...observed, p: (1 + atLeast) / (1 + simulations), simulations };
}
