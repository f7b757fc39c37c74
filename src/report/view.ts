/**
 * The report's view model: plain data that the Handlebars template renders. Analyses turn their results into
 * sections (tables and SVG figures); the verdicts come from the claims document (reports/claims.json's shape).
 */
import type { ConfigDifference } from './config-differences.js';

export type Verdict = 'reproduced' | 'not reproduced' | 'inconsistent' | 'inconclusive' | 'skipped';
export type HeadlineVerdict = Verdict | 'partly reproduced' | 'not comparable';

/** One level's evidence on one statement: a sentence from the rule's numbers, the paper's numbers, the power. */
export interface EvidenceRowView {
  readonly level: string;
  readonly verdict: Verdict;
  readonly verdictLine: string;
  readonly sentence: string;
  readonly paper: string;
  readonly power: string | null;
}

export interface StatementView {
  readonly text: string;
  readonly verdict: Verdict;
  readonly verdictLine: string;
  readonly evidence: readonly EvidenceRowView[];
}

/** A level's rule, full detail and raw numbers, for the collapsed block. */
export interface LevelDetailView {
  readonly level: string;
  readonly verdictLine: string;
  readonly rule: string;
  readonly detail: string;
  readonly json: string;
}

export interface ClaimView {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
  readonly verdict: HeadlineVerdict;
  readonly verdictLine: string;
  readonly summary: string;
  /** "search: <how its protocol departs from the paper's>", once per departed level. */
  readonly departures: readonly string[];
  readonly statements: readonly StatementView[];
  readonly levels: readonly LevelDetailView[];
}

/** The claims part of the report, from reports/claims.json (docs/DESIGN.md). */
export interface ClaimsDocument {
  readonly profile: string;
  readonly backend: string;
  /** The claims file, relative to the report (a link). */
  readonly file: string;
  readonly claims: readonly ClaimView[];
}

export interface TableView {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export interface FigureView {
  readonly title: string;
  readonly caption: string;
  readonly svg: string;
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly tables: readonly TableView[];
  readonly figures: readonly FigureView[];
}

export interface DataSource {
  readonly name: string;
  readonly kind: string;
  readonly location: string;
  readonly sha256?: string;
}

export interface Provenance {
  readonly commit: string;
  readonly profile: string;
  readonly backend: string;
  readonly seeds: string;
  readonly generatedAt: string;
  readonly dataSources: readonly DataSource[];
  /** `recorded`: taken from the committed recorded results ("recorded on <date> at <commit>, <backend>, <duration>"). */
  readonly durations: readonly { readonly unit: string; readonly seconds: number; readonly recorded?: string }[];
  readonly configDifferences: readonly ConfigDifference[];
}

export interface ReportView {
  readonly claims: ClaimsDocument;
  readonly provenance: Provenance;
  readonly sections: readonly SectionView[];
}
