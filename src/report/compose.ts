/**
 * The report's view model composed from real results: the claims document (reports/claims.json), the
 * re-analysis of the authors' data, the search study and, when a run produced them, the replicated super-nets.
 * Each section module turns one of them into tables and SVG figures; this module only orders them.
 */
import type { AuthorsEvaluation } from '../authors/evaluations.js';
import type { ClaimsJson } from '../claims/claims-json.js';
import type { Reanalysis } from '../reanalysis/reanalysis.js';
import type { SearchStudy } from '../search/study.js';
import { claimView } from './claim-prose.js';
import { biasSection } from './sections/bias.js';
import { integritySection } from './sections/integrity.js';
import type { ReplicationInput } from './sections/replication.js';
import { scatterSection } from './sections/scatter.js';
import { searchSection } from './sections/search.js';
import { table3Section } from './sections/table3.js';
import { sizingSection } from './sections/sizing.js';
import { table3AnalysesSection } from './sections/table3-analyses.js';
import { trainingLengthSection } from './sections/training-length.js';
import type { TrainingLengthCurve } from '../evidence/training-length.js';
import { zeroCostSection } from './sections/zero-cost.js';
import type { ClaimsDocument, Provenance, ReportView, SectionView } from './view.js';

export type { ReplicationInput } from './sections/replication.js';

export interface ReportInputs {
  /** reports/claims.json as `claimsJson(evaluateAllClaims(context), meta)` returns it. */
  readonly claims: ClaimsJson;
  readonly provenance: Provenance;
  /** The authors' raw evaluations the re-analysis was computed from (the scatter plots draw their cells). */
  readonly authors: readonly AuthorsEvaluation[];
  readonly reanalysis: Reanalysis;
  readonly search: SearchStudy;
  /** Super-nets trained by this run; absent when the run trained none. */
  readonly replication?: ReplicationInput;
  /** Spearman vs training length, when the profile plans the curve and the run holds it. */
  readonly trainingLength?: TrainingLengthCurve;
  /** Seed of the scatter plots' subsamples. */
  readonly seed?: number | string;
}

/** The claims as prose and small tables; claims.json (linked beside the report) keeps every number. */
export function claimsDocument(json: ClaimsJson): ClaimsDocument {
  return { profile: json.profile, backend: json.backend, file: 'claims.json', claims: json.claims.map(claimView) };
}

/** A statistic that could not be computed (NaN, e.g. a t-test of two constant samples) is shown as missing. */
function finiteCells(section: SectionView): SectionView {
  const clean = (v: string | number | null) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);
  return { ...section, tables: section.tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map(clean)) })) };
}

export async function composeReport(inputs: ReportInputs): Promise<ReportView> {
  const { reanalysis, replication } = inputs;
  const sections = [
    await table3Section(reanalysis, replication),
    table3AnalysesSection(reanalysis),
    integritySection(reanalysis),
    await scatterSection({ authors: inputs.authors, integrity: reanalysis.integrity, replication, seed: inputs.seed ?? 0 }),
    await searchSection(inputs.search),
    zeroCostSection(reanalysis),
    biasSection(reanalysis),
    sizingSection(inputs.provenance.profile, reanalysis),
    ...(inputs.trainingLength ? [await trainingLengthSection(inputs.trainingLength, reanalysis)] : []),
  ];
  return { claims: claimsDocument(inputs.claims), provenance: inputs.provenance, sections: sections.map(finiteCells) };
}
