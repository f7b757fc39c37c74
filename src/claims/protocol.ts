/**
 * How a level's protocol departs from the paper's (see src/verdict/departure.ts): the search study's universe, budget
 * and run counts against the paper's (section 4.3: the official table, 10,000 evaluations, 100 baseline and 25 WS
 * runs), the replicated super-nets' profile against the paper profile (section 4.2). Audit, space and re-analysis
 * levels use the paper's own numbers or data and never depart.
 */
import type { EvidenceContext } from '../evidence/context.js';
import { PROFILES, profileNamed, type ReplicationPlan } from '../experiments/profiles.js';
import type { ProtocolDeparture } from '../verdict/departure.js';
import type { EvidenceLevel } from '../verdict/verdict.js';

const PAPER = PROFILES.paper;
const count = (n: number) => n.toLocaleString('en-US');

function searchDeparture(context: EvidenceContext): ProtocolDeparture | undefined {
  const { universe, settings } = context.searchStudy();
  const paper = PAPER.search;
  const here: string[] = [];
  if (universe === 'full-space-run0') here.push("the full-space run-0 table universe (run-0 test accuracy as signal and regret target, modelled times outside the authors' subset)");
  else if (universe !== 'official') here.push(`the ${universe === 'subset' ? "authors' subset" : universe} universe`);
  const budgets = settings.wsEvaluations === settings.evaluations ? `${count(settings.evaluations)} evaluations per search` : `${count(settings.wsEvaluations)} WS and ${count(settings.evaluations)} baseline evaluations per search`;
  if (settings.wsEvaluations !== paper.evaluations || settings.evaluations !== paper.evaluations) here.push(budgets);
  if (settings.baselineRuns !== paper.baselineRuns || settings.wsRuns !== paper.wsRuns) here.push(`${settings.baselineRuns} baseline and ${settings.wsRuns} WS runs`);
  if (here.length === 0) return undefined;
  return {
    here: here.join(', '),
    paper: `the official table, ${count(paper.evaluations)} evaluations per search, ${paper.baselineRuns} baseline and ${paper.wsRuns} WS runs`,
  };
}

function describePlan(p: ReplicationPlan): string {
  const n = p.network;
  const counts = p.supernetsOf ? `${p.supernets} super-net(s) per space and setting (${Object.entries(p.supernetsOf).map(([s, n]) => `${s}: ${n}`).join(', ')})` : `${p.supernets} super-net(s) per space and setting`;
  const variants = p.variantSpaces ? `, variants on ${p.variantSpaces.join(', ')}${p.variantSupernets ? ` (${Object.entries(p.variantSupernets).map(([v, n]) => `${v}: ${n}`).join(', ')})` : ''}` : '';
  return `${counts}${variants}, ${p.epochs} epochs, ${n.initialFilters} initial filters, ${n.cellsPerStack} cell(s) per stack, ${n.imageSize} px images, ${count(p.scoredCells)} scored cells`;
}

function replicationDeparture(context: EvidenceContext): ProtocolDeparture | undefined {
  const r = context.replication;
  if (!r || r.paperScale) return undefined;
  return { here: `profile ${r.profile}: ${describePlan(profileNamed(r.profile).replication)} on ${r.backend}`, paper: describePlan(PAPER.replication) };
}

export function levelDeparture(level: EvidenceLevel, context: EvidenceContext): ProtocolDeparture | undefined {
  if (level === 'search') return searchDeparture(context);
  if (level === 'replication') return replicationDeparture(context);
  return undefined;
}
