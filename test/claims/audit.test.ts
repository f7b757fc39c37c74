import { describe, expect, test } from 'vitest';
import { increaseRatio } from '../../src/audit/increase.js';
import { powerAudit } from '../../src/audit/power-claim.js';
import { significantInterval } from '../../src/audit/rounding.js';
import { coverage, expectedDistinct } from '../../src/audit/space-sizes.js';
import { superiorityChecks } from '../../src/audit/superiority.js';
import { classify, pValueChecks, printedEntries, recomputedPRange } from '../../src/audit/tables-4-5.js';
import { checkPrinted } from '../../src/verdict/printed.js';

// Reference values: scipy 1.17 (stats.t.sf, stats.nct.cdf, stats.norm.cdf, optimize.brentq), run by hand for this file.

describe('Tables 4 and 5', () => {
  test('p recomputed from d with 100 vs 25 runs (t = d sqrt(20), df 123, two-sided)', () => {
    const r = recomputedPRange(0.44); // Afull RSbs-RSws
    expect(r.low).toBeCloseTo(0.04879759460174181, 6); // 2 t.sf(0.445 sqrt(20), 123)
    expect(r.high).toBeCloseTo(0.05401087588991512, 6); // 2 t.sf(0.435 sqrt(20), 123)
  });

  test('exactly one printed p of the 28 disagrees with its d: Table 4, Afull, RSbs-RSws', () => {
    const bad = pValueChecks(printedEntries()).map(checkPrinted).filter((c) => !c.agrees);
    expect(bad.map((c) => c.name)).toEqual(['Table 4, Afull, RSbs-RSws: p from d = 0.44']);
  });

  test('significance classes: Afull straddles 0.05, A2 is not significant, A4 worse', () => {
    expect(classify(0.44)).toBe('undecided');
    expect(classify(0.42)).toBe('not significant'); // p in [0.0597, 0.0659]
    expect(classify(-0.85)).toBe('worse');
  });
});

describe('printed figures', () => {
  test('probability of superiority Phi(d / sqrt 2)', () => {
    const [a4, a1, afull] = superiorityChecks();
    expect(a4.recomputed.low).toBeCloseTo(0.27273027965878516, 8); // norm.cdf(-0.855 / sqrt 2)
    expect(a1.recomputed.high).toBeCloseTo(0.780617955058001, 8); // norm.cdf(1.095 / sqrt 2)
    expect(afull.recomputed.low).toBeCloseTo(0.6208033864770583, 8); // norm.cdf(0.435 / sqrt 2)
  });

  test('C18 power of 25 vs 100 runs at d = 0.5', () => {
    const a = powerAudit();
    expect(a.power).toBeCloseTo(0.6020507311268603, 5); // 1 - nct.cdf(t.ppf(.975,123),123,0.5 sqrt(20)) + nct.cdf(-t.ppf(.975,123),...)
    expect(a.detectableD).toBeCloseTo(0.6313970917869306, 4); // brentq on the same power
    expect(a.wsRunsNeeded).toBe(47); // first n with power >= 0.8 against 100: 0.8019
  });

  test('270% under both readings of the average (Table 3, 14 rounded means)', () => {
    const meanOfRatios = increaseRatio('mean of per-space ratios');
    expect(meanOfRatios.low).toBeCloseTo(3.5601984090339434, 8); // mean((bns - .005) / (noft + .005))
    expect(meanOfRatios.high).toBeCloseTo(3.92716277273102, 8);
    const ratioOfMeans = increaseRatio('ratio of means');
    expect(ratioOfMeans.low).toBeCloseTo(2.8316498316498318, 8); // (mean(bns) - .005) / (mean(noft) + .005)
    expect(ratioOfMeans.high).toBeCloseTo(3.021201413427562, 8);
  });

  test('significant-digit intervals', () => {
    expect(significantInterval(400_000, 1)).toEqual({ low: 350_000, high: 450_000 });
    expect(significantInterval(23, 2)).toEqual({ low: 22.5, high: 23.5 });
  });
});

describe('coverage of 67,824 uniform draws', () => {
  test('expected distinct draws: closed form against small exact cases', () => {
    // 2 draws from 2 cells: 1 distinct with prob 1/2, 2 with prob 1/2 -> 1.5.
    expect(expectedDistinct(2, 2)).toBeCloseTo(1.5, 12);
    // 3 draws from 3: E = 3 (1 - (2/3)^3) = 19/9.
    expect(expectedDistinct(3, 3)).toBeCloseTo(19 / 9, 12);
  });

  test('fractions for sizes of the order of the spaces', () => {
    const sizes = { A1: 120_933, A2: 201_441, A3: 90_782, A4: 10_467, Afull: 423_624, Ares: 81_020, Anres: 342_604 };
    const byName = Object.fromEntries(coverage(sizes).map((c) => [c.space, c.fraction]));
    // 1 - exp(67,824 log(1 - 1/N)) (python math.log1p / math.expm1)
    expect(byName.Ares).toBeCloseTo(0.5670, 3);
    expect(byName.Afull).toBeCloseTo(0.1479, 3);
    expect(byName.A4).toBeGreaterThan(0.998);
  });
});
