import { AUTHOR_SPACES } from '../authors/evaluations.js';
import { TABLES_4_5 } from '../audit/paper-numbers.js';
import { paperTable3Entry } from '../reanalysis/paper-table3.js';
import { spearman } from '../stats/spearman.js';
import { judgeNoAssociation } from '../verdict/association.js';
import { skippedLevel } from '../verdict/skip.js';
import type { ClaimDefinition } from './claim.js';
import { missingComparison, universeNote } from './one-shot.js';

const bnsFt = AUTHOR_SPACES.map((s) => paperTable3Entry('bns-ft', s).mean);
const printedD = (column: 'RSbs-RSws' | 'RSbs-GSws') =>
  AUTHOR_SPACES.map((s) => (TABLES_4_5.find((r) => r.space === s) as (typeof TABLES_4_5)[number]).comparisons[column].d);

export const C12: ClaimDefinition = {
  id: 'C12',
  statement: "There is no clear link between a space's correlation level (Table 3) and the ability of WS to beat random search (Table 4)",
  source: 'section 5.2',
  levels: {
    audit: () =>
      judgeNoAssociation(
        'audit',
        [
          { name: 'Table 3 bns-ft vs Table 4 d(RSbs-RSws)', correlation: spearman(bnsFt, printedD('RSbs-RSws')) },
          { name: 'Table 3 bns-ft vs Table 4 d(RSbs-GSws)', correlation: spearman(bnsFt, printedD('RSbs-GSws')) },
        ],
        { bnsFt, dRS: printedD('RSbs-RSws'), dGS: printedD('RSbs-GSws') },
      ),
    search: (ctx) => {
      const study = ctx.searchStudy();
      const table = ctx.reanalysis().table3;
      const tests = (['RS_ws vs RS_bs', 'GS_ws vs RS_bs'] as const).flatMap((comparison) => {
        const rows = AUTHOR_SPACES.map((space) => ({
          correlation: table.entries.find((c) => c.setting === 'bns-ft' && c.space === space)?.mean,
          d: study.perSpace.find((s) => s.space === space)?.oneShot.find((o) => o.comparison === comparison)?.d,
        })).filter((r): r is { correlation: number; d: number } => r.correlation !== undefined && r.d !== undefined && Number.isFinite(r.d));
        return rows.length >= 4 ? [{ name: `re-analysed bns-ft correlation vs measured d(${comparison})`, correlation: spearman(rows.map((r) => r.correlation), rows.map((r) => r.d)) }] : [];
      });
      if (tests.length === 0) return skippedLevel('search', missingComparison(study, 'RS_ws vs RS_bs'));
      const result = judgeNoAssociation('search', tests, { bnsFt, dRS: printedD('RSbs-RSws'), dGS: printedD('RSbs-GSws') });
      return { ...result, detail: `${universeNote(study)}. ${result.detail}` };
    },
  },
};
