/** The claim catalogue of docs/CLAIMS.md, in order, and its evaluation. */
import type { ClaimResult } from '../verdict/verdict.js';
import { evaluateClaim, type ClaimDefinition } from './claim.js';
import type { EvidenceContext } from '../evidence/context.js';
import { C01 } from './C01.js';
import { C02 } from './C02.js';
import { C03 } from './C03.js';
import { C04 } from './C04.js';
import { C05 } from './C05.js';
import { C06 } from './C06.js';
import { C07 } from './C07.js';
import { C08 } from './C08.js';
import { C09 } from './C09.js';
import { C10 } from './C10.js';
import { C11 } from './C11.js';
import { C12 } from './C12.js';
import { C13 } from './C13.js';
import { C14 } from './C14.js';
import { C15 } from './C15.js';
import { C16 } from './C16.js';
import { C17 } from './C17.js';
import { C18 } from './C18.js';
import { C19 } from './C19.js';
import { C20 } from './C20.js';
import { C21 } from './C21.js';

export const CLAIMS: readonly ClaimDefinition[] = [C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21];

export function claimById(id: string): ClaimDefinition {
  const claim = CLAIMS.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${JSON.stringify(id)}; the catalogue has ${CLAIMS.map((c) => c.id).join(', ')}`);
  return claim;
}

/** `onClaim` is told each claim before it is judged (progress). */
export async function evaluateAllClaims(context: EvidenceContext, onClaim: (id: string) => void = () => undefined): Promise<ClaimResult[]> {
  const results: ClaimResult[] = [];
  for (const claim of CLAIMS) {
    onClaim(claim.id);
    results.push(await evaluateClaim(claim, context));
  }
  return results;
}
