/** C21's training-free comparison on seeded synthetic evaluations (test/reanalysis/synthetic.ts). */
import { describe, expect, it } from 'vitest';
import { evaluationSets } from '../../src/reanalysis/evaluation-sets.js';
import { integrityFindings } from '../../src/reanalysis/integrity.js';
import { sampledRows, trainingFreeComparison, trainingFreeSample, type ProxyScores } from '../../src/reanalysis/training-free.js';
import { conv3x3Count } from '../../src/reanalysis/zero-cost.js';
import { cellHash } from '../../src/space/hash.js';
import { spearman } from '../../src/stats/spearman.js';
import { syntheticEvaluations } from './synthetic.js';

const rows = syntheticEvaluations();
const sets = evaluationSets(rows);
const findings = integrityFindings(sets);

describe('training-free comparison', () => {
  const sample = trainingFreeSample(sets, findings, 25, 7);
  // Recorded scores stand-in: the 3x3 count (synthetic accuracy rises with it) and its negation.
  const scores = new Map<string, ProxyScores>();
  for (const r of rows) scores.set(cellHash(r.cell), { conv3x3: conv3x3Count(r.cell), negated: -conv3x3Count(r.cell) });

  it('samples a seeded, sorted subset of each independent bns-ft set', () => {
    expect(sample.every(({ set, rows: picked }) => set.setting === 'bns-ft' && picked.length === 25)).toBe(true);
    expect(sampledRows(sample[0].set, 25, 7)).toEqual(sample[0].rows);
    expect(sampledRows(sample[0].set, 25, 8)).not.toEqual(sample[0].rows);
    expect([...sample[0].rows].sort((a, b) => a - b)).toEqual(sample[0].rows);
  });

  it('pairs the super-net and each proxy on the same cells, per super-net, and tests the differences', () => {
    const spaces = trainingFreeComparison(sample, scores, ['conv3x3', 'negated']);
    expect(spaces.length).toBeGreaterThan(0);
    for (const s of spaces) {
      // Spearman is odd under negation: rho(-x, y) = -rho(x, y), so the mean differences sum to twice the super-net's.
      for (const n of s.supernets) expect(n.proxies.negated).toBeCloseTo(-n.proxies.conv3x3, 12);
      const sum = s.superNetMinusProxy.conv3x3.meanDifference + s.superNetMinusProxy.negated.meanDifference;
      expect(sum).toBeCloseTo(2 * s.meanSuperNet, 12);
      expect(s.superNetMinusProxy.conv3x3.n).toBe(s.supernets.length);
    }
    // Independent recomputation of one super-net's rho on its sampled cells.
    const { set, rows: picked } = sample.find((s) => s.set.space === spaces[0].space)!;
    const first = spaces[0].supernets[0];
    expect(first.superNet).toBeCloseTo(spearman(picked.map((i) => set.proxy[i]), picked.map((i) => set.meanValidation[i])).rho, 12);
    expect(first.proxies.conv3x3).toBeCloseTo(spearman(picked.map((i) => conv3x3Count(set.rows[i].cell)), picked.map((i) => set.meanValidation[i])).rho, 12);
  });

  it('leaves out cells without recorded scores, and spaces with fewer than two scored super-nets', () => {
    expect(trainingFreeComparison(sample, new Map(), ['conv3x3'])).toEqual([]);
  });
});
