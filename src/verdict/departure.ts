/**
 * Levels measured under a protocol that departs from the paper's (a smaller search budget, a tiny super-net, the
 * authors' subset instead of the official table). Their rule judges only what that protocol supports, and the
 * departure travels with the result: it is printed in the verdict line and the claim's headline does not count the
 * level as a plain verdict on the paper's claim (statements.ts).
 */
import type { LevelResult } from './verdict.js';

export interface ProtocolDeparture {
  /** What this level used, e.g. "1,000 WS evaluations per search on the authors' subset". */
  readonly here: string;
  /** What the paper used, e.g. "10,000 evaluations on the official table". */
  readonly paper: string;
}

export function describeDeparture(d: ProtocolDeparture): string {
  return `${d.here} (paper: ${d.paper})`;
}

/** The level's result marked with its departure; a level whose input is missing stays a plain skip. */
export function underDeparture(result: LevelResult, departure: ProtocolDeparture): LevelResult {
  if (result.verdict === 'skipped' && result.departure === undefined) return result;
  return { ...result, departure: describeDeparture(departure) };
}

/** The verdict as a reader should see it: the departure beside the word. */
export function verdictLine(result: Pick<LevelResult, 'verdict' | 'discrepancy' | 'departure'>): string {
  const rounding = result.discrepancy === 'rounding' ? ' (rounding-size)' : '';
  return result.departure ? `${result.verdict}${rounding} at a departed protocol: ${result.departure}` : `${result.verdict}${rounding}`;
}
