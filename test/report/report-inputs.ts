/**
 * Small real inputs for the report tests: the first 60 cells of each of the authors' 210 evaluation sets (12,600
 * of the 210,000 rows, file order; only the lines needed are parsed, which keeps the test fast on a busy machine)
 * and their re-analysis, the claims that read only the re-analysis (C09-C11, C21)
 * evaluated on it, a tiny search study on the fake universe of test/search, and a hand-built replication whose
 * source is stated below.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_AUTHORS_FILE, parseAuthorsEvaluations, type AuthorsEvaluation } from '../../src/authors/evaluations.js';
import { evaluateClaim } from '../../src/claims/claim.js';
import { claimsJson } from '../../src/claims/claims-json.js';
import { C09 } from '../../src/claims/C09.js';
import { C10 } from '../../src/claims/C10.js';
import { C11 } from '../../src/claims/C11.js';
import { C21 } from '../../src/claims/C21.js';
import type { EvidenceContext } from '../../src/evidence/context.js';
import type { ReplicationResult } from '../../src/evidence/replication-result.js';
import { reanalyze } from '../../src/reanalysis/reanalysis.js';
import { conv3x3OnFirstVertex } from '../../src/reanalysis/subgroup-bias.js';
import type { ReportInputs } from '../../src/report/compose.js';
import { CONFIG_DIFFERENCES } from '../../src/report/config-differences.js';
import type { WsScorer } from '../../src/search/proxy.js';
import { runSearchStudy } from '../../src/search/study.js';
import { cellHash } from '../../src/space/hash.js';
import { isResidual, type SpaceName } from '../../src/space/spaces.js';
import { derivedRandom } from '../../src/random.js';
import { spearman } from '../../src/stats/spearman.js';
import { fakeGroundTruth } from '../search/fake-ground-truth.js';

export const CELLS_PER_SET = 60;

/** Raw CSV keys (variant, space code, super-net) of the bns-ft runs the hand-built replication reads in full. */
const REPLICATION_RUNS = ['baseline_ft_bn,4,0', 'baseline_ft_bn,4,1', 'baseline_ft_bn,full_1,0', 'baseline_ft_bn,full_1,1'];

/** The first `perSet` rows of every (setting, space, super-net), in the file's order, plus `whole` runs entirely. */
function firstRowsOfEachSet(lines: readonly string[], perSet: number, whole: readonly string[]): string[] {
  const taken = new Map<string, number>();
  return lines.filter((line) => {
    const key = line.split(',', 3).join(',');
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    return n < perSet || whole.includes(key);
  });
}

/** The authors' rows the tests use: CELLS_PER_SET of every set, and the replication's runs in full. */
export function authorsRows(): AuthorsEvaluation[] {
  const [header, ...lines] = gunzipSync(readFileSync(DEFAULT_AUTHORS_FILE)).toString('utf8').trimEnd().split('\n');
  return parseAuthorsEvaluations([header, ...firstRowsOfEachSet(lines, CELLS_PER_SET, REPLICATION_RUNS)].join('\n'), DEFAULT_AUTHORS_FILE);
}

/** The first CELLS_PER_SET rows of every (setting, space, super-net), in the file's order. */
export function authorsSubset(rows: readonly AuthorsEvaluation[]): AuthorsEvaluation[] {
  const taken = new Map<string, number>();
  return rows.filter((r) => {
    const key = `${r.setting}/${r.space}/${r.supernet}`;
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    return n < CELLS_PER_SET;
  });
}

const mean3 = (t: readonly number[]) => (t[0] + t[1] + t[2]) / 3;

/**
 * A replication result built by hand, not trained: its bns-ft proxy is the authors' recorded bns-ft proxy of the
 * rows given, its no-ft proxy a seeded uniform draw (an untrained super-net ranks at random), its ground truth the
 * rows' NAS-Bench-101 metrics.
 */
export function handBuiltReplication(space: SpaceName, supernet: number, rows: readonly AuthorsEvaluation[], failed: string | null = null): ReplicationResult {
  const random = derivedRandom(supernet, `hand-built no-ft ${space}`);
  const cells = rows.map((r) => ({
    hash: cellHash(r.cell),
    cell: r.cell,
    runs: [0, 1, 2].map((k) => ({ validation: r.validationAccuracy[k], test: r.testAccuracy[k], trainingTime: r.trainingTime[k] })),
    proxyNoFt: random(),
    proxyBnsFt: r.proxyAccuracy,
    standaloneValidation: mean3(r.validationAccuracy),
    standaloneTest: mean3(r.testAccuracy),
    trainableParameters: r.trainableParameters,
    residual: isResidual(r.cell),
    conv3x3First: conv3x3OnFirstVertex(r.cell),
  }));
  const truth = cells.map((c) => c.standaloneValidation);
  return {
    space,
    variant: 'baseline',
    supernet,
    backend: 'none (hand-built from the authors\' evaluations)',
    groundTruth: { kind: 'subset', source: 'data/ws-eval-results' },
    cifar10: { source: 'none', trainImages: 0, heldOutImages: 0 },
    trainingSeconds: 0,
    trainingImagesPerSecond: 0,
    secondsPerProxyEvaluation: 0,
    finalLoss: 0,
    failed,
    spearmanNoFt: spearman(cells.map((c) => c.proxyNoFt), truth).rho,
    spearmanBnsFt: spearman(cells.map((c) => c.proxyBnsFt), truth).rho,
    cells,
  };
}

const bnsFt = (rows: readonly AuthorsEvaluation[], space: SpaceName, supernet: number) =>
  rows.filter((r) => r.setting === 'bns-ft' && r.space === space && r.supernet === supernet);

/** A4: 1,200 cells (more than a chart shows); Ares: 150 cells and a failed super-net. */
export function replicationResults(all: readonly AuthorsEvaluation[]): ReplicationResult[] {
  return [
    handBuiltReplication('A4', 0, [...bnsFt(all, 'A4', 0), ...bnsFt(all, 'A4', 1)].slice(0, 1_200)),
    handBuiltReplication('Ares', 0, bnsFt(all, 'Ares', 0).slice(0, 150)),
    handBuiltReplication('Ares', 1, bnsFt(all, 'Ares', 1).slice(0, 150), 'constant proxy accuracies'),
  ];
}

/** A proxy that ranks like the truth with a seeded per-cell distortion (as test/search/study.test.ts). */
export function fakeSupernet(gt: ReturnType<typeof fakeGroundTruth>, run: number): WsScorer {
  return {
    label: `fake super-net ${run % 5}`,
    score: (_cell, hash) => gt.meanValidationAccuracy(gt.indexOf(hash)) + 0.0002 * (parseInt(hash.slice(0, 6), 16) % 100) * (1 + (run % 5)),
  };
}

export function tinySearchStudy() {
  const gt = fakeGroundTruth({ maxVertices: 5 });
  return runSearchStudy({
    groundTruth: gt,
    spaces: ['A2', 'Ares'],
    baselineRuns: 12,
    wsRuns: 6,
    evaluations: 60,
    seed: 5,
    wsScorer: (_space, run) => fakeSupernet(gt, run),
    gridPoints: 30,
  });
}

export async function reportInputs(): Promise<ReportInputs> {
  const all = authorsRows();
  const authors = authorsSubset(all);
  const reanalysis = reanalyze(authors);
  const search = tinySearchStudy();
  const context: EvidenceContext = {
    profile: 'smoke',
    authors: () => authors,
    reanalysis: () => reanalysis,
    spaceSizes: () => {
      throw new Error('report-inputs.ts: the claims evaluated here do not read the space sizes');
    },
    searchStudy: () => search,
  };
  const results = [];
  for (const claim of [C09, C10, C11, C21]) results.push(await evaluateClaim(claim, context));
  return {
    claims: claimsJson(results, { profile: 'smoke', backend: 'none' }),
    provenance: {
      commit: 'test',
      profile: 'smoke',
      backend: 'none',
      seeds: '0',
      generatedAt: '2026-11-28T00:00:00Z',
      dataSources: [{ name: "authors' evaluations (first 60 cells per set)", kind: 'subset', location: 'data/ws-eval-results' }],
      durations: [],
      configDifferences: CONFIG_DIFFERENCES,
    },
    authors,
    reanalysis,
    search,
    replication: { profile: 'smoke', paperScale: false, results: replicationResults(all) },
    seed: 3,
  };
}
