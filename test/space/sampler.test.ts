import { describe, expect, it } from 'vitest';
import { loadCellTable } from '../../src/space/cell-table.js';
import { proRataSampler, uniformSampler } from '../../src/space/sampler.js';
import { trainableParameters } from '../../src/space/parameters.js';
import { inSpace } from '../../src/space/spaces.js';
import { derivedRandom } from '../../src/random.js';

describe('samplers', () => {
  const table = loadCellTable({ cacheDir: null });

  it('draws uniformly from the distinct cells of a space, repeatably', () => {
    const sampler = uniformSampler(table, 'A4');
    expect(sampler.size).toBe(10467); // the A4 size of the enumeration (cell-table.test.ts)
    const draw = (seed: number): number[] => {
      const random = derivedRandom(seed, 'sampler');
      return [...Array(2000)].map(() => sampler.sampleIndex(random));
    };
    const a = draw(1);
    expect(draw(1)).toEqual(a);
    expect(draw(2)).not.toEqual(a);
    for (const i of a.slice(0, 100)) expect(inSpace('A4', table.cell(i))).toBe(true);
    // 2,000 uniform draws from 10,467 cells: expected distinct = N(1 - (1 - 1/N)^2000) = 1,821.4 (closed form);
    // its standard deviation is about 12, so +-60 is a 5-sigma band.
    expect(Math.abs(new Set(a).size - 1821.4)).toBeLessThan(60);
  });

  it('draws distinct cells without replacement', () => {
    const sampler = uniformSampler(table, 'Ares');
    const picked = sampler.sampleDistinct(derivedRandom(3, 'distinct'), 1000);
    expect(new Set(picked).size).toBe(1000);
    expect(() => uniformSampler(table, 'A4').sampleDistinct(derivedRandom(3), 20000)).toThrow(/10467/);
  });

  it('draws pro-rata to the parameter count', () => {
    const sampler = proRataSampler(table, 'A4', { initialFilters: 16 });
    const random = derivedRandom(4, 'pro-rata');
    const n = 20000;
    let drawn = 0;
    for (let k = 0; k < n; k++) drawn += trainableParameters(table.cell(sampler.sampleIndex(random)), { initialFilters: 16 });
    // Under pro-rata sampling the mean parameter count of a draw is E[w^2]/E[w] over the space (size-biased mean),
    // computed here from the table; it exceeds the uniform mean E[w].
    const weights = Array.from(table.spaceIndices('A4'), (i) => trainableParameters(table.cell(i), { initialFilters: 16 }));
    const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
    const biased = weights.reduce((a, b) => a + b * b, 0) / weights.reduce((a, b) => a + b, 0);
    expect(biased).toBeGreaterThan(mean);
    expect(Math.abs(drawn / n - biased) / biased).toBeLessThan(0.01);
  });
});
