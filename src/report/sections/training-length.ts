/**
 * What the reduced scale does to absolute correlations: Spearman vs training length on one space, this run's
 * super-nets beside the authors' (paper scale, Table 3), for C02/C03's "not at the paper's scale".
 */
import type { TrainingLengthCurve, TrainingLengthPoint } from '../../evidence/training-length.js';
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import { table3Entry } from '../../reanalysis/table3.js';
import { mean } from '../../stats/summary.js';
import { trainingLengthChart, type LengthPoint } from '../charts.js';
import type { SectionView } from '../view.js';

/** The paper's training: 432 epochs over 40,000 images (section 4.2), a 16-filter network on 32x32 images. */
const PAPER_IMAGES_SEEN = 432 * 40_000;

export async function trainingLengthSection(curve: TrainingLengthCurve, reanalysis: Reanalysis): Promise<SectionView> {
  const converged = curve.points.filter((p) => p.failed === null);
  const lengths = [...new Set(curve.points.map((p) => p.epochs))].sort((a, b) => a - b);
  const rows = lengths.map((epochs) => {
    const at = converged.filter((p) => p.epochs === epochs);
    const all = curve.points.filter((p) => p.epochs === epochs);
    const meanOf = (read: (p: TrainingLengthPoint) => number) => (at.length > 0 ? mean(at.map(read)) : null);
    return {
      epochs,
      imagesSeen: all[0].imagesSeen,
      supernets: `${at.length}${all.length > at.length ? ` (${all.length - at.length} failed)` : ''}`,
      noFt: meanOf((p) => p.spearmanNoFt),
      bnsFt: meanOf((p) => p.spearmanBnsFt),
      minutes: meanOf((p) => p.trainingSeconds / 60),
    };
  });
  const authors = { 'no-ft': table3Entry(reanalysis.table3, 'no-ft', curve.space), 'bns-ft': table3Entry(reanalysis.table3, 'bns-ft', curve.space) };
  const authorsSupernets = authors['bns-ft'].supernets.length - authors['bns-ft'].excluded.length;
  const points: LengthPoint[] = [
    ...converged.flatMap((p) => [
      { imagesSeen: p.imagesSeen, spearman: p.spearmanNoFt, proxy: 'no-ft', kind: 'super-net' as const },
      { imagesSeen: p.imagesSeen, spearman: p.spearmanBnsFt, proxy: 'bns-ft', kind: 'super-net' as const },
    ]),
    ...rows.flatMap((r) => [
      ...(r.noFt === null ? [] : [{ imagesSeen: r.imagesSeen, spearman: r.noFt, proxy: 'no-ft', kind: 'mean' as const }]),
      ...(r.bnsFt === null ? [] : [{ imagesSeen: r.imagesSeen, spearman: r.bnsFt, proxy: 'bns-ft', kind: 'mean' as const }]),
    ]),
    ...(['no-ft', 'bns-ft'] as const).map((setting) => ({ imagesSeen: PAPER_IMAGES_SEEN, spearman: authors[setting].mean, proxy: setting, kind: 'authors' as const })),
  ];
  return {
    id: 'training-length',
    title: `Correlation against training length on ${curve.space}`,
    intro:
      `Super-nets of ${curve.space} trained for several lengths with the profile's reduced network and data, scored on the same cells as the ` +
      `profile's own super-nets (${curve.profileEpochs} epochs, the ones the claims read; the other lengths are never pooled into a claim). ` +
      "The diamonds are the authors' own super-nets at the paper's scale (432 epochs over 40,000 images, 16 filters, 32x32 images; Table 3 " +
      're-computed from their raw evaluations): the distance between the curve and them is what the reduced scale does to absolute ' +
      'correlations, why C02 and C03 are not judged at this scale.',
    tables: [
      {
        caption: `Mean Spearman correlation by training length (${curve.space})`,
        columns: ['epochs', 'images seen', 'super-nets', 'no-ft', 'bns-ft', 'training minutes (mean)'],
        rows: [
          ...rows.map((r) => [r.epochs, r.imagesSeen, r.supernets, r.noFt, r.bnsFt, r.minutes]),
          ["432 (authors')", PAPER_IMAGES_SEEN, authorsSupernets, authors['no-ft'].mean, authors['bns-ft'].mean, null],
        ],
      },
    ],
    figures: [
      {
        title: `Spearman vs training on ${curve.space}`,
        caption: 'Points: one super-net each; lines: the mean per length; diamonds: the authors\' super-nets (paper scale). Log x axis.',
        svg: await trainingLengthChart(points, `${curve.space}: proxy-standalone Spearman vs training`),
      },
    ],
  };
}
