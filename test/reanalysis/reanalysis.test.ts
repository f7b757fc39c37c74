/** The re-analysis pipeline on seeded synthetic evaluations (test/reanalysis/synthetic.ts): fast, no data files. */
import { describe, expect, it } from 'vitest';
import { reanalysisText } from '../../src/cli/reanalyze.js';
import { CONV1X1, CONV3X3, MAXPOOL3X3, type Cell } from '../../src/space/cell.js';
import { evaluationSets, setsOf } from '../../src/reanalysis/evaluation-sets.js';
import { distinctCells, independentSets, integrityFindings, isFailedSupernet } from '../../src/reanalysis/integrity.js';
import { cellHash } from '../../src/space/hash.js';
import { reanalyze } from '../../src/reanalysis/reanalysis.js';
import { conv3x3OnFirstVertex, overEvaluation, residualCells, subgroupBias } from '../../src/reanalysis/subgroup-bias.js';
import { independentValues, table3, table3Entry } from '../../src/reanalysis/table3.js';
import { cellDepth, conv3x3Count } from '../../src/reanalysis/zero-cost.js';
import { PAPER_TABLE3, paperTable3Entry } from '../../src/reanalysis/paper-table3.js';
import { CANDIDATES, chainCell, COPY, FAILED, OUTSIDE, parallelCell, syntheticEvaluations } from './synthetic.js';

const rows = syntheticEvaluations();
const sets = evaluationSets(rows);
const findings = integrityFindings(sets);

/** Isomorphism-invariant key of the synthetic cells (parallel vertices commute), independent of the hash. */
const shapeKey = (c: Cell) => {
  const chain = c.matrix.length === 4 && c.matrix[1][2] === 1;
  return `${chain ? 'chain' : 'parallel'}|${c.matrix.length}|${c.matrix[0][c.matrix.length - 1]}|${chain ? c.ops.join() : [...c.ops].sort().join()}`;
};

describe('paper Table 3 transcription', () => {
  it('has 42 cells and the five asterisks of the printed table', () => {
    expect(PAPER_TABLE3).toHaveLength(42);
    // Table 3: asterisks on A4 avg-3, Afull single-k, Anres no-ft / bns-ft / single-k.
    expect(PAPER_TABLE3.filter((c) => c.asterisk).map((c) => `${c.setting}/${c.space}`).sort()).toEqual(
      ['avg-3/A4', 'bns-ft/Anres', 'no-ft/Anres', 'single-k/Afull', 'single-k/Anres'].sort(),
    );
    // Table 3, row A_full^res, column bns-ft: 0.71 ± 0.02.
    expect(paperTable3Entry('bns-ft', 'Ares')).toMatchObject({ mean: 0.71, halfWidth: 0.02 });
  });
});

describe('integrity', () => {
  it('groups 6 x 7 x 5 sets of 40 rows', () => {
    expect(sets).toHaveLength(210);
    expect(sets.every((s) => s.rows.length === 40)).toBe(true);
  });

  it('finds the planted failed super-net, and only it, and excludes it', () => {
    const failed = findings.filter((f) => f.kind === 'failed-supernet');
    expect(failed).toEqual([expect.objectContaining({ setting: FAILED.setting, space: FAILED.space, supernets: [FAILED.supernet], count: 1, excluded: true })]);
    expect(isFailedSupernet(setsOf(sets, FAILED.setting, FAILED.space)[FAILED.supernet])).toBe(true);
  });

  it('finds the planted exact copy of a run', () => {
    expect(findings.filter((f) => f.kind === 'duplicate-run')).toEqual([
      expect.objectContaining({ setting: COPY.setting, space: COPY.space, supernets: [COPY.supernet], count: 1, excluded: false }),
    ]);
    expect(independentSets(sets, findings, COPY.setting, COPY.space).map((s) => s.supernet)).toEqual([0, 1, 2, 3]);
  });

  it('finds the planted cell outside its space', () => {
    expect(findings.filter((f) => f.kind === 'outside-space')).toEqual([
      expect.objectContaining({ setting: OUTSIDE.setting, space: OUTSIDE.space, supernets: [OUTSIDE.supernet], count: 1 }),
    ]);
  });

  it('counts repeated cells by hash, so isomorphic cells are one cell', () => {
    for (const f of findings.filter((x) => x.kind === 'repeated-cells')) {
      // Expected: rows minus distinct cells per set, distinct by an isomorphism-invariant key (not the hash).
      const expected = setsOf(sets, f.setting, f.space).reduce((sum, s) => sum + s.rows.length - new Set(s.rows.map((r) => shapeKey(r.cell))).size, 0);
      expect(f.count).toBe(expected);
    }
    // Isomorphic cells (permuted parallel ops) have different texts but one hash: at least one set shows it.
    const textRepeats = sets.reduce((sum, s) => sum + s.rows.length - new Set(s.rows.map((r) => JSON.stringify(r.cell))).size, 0);
    const hashRepeats = findings.filter((x) => x.kind === 'repeated-cells').reduce((sum, f) => sum + f.count, 0);
    expect(hashRepeats).toBeGreaterThan(textRepeats);
  });

  it('distinct cells, hashing only where the invariant collides, equal the distinct official hashes', () => {
    // Reference: hash every candidate (the brute-force count).
    expect(distinctCells(CANDIDATES)).toBe(new Set(CANDIDATES.map(cellHash)).size);
    expect(distinctCells([...CANDIDATES, ...CANDIDATES])).toBe(new Set(CANDIDATES.map(cellHash)).size);
  });
});

describe('table3', () => {
  const table = table3(sets, findings, 'validation');

  it('has 42 cells with a null for the failed super-net, and the mean of the others', () => {
    expect(table.entries).toHaveLength(42);
    const cell = table3Entry(table, FAILED.setting, FAILED.space);
    expect(cell.values[FAILED.supernet]).toBeNull();
    expect(cell.excluded).toEqual([FAILED.supernet]);
    const kept = cell.values.filter((v): v is number => v !== null);
    expect(kept).toHaveLength(4);
    // The mean of the four kept values, by definition.
    expect(cell.mean).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / 4, 12);
  });

  it('leaves exact copies out of the independent values', () => {
    const cell = table3Entry(table, COPY.setting, COPY.space);
    expect(cell.duplicates).toEqual([COPY.supernet]);
    expect(cell.values[COPY.supernet]).toBe(cell.values[COPY.of]);
    expect(independentValues(cell)).toEqual(cell.values.slice(0, 4));
  });

  it('picks the interval formula that matches the most printed half-widths, and the t interval is wider', () => {
    const best = Math.max(...table.formulaFit.map((f) => f.matches));
    expect(table.formulaFit.find((f) => f.formula === table.paperFormula)?.matches).toBe(best);
    for (const c of table.entries) expect(c.ciT[1] - c.ciT[0]).toBeGreaterThan(c.ciPaper[1] - c.ciPaper[0] - 1e-12);
  });
});

describe('cell features', () => {
  it('depth is the longest input->output path; conv3x3 count counts 3x3 convolutions', () => {
    // By hand: input->a->b->output has 3 edges; input->v->output has 2 even with the residual edge.
    expect(cellDepth(chainCell(CONV3X3, CONV1X1, true))).toBe(3);
    expect(cellDepth(parallelCell([CONV3X3, MAXPOOL3X3], true))).toBe(2);
    expect(conv3x3Count(parallelCell([CONV3X3, CONV3X3, MAXPOOL3X3], false))).toBe(2);
    expect(conv3x3OnFirstVertex(chainCell(CONV3X3, CONV1X1, false))).toBe(true);
    expect(conv3x3OnFirstVertex(chainCell(CONV1X1, CONV3X3, false))).toBe(false);
    expect(residualCells(parallelCell([CONV1X1], true))).toBe(true);
  });

  it('over-evaluation is proxy rank minus standalone rank over n', () => {
    // Mid-ranks by hand: proxy ranks 1,2,3 (and 2.5, 2.5 for the tie), truth ranks 3,2,1.
    expect(overEvaluation([0.1, 0.2, 0.3], [0.9, 0.8, 0.7])).toEqual([-2 / 3, 0, 2 / 3]);
    expect(overEvaluation([0.1, 0.2, 0.2, 0.3], [0.1, 0.2, 0.3, 0.4])).toEqual([0, 0.125, -0.125, 0]);
  });
});

describe('subgroup bias', () => {
  it('detects the planted over-evaluation of residual cells', () => {
    const bias = subgroupBias('residual', independentSets(sets, findings, 'bns-ft', 'A2'), residualCells);
    expect(bias.supernets).toHaveLength(5);
    // Residual cells get +0.01 proxy beyond their standalone bonus: over-evaluated in every run.
    expect(bias.overEvaluationAcross.meanDifference).toBeGreaterThan(0);
    expect(bias.overEvaluationAcross.p).toBeLessThan(0.05);
    for (const s of bias.supernets) expect(s.subgroup.size + s.rest.size).toBe(40);
  });
});

describe('reanalyze', () => {
  const r = reanalyze(rows);

  it('is computed once per row array', () => {
    expect(reanalyze(rows)).toBe(r);
  });

  it('feeds the integrity findings into every analysis', () => {
    // C21 and C09 use the independent bns-ft runs: Anres has 4 (one failed).
    expect(r.c21.find((s) => s.space === 'Anres')?.supernets).toHaveLength(4);
    expect(r.c09.runs.filter((x) => x.space === 'Anres')).toHaveLength(4);
    expect(r.c09.runs).toHaveLength(34);
    // Synthetic accuracy rises with 3x3 convolutions: their count correlates positively on every space.
    for (const s of r.c21) expect(s.meanZeroCost.conv3x3).toBeGreaterThan(0.5);
  });

  it('renders a readable text with Table 3 and every claim', () => {
    const text = reanalysisText(r);
    for (const part of ['Integrity findings', 'Table 3', 'C01', 'C02', 'C04', 'C05', 'C09', 'C10', 'C11', 'C21']) expect(text).toContain(part);
  });
});
