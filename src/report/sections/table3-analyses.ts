/**
 * The claims read off Table 3, recomputed from the authors' super-nets: C01 (bns-ft raises the correlation over
 * no-ft, "270%", "almost 3 times"), C04 (the training variants against bns-ft) and C05 (number of outputs and
 * residual connections move the correlation), each beside the paper's printed numbers.
 */
import type { Reanalysis } from '../../reanalysis/reanalysis.js';
import type { SectionView, TableView } from '../view.js';

function gainTable(r: Reanalysis): TableView {
  const g = r.c01;
  return {
    caption: `C01: bns-ft over no-ft (paper: "${g.paperClaim.increasePercent}%" increase, "${g.paperClaim.timesBetter}" times better); paired test over spaces of bns-ft minus no-ft, one-sided: t = ${g.test.t.toFixed(2)}, p = ${g.test.p.toPrecision(2)}`,
    columns: ['space', 'no-ft mean', 'bns-ft mean', 'ratio', 'no-ft SD over super-nets', 'bns-ft SD over super-nets'],
    rows: [
      ...g.perSpace.map((s) => [s.space, s.noFt, s.bnsFt, s.ratio, s.noFtSd, s.bnsFtSd]),
      ['mean of ratios (re-analysis / printed means)', null, null, `${g.meanOfRatios.toFixed(2)} / ${g.paper.meanOfRatios.toFixed(2)}`, null, null],
      ['ratio of means (re-analysis / printed means)', null, null, `${g.ratioOfMeans.toFixed(2)} / ${g.paper.ratioOfMeans.toFixed(2)}`, null, null],
    ],
  };
}

function variantTable(r: Reanalysis): TableView {
  return {
    caption: 'C04: each training variant minus bns-ft (independent super-nets; paired tests over the 7 spaces, two-sided)',
    columns: ['variant', 'mean difference', 'spaces improved', 'spaces with less variance', 'p (difference, over spaces)', 'p (log SD ratio, over spaces)', 'p (over super-nets)'],
    rows: r.c04.map((v) => [v.variant, v.meanDelta, `${v.spacesImproved} of ${v.perSpace.length}`, `${v.spacesLessVariance} of ${v.perSpace.length}`, v.deltaAcrossSpaces.p, v.logSdRatioAcrossSpaces.p, v.deltaAcrossSupernets.p]),
  };
}

function spaceTable(r: Reanalysis): TableView {
  const e = r.c05;
  return {
    caption: 'C05: bns-ft correlation by space (independent super-nets) against the printed means; Welch tests over super-nets',
    columns: ['comparison', 're-analysis', 'paper', 'Welch t', 'p'],
    rows: [
      [`highest of A1-A4 (${e.outputs.max.space}) vs lowest (${e.outputs.min.space})`, `${e.outputs.max.mean.toFixed(2)} vs ${e.outputs.min.mean.toFixed(2)}`, `${e.outputs.max.paper.toFixed(2)} vs ${e.outputs.min.paper.toFixed(2)}`, e.outputs.maxVsMin.t, e.outputs.maxVsMin.p],
      ['Ares vs Anres', `${e.residual.ares.mean.toFixed(2)} vs ${e.residual.anres.mean.toFixed(2)}`, `${e.residual.ares.paper.toFixed(2)} vs ${e.residual.anres.paper.toFixed(2)}`, e.residual.aresVsAnres.t, e.residual.aresVsAnres.p],
      ['1 - Anres / Afull (paper text: 25%)', `${(100 * e.anresBelowAfull.computed).toFixed(0)}%`, `${(100 * e.anresBelowAfull.printedMeans).toFixed(0)}% from the printed means`, null, null],
    ],
  };
}

export function table3AnalysesSection(reanalysis: Reanalysis): SectionView {
  return {
    id: 'table3-claims',
    title: 'What Table 3 supports (C01, C04, C05)',
    intro:
      "The paper's statements about Table 3 recomputed from the authors' super-nets (failed runs excluded; C04 and C05 also leave out exact copies of a run), " +
      'each beside the value the printed table gives.',
    tables: [gainTable(reanalysis), variantTable(reanalysis), spaceTable(reanalysis)],
    figures: [],
  };
}
