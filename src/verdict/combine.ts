/**
 * One level judged by several checks (e.g. a directional test and printed figures): the level's verdict is the
 * strongest finding among its parts (a refutation, then an inconsistency, then missing power), and reproduced only
 * when every part is.
 */
import type { EvidenceLevel, LevelResult, Verdict } from './verdict.js';

const PRECEDENCE: readonly Verdict[] = ['not reproduced', 'inconsistent', 'inconclusive', 'reproduced', 'skipped'];

export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0 || verdicts.every((v) => v === 'skipped')) return 'skipped';
  return PRECEDENCE.find((v) => v !== 'skipped' && verdicts.includes(v)) ?? 'skipped';
}

export function combineLevel(level: EvidenceLevel, parts: readonly { readonly name: string; readonly result: LevelResult }[]): LevelResult {
  if (parts.length === 0) throw new Error(`combineLevel(${level}): no parts`);
  if (parts.length === 1) return { ...parts[0].result, level };
  const weakest = parts
    .map((p) => p.result.power)
    .filter((p) => p !== undefined)
    .sort((a, b) => a.achieved - b.achieved)[0];
  // Parts skipped for the same reason are listed once.
  const skippedFor = new Map<string, string[]>();
  for (const p of parts) if (p.result.verdict === 'skipped') skippedFor.set(p.result.detail, [...(skippedFor.get(p.result.detail) ?? []), p.name]);
  const judged = parts.filter((p) => p.result.verdict !== 'skipped').map((p) => `[${p.name}: ${p.result.verdict}] ${p.result.detail}`);
  const skipped = [...skippedFor].map(([detail, names]) => `[${names.join(', ')}: skipped] ${detail}`);
  return {
    level,
    verdict: combineVerdicts(parts.map((p) => p.result.verdict)),
    measured: Object.fromEntries(parts.map((p) => [p.name, p.result.measured])),
    paper: Object.fromEntries(parts.map((p) => [p.name, p.result.paper])),
    detail: [...judged, ...skipped].join(' '),
    rule: `every part must be reproduced; precedence ${PRECEDENCE.join(' > ')}. Parts' rules: ${[...new Set(parts.map((p) => p.result.rule))].join(' | ')}`,
    ...(weakest ? { power: weakest } : {}),
  };
}
