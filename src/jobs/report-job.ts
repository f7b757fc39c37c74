/**
 * `ws-repro report`: judge every claim from the store's evidence, then write reports/claims.json and the
 * self-contained reports/index.html. Returns the claim results so verify:claims can compare them to expectations.
 */
import { join } from 'node:path';
import { DEFAULT_AUTHORS_FILE } from '../authors/evaluations.js';
import { EMBEDDED_CIFAR10 } from '../data/dataset.js';
import { loadGroundTruth } from '../nasbench/load-ground-truth.js';
import { claimsJson, writeClaimsJson } from '../claims/claims-json.js';
import { composeReport } from '../report/compose.js';
import { CONFIG_DIFFERENCES } from '../report/config-differences.js';
import { renderReport } from '../report/render.js';
import type { ClaimResult } from '../verdict/verdict.js';
import { judgeClaims, storedEvidence, type PipelineOptions } from './pipeline.js';
import { codeCommit, fileSha256 } from '../experiments/provenance.js';
import { writeFileAtomic } from '../io/atomic-write.js';

export interface ReportJobResult {
  readonly results: readonly ClaimResult[];
  readonly claimsPath: string;
  readonly htmlPath: string;
  readonly backend: string;
  readonly missingUnits: readonly string[];
}

export async function writeReport(options: PipelineOptions & { reportsDir: string }): Promise<ReportJobResult> {
  const evidence = storedEvidence(options);
  const { results, context } = await judgeClaims(options, evidence);
  const backend = context.replication?.backend ?? 'none (no super-net trained in this store)';
  const meta = { profile: options.profile.name, backend };
  const claimsPath = writeClaimsJson(results, meta, join(options.reportsDir, 'claims.json'));

  const groundTruth = loadGroundTruth(options.resources.groundTruth);
  const { binaryDir, jpegTarball = EMBEDDED_CIFAR10 } = options.resources.cifar10;
  const view = await composeReport({
    claims: claimsJson(results, meta),
    authors: context.authors(),
    reanalysis: context.reanalysis(),
    search: context.searchStudy(),
    replication: context.replication,
    seed: options.seed,
    provenance: {
      commit: codeCommit(),
      profile: options.profile.name,
      backend,
      seeds: `profile seed ${options.seed}; each unit derives its streams from (seed, unit label)`,
      generatedAt: new Date().toISOString(),
      dataSources: [
        { name: 'NAS-Bench-101 ground truth', kind: groundTruth.kind, location: groundTruth.source },
        { name: "authors' raw evaluations", kind: 'embedded', location: 'data/ws-eval-results/ws_eval_results.csv.gz', sha256: await fileSha256(DEFAULT_AUTHORS_FILE) },
        binaryDir
          ? { name: 'CIFAR-10', kind: 'official-binary', location: binaryDir }
          : { name: 'CIFAR-10', kind: 'jpeg-subset', location: jpegTarball.replace(/^.*\/data\//, 'data/') },
      ],
      durations: evidence.durations,
      configDifferences: CONFIG_DIFFERENCES,
    },
  });
  const htmlPath = join(options.reportsDir, 'index.html');
  writeFileAtomic(htmlPath, renderReport(view));
  return { results, claimsPath, htmlPath, backend, missingUnits: evidence.missing };
}
