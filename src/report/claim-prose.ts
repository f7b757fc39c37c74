/**
 * Each claim of reports/claims.json as a reader sees it: the headline, then per atomic statement and level one
 * sentence generated from the rule's numbers, the paper's numbers beside ours, and the power. The raw measured and
 * printed values stay in claims.json (and a collapsed block of the report).
 */
import type { ClaimsJson } from '../claims/claims-json.js';
import type { ClaimView, EvidenceRowView } from './view.js';

type ClaimJson = ClaimsJson['claims'][number];
type EvidenceJson = ClaimJson['statements'][number]['evidence'][number];

/** Where a level's numbers come from, as the opening of its sentence. */
const SOURCE: Readonly<Record<string, string>> = {
  audit: "From the paper's printed numbers",
  space: 'By enumerating the cell space',
  reanalysis: "Recomputed from the authors' raw evaluations",
  replication: 'Measured on super-nets trained by ws-repro',
  search: "Measured in ws-repro's search study",
};

const MAX_PAPER_TEXT = 240;

function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return Math.abs(v) >= 1000 ? v.toFixed(0) : String(Number(v.toPrecision(3)));
}

/** Printed values as "key value" text (nested keys joined), not JSON; long ones are cut with their count. */
export function plainValues(value: unknown, prefix = ''): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'number') return [`${prefix}${formatNumber(value)}`];
  if (typeof value === 'string' || typeof value === 'boolean') return [`${prefix}${String(value)}`];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return [`${prefix}${value.map((v) => formatNumber(v as number)).join(', ')}`];
    return value.flatMap((v) => plainValues(v, prefix));
  }
  if (typeof value === 'object') {
    // How many decimals a number was printed with is shown by the number itself.
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'decimals');
    // A record with a name reads "name: the rest".
    const name = entries.find(([k]) => k === 'name' || k === 'space');
    if (name && typeof name[1] === 'string') {
      const rest = entries.filter(([k]) => k !== name[0]).flatMap(([k, v]) => plainValues(v, `${k} `));
      return [`${prefix}${name[1]}: ${rest.join(', ')}`];
    }
    return entries.flatMap(([k, v]) => plainValues(v, `${prefix}${k} `));
  }
  return [];
}

export function paperText(paper: unknown): string {
  const text = plainValues(paper).join('; ');
  return text.length > MAX_PAPER_TEXT ? `${text.slice(0, MAX_PAPER_TEXT - 1)}… (all in claims.json)` : text;
}

/** The level's first sentence (details can run long; the rest is in the collapsed block). */
function firstSentence(detail: string): string {
  const end = detail.search(/\.\s/);
  return end > 0 ? detail.slice(0, end + 1) : detail;
}

/** One sentence from the level's numbers; a departed protocol is stated once per claim (`departures`), not per row. */
export function evidenceSentence(e: EvidenceJson): string {
  const numbers = (e.finding ?? firstSentence(e.detail)).replace(/\.+$/, '');
  return e.verdict === 'skipped' && !e.departure ? `Skipped: ${e.detail}` : `${SOURCE[e.level] ?? e.level}: ${numbers}.`;
}

/** The verdict as a short badge; the departure itself is told above the claim's table. */
function badge(verdict: string, rounding: boolean, departed: boolean): string {
  return `${verdict}${rounding ? ' (rounding-size)' : ''}${departed ? ' (departed protocol)' : ''}`;
}

function powerText(e: EvidenceJson): string | null {
  const p = e.power;
  if (!p) return null;
  const needed = p.nFor80 !== undefined && p.nFor80 > p.n ? `; 0.8 needs n = ${p.nFor80.toLocaleString('en-US')}` : '';
  return `${p.achieved.toFixed(2)} for ${formatNumber(p.effect)} (${p.effectUnit}), n = ${p.n.toLocaleString('en-US')}${needed}`;
}

function evidenceRow(e: EvidenceJson): EvidenceRowView {
  return { level: e.level, verdict: e.verdict, verdictLine: badge(e.verdict, e.discrepancy === 'rounding', e.departure !== undefined), sentence: evidenceSentence(e), paper: paperText(e.paper), power: powerText(e) };
}

export function claimView(claim: ClaimJson): ClaimView {
  return {
    id: claim.id,
    statement: claim.statement,
    source: claim.source,
    verdict: claim.verdict,
    verdictLine: `${claim.verdict}${claim.rounding ? ' (rounding-size)' : ''}`,
    summary: claim.summary,
    statements: claim.statements.map((s) => ({
      text: s.text,
      verdict: s.verdict,
      verdictLine: badge(s.verdict, s.discrepancy === 'rounding', s.departure !== undefined),
      evidence: s.evidence.map(evidenceRow),
    })),
    departures: [...new Set(claim.levels.filter((l) => l.departure).map((l) => `${l.level}: ${l.departure}`))],
    levels: claim.levels.map((l) => ({ level: l.level, verdictLine: l.verdictLine, rule: l.rule, detail: l.detail, json: JSON.stringify({ measured: l.measured, paper: l.paper }, null, 1) })),
  };
}
