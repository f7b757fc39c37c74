import { describe, expect, test } from 'vitest';
import type { TrainingLengthCurve } from '../../src/evidence/training-length.js';
import type { Reanalysis } from '../../src/reanalysis/reanalysis.js';
import { trainingLengthSection } from '../../src/report/sections/training-length.js';

/** Made-up correlations (inputs, not measurements); the means below are computed by hand from them. */
const point = (epochs: number, supernet: number, noFt: number, bnsFt: number, failed: string | null = null) => ({
  epochs,
  imagesSeen: epochs * 100,
  supernet,
  spearmanNoFt: noFt,
  spearmanBnsFt: bnsFt,
  trainingSeconds: 60 * epochs,
  failed,
});

const curve: TrainingLengthCurve = {
  space: 'A4',
  profileEpochs: 4,
  points: [point(4, 0, 0.3, 0.6), point(1, 0, 0.1, 0.2), point(1, 1, 0.3, 0.4), point(4, 1, 0.5, 0.8), point(1, 2, 0.9, 0.9, 'constant')],
};

const reanalysis = {
  table3: {
    entries: [
      { setting: 'no-ft', space: 'A4', mean: 0.35, supernets: [0, 1, 2, 3, 4], excluded: [] },
      { setting: 'bns-ft', space: 'A4', mean: 0.72, supernets: [0, 1, 2, 3, 4], excluded: [4] },
    ],
  },
} as unknown as Reanalysis;

describe('trainingLengthSection', () => {
  test('one row per length with the means of its converged super-nets, then the authors', async () => {
    const section = await trainingLengthSection(curve, reanalysis);
    const [table] = section.tables;
    const rows = table.rows.map(([epochs, seen, supernets, noFt, bnsFt, minutes]) => [epochs, seen, supernets, noFt, bnsFt, minutes]);
    expect(rows[0]).toEqual([1, 100, '2 (1 failed)', expect.closeTo(0.2, 12), expect.closeTo(0.3, 12), expect.closeTo(1, 12)]);
    expect(rows[1]).toEqual([4, 400, '2', expect.closeTo(0.4, 12), expect.closeTo(0.7, 12), expect.closeTo(4, 12)]);
    // 432 epochs x 40,000 images; 4 of the authors' 5 super-nets converged.
    expect(rows[2]).toEqual(["432 (authors')", 17_280_000, 4, 0.35, 0.72, null]);
    expect(section.intro).toContain('4 epochs');
    expect(section.figures[0].svg).toContain('<svg');
    expect(section.figures[0].svg).toContain('training images seen');
  });
});
