/**
 * `ws-repro reanalyze --json` on the authors' 210,000 evaluations, spawned once. Reference values come from an
 * independent Python computation (numpy 2.4 / scipy 1.17 reading data/ws-eval-results/ws_eval_results.csv.gz with
 * the csv module, scipy.stats.spearmanr / ttest_ind / ttest_1samp / skew / kurtosis, and a re-implementation of
 * nasbench graph_util.hash_module with hashlib.md5), and from the paper's Table 3.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let run: SpawnSyncReturns<string>;
// The parsed JSON contract, checked field by field.
let out: any;

beforeAll(() => {
  run = spawnSync(process.execPath, ['bin/ws-repro.js', 'reanalyze', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000 });
  out = JSON.parse(run.stdout || '{}');
});

type Cell = { setting: string; space: string; values: (number | null)[]; mean: number; ci_paper: [number, number]; ci_t: [number, number]; excluded: number[] };
const cell = (setting: string, space: string): Cell => out.table3.find((c: Cell) => c.setting === setting && c.space === space);
const half = (ci: [number, number]) => (ci[1] - ci[0]) / 2;

describe('ws-repro reanalyze --json', () => {
  it('exits 0 with the contract fields', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(out.rows).toBe(210_000);
    expect(out.table3).toHaveLength(42);
    for (const c of out.table3 as Cell[]) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['setting', 'space', 'values', 'mean', 'ci_paper', 'ci_t']));
      expect(c.values).toHaveLength(5);
    }
  });

  it('recomputes the per-super-net Spearman values', () => {
    // scipy.stats.spearmanr(proxy, mean of validation_accuracy_0..2), bns-ft on A1, super-nets 0..4.
    const expected = [0.6818456880568924, 0.6537287422512231, 0.6459705101643037, 0.6854312502435346, 0.7222069776876593];
    cell('bns-ft', 'A1').values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 10));
    // numpy: mean 0.6778366336807227; z/n half-width 1.959964 * std(ddof=0) / sqrt(5) = 0.023647006986536732;
    // t half-width t_{0.975,4} * std(ddof=1) / sqrt(5) = 0.037451756093551204.
    expect(cell('bns-ft', 'A1').mean).toBeCloseTo(0.6778366336807227, 10);
    expect(half(cell('bns-ft', 'A1').ci_paper)).toBeCloseTo(0.023647006986536732, 8);
    expect(half(cell('bns-ft', 'A1').ci_t)).toBeCloseTo(0.037451756093551204, 8);
    // Anres bns-ft: super-net 3 has 1,000 equal proxy accuracies (0.1014); scipy gives the other four.
    const anres = [0.35140606936448776, 0.5206218297717016, 0.48932493273015504, null, 0.4774667845028181];
    cell('bns-ft', 'Anres').values.forEach((v, i) => (anres[i] === null ? expect(v).toBeNull() : expect(v).toBeCloseTo(anres[i]!, 10)));
  });

  it('finds which interval formula and which accuracy reproduce the printed table', () => {
    // Python check over the 42 cells: z quantile with the n denominator matches 41 printed half-widths (z/n-1 24,
    // t/n 5, t/n-1 2); against validation accuracy 42/42 means round to the printed ones, against test 21/42.
    expect(out.table3_paper_formula).toMatchObject({ quantile: 'z', denominator: 'n' });
    expect(out.table3_formula_fit.map((f: { matches: number }) => f.matches)).toEqual([41, 24, 5, 2]);
    expect(out.table3_comparison).toMatchObject({ meanMatches: 42, halfWidthMatches: 41, asteriskMatches: 42 });
    expect(out.table3_test_comparison.meanMatches).toBe(21);
    // The one half-width that differs: s-k+p-r on Ares, 0.0035 (numpy) against the printed 0.01.
    expect(out.table3_comparison.disagreements).toEqual([expect.objectContaining({ setting: 's-k+p-r', space: 'Ares' })]);
  });

  it('reports the integrity findings', () => {
    const of = (kind: string) => out.integrity.filter((f: { kind: string }) => f.kind === kind);
    // Python: the five runs whose 1,000 proxy accuracies are all equal, exactly the paper's five asterisks.
    expect(of('failed-supernet').map((f: { setting: string; space: string; supernets: number[] }) => `${f.setting}/${f.space}/${f.supernets}`).sort()).toEqual(
      ['avg-3/A4/1', 'bns-ft/Anres/3', 'no-ft/Anres/3', 'single-k/Afull/0', 'single-k/Anres/1'],
    );
    // Python: identical cell lists and proxy vectors: no-ft A4 super-nets 3 and 4, s-k+p-r A1 super-nets 0 and 1.
    expect(of('duplicate-run').map((f: { setting: string; space: string; supernets: number[] }) => `${f.setting}/${f.space}/${f.supernets}`).sort()).toEqual(
      ['no-ft/A4/4', 's-k+p-r/A1/1'],
    );
    // Python hash_module re-implementation: repeated cells summed over the five runs, e.g. bns-ft A4 245, Afull 4.
    const repeated = (setting: string, space: string) => of('repeated-cells').find((f: { setting: string; space: string }) => f.setting === setting && f.space === space)?.count;
    expect(repeated('bns-ft', 'A4')).toBe(245);
    expect(repeated('s-k+p-r', 'A4')).toBe(259);
    expect(repeated('bns-ft', 'Afull')).toBe(4);
    // numpy: non-constant runs with median proxy accuracy within 0.01 of 0.1: 29, all no-ft, none on Ares.
    const chance = of('chance-level');
    expect(chance.reduce((sum: number, f: { count: number }) => sum + f.count, 0)).toBe(29);
    expect(new Set(chance.map((f: { setting: string }) => f.setting))).toEqual(new Set(['no-ft']));
    expect(chance.map((f: { space: string }) => f.space)).not.toContain('Ares');
    // Python: every cell's output in-degree / input->output edge agrees with its declared space.
    expect(of('outside-space')).toEqual([]);
  });

  it('recomputes C01, C02 and C05', () => {
    // numpy over Table 3's means (failed runs excluded): mean of per-space ratios and ratio of means.
    expect(out.c01.meanOfRatios).toBeCloseTo(3.783483955050041, 8);
    expect(out.c01.ratioOfMeans).toBeCloseTo(2.9515055857909163, 8);
    expect(out.c02.min.space).toBe('Anres');
    expect(out.c02.max.space).toBe('Ares');
    expect(out.c05.outputs.min.space).toBe('A3');
    expect(out.c05.outputs.max.space).toBe('A1');
  });

  it('recomputes C10, C11, C09 and C21', () => {
    // scipy.stats.ttest_1samp over the five bns-ft super-nets of (subgroup - rest) mean over-evaluation.
    expect(out.c10.overEvaluationAcross.meanDifference).toBeCloseTo(0.20438972403628403, 10);
    expect(out.c10.overEvaluationAcross.p).toBeCloseTo(7.668699903779423e-5, 9);
    expect(out.c11.overEvaluationAcross.meanDifference).toBeCloseTo(0.22185360628440068, 10);
    expect(out.c11.standaloneAcross.meanDifference).toBeCloseTo(0.012725079338954748, 10);
    expect(out.c11.standaloneAcross.p).toBeCloseTo(0.0003955429547268707, 8);
    // numpy: the top decile by proxy (scipy rankdata > 900) is entirely residual on A1 and entirely
    // 3x3-first on A4, in every super-net; A4 super-net 0: its mean standalone 0.91370 against 0.89727 for all.
    expect([out.c10.meanTopDecileShare, out.c11.meanTopDecileShare]).toEqual([1, 1]);
    expect(out.c11.supernets[0].topDecile.meanStandalone).toBeCloseTo(0.9136988830202483, 10);
    expect(out.c11.supernets[0].topDecile.overallMeanStandalone).toBeCloseTo(0.8972660259157419, 10);
    // scipy skew/kurtosis (bias=False): bimodality coefficient of proxy above standalone in 5 of 34 runs.
    expect(out.c09.runs).toHaveLength(34);
    expect(out.c09.bimodality.proxyHigher).toBe(5);
    expect(out.c09.bimodality.difference.meanDifference).toBeCloseTo(-0.2124839646372957, 8);
    expect([out.c09.proxyAboveThreshold, out.c09.standaloneAboveThreshold]).toEqual([10, 32]);
    // scipy.stats.spearmanr on A1 bns-ft, means over the 5 super-nets: parameters 0.5265, conv3x3 0.4474, depth
    // -0.2002, partial Spearman given parameters 0.6014 (first-order formula on the three rank correlations).
    const a1 = out.c21.find((s: { space: string }) => s.space === 'A1');
    expect(a1.meanZeroCost.parameters).toBeCloseTo(0.5265, 4);
    expect(a1.meanZeroCost.conv3x3).toBeCloseTo(0.4474, 4);
    expect(a1.meanZeroCost.depth).toBeCloseTo(-0.2002, 4);
    expect(a1.meanPartialGivenParameters).toBeCloseTo(0.6014, 4);
    // scipy ttest_1samp of (super-net rho - parameters rho) over the 5 A1 super-nets: p = 0.00256.
    expect(a1.superNetMinusZeroCost.parameters.p).toBeCloseTo(0.00256, 5);
  });
});
