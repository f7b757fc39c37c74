/**
 * The report's view model: plain data that the Handlebars template renders. Analyses turn their results into
 * sections (tables and SVG figures); the verdicts come from the claims document (reports/claims.json's shape).
 */
import type { ConfigDifference } from './config-differences.js';

export type Verdict = 'reproduced' | 'not reproduced' | 'inconsistent' | 'inconclusive' | 'skipped';

export interface ClaimLevelDocument {
  readonly level: string;
  readonly verdict: Verdict;
  readonly measured: unknown;
  readonly paper: unknown;
  readonly detail: string;
  readonly rule?: string;
  readonly power?: number | null;
}

export interface ClaimDocument {
  readonly id: string;
  readonly verdict: Verdict;
  readonly statement?: string;
  readonly source?: string;
  readonly levels: readonly ClaimLevelDocument[];
}

/** reports/claims.json (docs/DESIGN.md). */
export interface ClaimsDocument {
  readonly profile: string;
  readonly backend: string;
  readonly claims: readonly ClaimDocument[];
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
