/**
 * reports/claims.json in the shape docs/DESIGN.md gives, written atomically (temp file, then rename): the run's
 * provenance (what produced the verdicts, from which data), then per claim its headline, its atomic statements
 * (src/verdict/statements.ts) and its levels.
 */
import { writeFileAtomic } from '../io/atomic-write.js';
import { verdictLine } from '../verdict/departure.js';
import { claimStatements, headline, headlineLine } from '../verdict/statements.js';
import type { ClaimResult } from '../verdict/verdict.js';

/** A file the verdicts were computed from, named repository-relative (or by file name) with its checksum. */
export interface DataFile {
  readonly name: string;
  readonly kind: string;
  readonly file: string;
  readonly sha256?: string;
}

/** A planned unit of the profile and where its result came from. */
export interface UnitStatus {
  readonly label: string;
  readonly key: string;
  /** computed by this invocation, reused from the store, read from the repository's recorded results, or missing. */
  readonly status: 'computed' | 'reused' | 'recorded' | 'missing';
  readonly seconds?: number;
  /** For a recorded unit: "recorded on <date> at <commit>, <backend>, <duration>". */
  readonly recorded?: string;
}

export interface ClaimsJsonMeta {
  readonly profile: string;
  /** The backend's description as the units recorded it; a WebGPU one names its adapter. */
  readonly backend: string;
  readonly provenance?: {
    readonly wsReproVersion: string;
    readonly commit: string;
    readonly seed: number;
    readonly generatedAt: string;
    readonly groundTruths: readonly DataFile[];
    readonly dataFiles: readonly DataFile[];
    readonly units: readonly UnitStatus[];
  };
}

export function claimsJson(results: readonly ClaimResult[], meta: ClaimsJsonMeta) {
  return {
    profile: meta.profile,
    backend: meta.backend,
    ...meta.provenance,
    claims: results.map((c) => {
      const statements = claimStatements(c);
      const head = headline(statements, c.statement);
      return {
        id: c.id,
        statement: c.statement,
        source: c.source,
        verdict: head.verdict,
        rounding: head.rounding,
        summary: head.summary,
        headline: headlineLine(head),
        statements: statements.map((s) => ({
          text: s.text,
          verdict: s.verdict,
          ...(s.discrepancy ? { discrepancy: s.discrepancy } : {}),
          ...(s.departure ? { departure: s.departure } : {}),
          ...(s.finding ? { finding: s.finding } : {}),
          evidence: s.evidence.map((e) => ({ ...e, verdictLine: verdictLine(e) })),
        })),
        levels: c.levels.map((l) => ({
          level: l.level,
          verdict: l.verdict,
          verdictLine: verdictLine(l),
          ...(l.discrepancy ? { discrepancy: l.discrepancy } : {}),
          ...(l.departure ? { departure: l.departure } : {}),
          measured: l.measured,
          paper: l.paper,
          detail: l.detail,
          rule: l.rule,
          ...(l.power ? { power: l.power } : {}),
        })),
      };
    }),
  };
}

/** Non-finite numbers (a value that could not be computed) are written as null, as JSON requires. */
/** The document claimsJson builds, as the report reads it. */
export type ClaimsJson = ReturnType<typeof claimsJson>;

export function writeClaimsJson(results: readonly ClaimResult[], meta: ClaimsJsonMeta, path = 'reports/claims.json'): string {
  writeFileAtomic(path, `${JSON.stringify(claimsJson(results, meta), null, 2)}\n`);
  return path;
}
