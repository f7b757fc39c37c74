/**
 * `ws-repro report`: judge every claim from the store's evidence, then write reports/claims.json and the
 * self-contained reports/index.html. Returns the claim results so verify:claims can compare them to expectations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_AUTHORS_FILE } from '../authors/evaluations.js';
import { EMBEDDED_CIFAR10 } from '../data/dataset.js';
import { loadGroundTruth } from '../nasbench/load-ground-truth.js';
import { FULL_SPACE_RUN0_FILE, FULL_SPACE_RUN0_SHA256 } from '../nasbench/full-space-run0.js';
import { claimsJson, writeClaimsJson, type UnitStatus } from '../claims/claims-json.js';
import { composeReport } from '../report/compose.js';
import { CONFIG_DIFFERENCES } from '../report/config-differences.js';
import { renderReport } from '../report/render.js';
import type { ClaimResult } from '../verdict/verdict.js';
import { judgeClaims, planProfile, storedEvidence, type PipelineOptions } from './pipeline.js';
import { codeCommit, fileSha256, portablePath } from '../experiments/provenance.js';
import { unitKey } from '../experiments/store.js';
import { stepProgress } from '../experiments/progress.js';
import { CLAIMS } from '../claims/index.js';
import { cifar10Identity } from '../data/cifar10-identity.js';
import { writeFileAtomic } from '../io/atomic-write.js';

export interface ReportJobResult {
  readonly results: readonly ClaimResult[];
  readonly claimsPath: string;
  readonly htmlPath: string;
  readonly backend: string;
  readonly missingUnits: readonly string[];
}

/** ws-repro's version, from its package.json. */
function wsReproVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The sha256 a source string names ("... sha256:<hex>"), if any. */
const namedSha256 = (source: string) => /sha256:([0-9a-f]+)/.exec(source)?.[1];

/**
 * `computed`: labels of the units this invocation computed (verify:claims runs them first); the other stored units
 * count as reused.
 */
export async function writeReport(options: PipelineOptions & { reportsDir: string; computed?: readonly string[] }): Promise<ReportJobResult> {
  const evidence = storedEvidence(options);
  // Steps: each claim judged, the report composed, the files written.
  const progress = stepProgress('report', CLAIMS.length + 2);
  const { results, context } = await judgeClaims(options, evidence, (id) => progress.step(`judging ${id}`));
  const backend = context.replication?.backend ?? 'none (no super-net trained in this store)';
  const groundTruth = loadGroundTruth(options.resources.groundTruth);
  const { binaryDir, jpegTarball = EMBEDDED_CIFAR10 } = options.resources.cifar10;
  const cifar10 = cifar10Identity(options.resources.cifar10);
  const authorsSha256 = await fileSha256(DEFAULT_AUTHORS_FILE);
  const stored = new Map(evidence.durations.map((d) => [d.unit, d]));
  const computed = new Set(options.computed ?? []);
  const generatedAt = new Date().toISOString();
  const commit = codeCommit();
  const groundTruthFile = { name: 'NAS-Bench-101 ground truth', kind: groundTruth.kind, file: portablePath(groundTruth.source), ...optionalSha(namedSha256(groundTruth.source)) };
  // The searches ran on the embedded full-space run-0 table when the run's ground truth is the authors' subset.
  const searchTables =
    context.searchStudy().universe === 'full-space-run0'
      ? [{ name: 'full-space run-0 table (the searches)', kind: 'full-space-run0', file: portablePath(FULL_SPACE_RUN0_FILE), sha256: FULL_SPACE_RUN0_SHA256 }]
      : [];
  const dataFiles = [
    { name: "authors' raw evaluations", kind: 'embedded', file: portablePath(DEFAULT_AUTHORS_FILE), sha256: authorsSha256 },
    { name: 'CIFAR-10', kind: binaryDir ? 'official-binary' : 'jpeg-subset', file: portablePath(binaryDir ?? jpegTarball), ...optionalSha(namedSha256(cifar10)) },
  ];
  const meta = {
    profile: options.profile.name,
    backend,
    provenance: {
      wsReproVersion: wsReproVersion(),
      commit,
      seed: options.seed,
      generatedAt,
      groundTruths: [groundTruthFile, ...searchTables],
      dataFiles,
      units: planProfile(options).map((unit) => ({
        label: unit.label,
        key: unitKey(unit.description),
        status: unitStatus(stored.get(unit.label), computed.has(unit.label)),
        ...(stored.has(unit.label) ? { seconds: stored.get(unit.label)?.seconds } : {}),
        ...(stored.get(unit.label)?.recorded ? { recorded: stored.get(unit.label)?.recorded } : {}),
      })),
    },
  };
  const claimsPath = writeClaimsJson(results, meta, join(options.reportsDir, 'claims.json'));

  progress.step('composing the report (charts, tables)');
  const view = await composeReport({
    claims: claimsJson(results, meta),
    authors: context.authors(),
    reanalysis: context.reanalysis(),
    search: context.searchStudy(),
    replication: context.replication,
    ...(evidence.trainingLength ? { trainingLength: evidence.trainingLength } : {}),
    seed: options.seed,
    provenance: {
      commit,
      profile: options.profile.name,
      backend,
      seeds: `profile seed ${options.seed}; each unit derives its streams from (seed, unit label)`,
      generatedAt,
      dataSources: [groundTruthFile, ...searchTables, ...dataFiles].map(({ file, ...rest }) => ({ ...rest, location: file })),
      durations: evidence.durations,
      configDifferences: CONFIG_DIFFERENCES,
    },
  });
  progress.step('writing index.html');
  const htmlPath = join(options.reportsDir, 'index.html');
  writeFileAtomic(htmlPath, renderReport(view));
  progress.done();
  return { results, claimsPath, htmlPath, backend, missingUnits: evidence.missing };
}

/** Where a planned unit's result came from: this invocation, the store, the repository's recorded results, or nowhere. */
function unitStatus(stored: { readonly recorded?: string } | undefined, computedNow: boolean): UnitStatus['status'] {
  if (!stored) return 'missing';
  if (stored.recorded) return 'recorded';
  return computedNow ? 'computed' : 'reused';
}

function optionalSha(sha256: string | undefined): { sha256?: string } {
  return sha256 ? { sha256 } : {};
}
