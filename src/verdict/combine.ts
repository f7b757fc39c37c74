/**
 * One level judged by several checks (e.g. a directional test and printed figures): the level's verdict is the
 * strongest finding among its parts (a refutation, then an inconsistency, then missing power), and reproduced only
 * when every part is. The parts are kept: each is one statement of the claim (statements.ts).
 */
import { isDiscrepancy, type EvidenceLevel, type LevelPart, type LevelResult, type Verdict } from './verdict.js';

const PRECEDENCE: readonly Verdict[] = ['not reproduced', 'inconsistent', 'inconclusive', 'reproduced', 'skipped'];

export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0 || verdicts.every((v) => v === 'skipped')) return 'skipped';
  return PRECEDENCE.find((v) => v !== 'skipped' && verdicts.includes(v)) ?? 'skipped';
}

export function combineLevel(level: EvidenceLevel, parts: readonly LevelPart[]): LevelResult {
  if (parts.length === 0) throw new Error(`combineLevel(${level}): no parts`);
  if (parts.length === 1) return { ...parts[0].result, level, parts };
  const weakest = parts
    .map((p) => p.result.power)
    .filter((p) => p !== undefined)
    .sort((a, b) => a.achieved - b.achieved)[0];
  // Parts skipped for the same reason are listed once.
  const skippedFor = new Map<string, string[]>();
  for (const p of parts) if (p.result.verdict === 'skipped') skippedFor.set(p.result.detail, [...(skippedFor.get(p.result.detail) ?? []), p.name]);
  const judged = parts.filter((p) => p.result.verdict !== 'skipped').map((p) => `[${p.name}: ${p.result.verdict}] ${p.result.detail}`);
  const skipped = [...skippedFor].map(([detail, names]) => `[${names.join(', ')}: skipped] ${detail}`);
  const verdict = combineVerdicts(parts.map((p) => p.result.verdict));
  const discrepancies = parts.filter((p) => isDiscrepancy(p.result.verdict)).map((p) => p.result.discrepancy ?? 'material');
  const deciding = parts.filter((p) => p.result.verdict === verdict && p.result.finding);
  return {
    level,
    verdict,
    parts,
    ...(discrepancies.length > 0 ? { discrepancy: discrepancies.every((d) => d === 'rounding') ? ('rounding' as const) : ('material' as const) } : {}),
    ...(deciding.length > 0 ? { finding: deciding.map((p) => p.result.finding).join('; ') } : {}),
    measured: Object.fromEntries(parts.map((p) => [p.name, p.result.measured])),
    paper: Object.fromEntries(parts.map((p) => [p.name, p.result.paper])),
    detail: [...judged, ...skipped].join(' '),
    rule: `every part must be reproduced; precedence ${PRECEDENCE.join(' > ')}. Parts' rules: ${[...new Set(parts.map((p) => p.result.rule))].join(' | ')}`,
    ...(weakest ? { power: weakest } : {}),
  };
}
