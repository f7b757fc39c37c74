/** reports/claims.json in the shape docs/DESIGN.md gives, written atomically (temp file, then rename). */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { overallVerdict, type ClaimResult } from '../verdict/verdict.js';

export interface ClaimsJsonMeta {
  readonly profile: string;
  readonly backend: string;
}

export function claimsJson(results: readonly ClaimResult[], meta: ClaimsJsonMeta) {
  return {
    profile: meta.profile,
    backend: meta.backend,
    claims: results.map((c) => ({
      id: c.id,
      statement: c.statement,
      source: c.source,
      verdict: overallVerdict(c.levels),
      levels: c.levels.map((l) => ({
        level: l.level,
        verdict: l.verdict,
        measured: l.measured,
        paper: l.paper,
        detail: l.detail,
        rule: l.rule,
        ...(l.power ? { power: l.power } : {}),
      })),
    })),
  };
}

/** Non-finite numbers (a value that could not be computed) are written as null, as JSON requires. */
export function writeClaimsJson(results: readonly ClaimResult[], meta: ClaimsJsonMeta, path = 'reports/claims.json'): string {
  mkdirSync(dirname(path), { recursive: true });
  const text = `${JSON.stringify(claimsJson(results, meta), null, 2)}\n`;
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
  return path;
}
