/**
 * A claim of the catalogue (docs/CLAIMS.md): its statement, where the paper makes it, and one evaluator per evidence
 * level. Evaluators take the shared evidence context and return a level result computed by a src/verdict rule; a
 * level measured under a protocol that departs from the paper's is marked with its departure here (protocol.ts).
 */
import type { EvidenceContext } from '../evidence/context.js';
import { underDeparture } from '../verdict/departure.js';
import { EVIDENCE_LEVELS, type ClaimResult, type EvidenceLevel, type LevelResult } from '../verdict/verdict.js';
import { levelDeparture } from './protocol.js';

export type LevelEvaluator = (context: EvidenceContext) => LevelResult | Promise<LevelResult>;

export interface ClaimDefinition {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
  readonly levels: Readonly<Partial<Record<EvidenceLevel, LevelEvaluator>>>;
}

/** The levels a claim has, in docs/CLAIMS.md's order. */
export function claimLevels(claim: ClaimDefinition): EvidenceLevel[] {
  return EVIDENCE_LEVELS.filter((level) => claim.levels[level] !== undefined);
}

export async function evaluateLevel(claim: ClaimDefinition, level: EvidenceLevel, context: EvidenceContext): Promise<LevelResult> {
  const evaluator = claim.levels[level];
  if (!evaluator) throw new Error(`${claim.id}: no ${level} level (levels: ${claimLevels(claim).join(', ')})`);
  const result = await evaluator(context);
  if (result.level !== level) throw new Error(`${claim.id}: the ${level} evaluator returned a ${result.level} result`);
  // Every level measured under a departed protocol is marked alike, whichever claim it belongs to.
  const departure = result.verdict === 'skipped' && result.departure === undefined ? undefined : levelDeparture(level, context);
  return departure ? underDeparture(result, departure) : result;
}

export async function evaluateClaim(claim: ClaimDefinition, context: EvidenceContext): Promise<ClaimResult> {
  const levels: LevelResult[] = [];
  for (const level of claimLevels(claim)) levels.push(await evaluateLevel(claim, level, context));
  return { id: claim.id, statement: claim.statement, source: claim.source, levels };
}
