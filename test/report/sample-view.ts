/** A small but complete report view for the renderer and browser tests. */
import { CONFIG_DIFFERENCES } from '../../src/report/config-differences.js';
import { intervalChart, scatterWithMarginals } from '../../src/report/charts.js';
import type { ReportView } from '../../src/report/view.js';
import { claimsJson } from '../../src/claims/claims-json.js';
import { claimsDocument } from '../../src/report/compose.js';

export async function sampleView(): Promise<ReportView> {
  const points = Array.from({ length: 30 }, (_, i) => ({
    proxy: 0.3 + (i % 7) / 20,
    standalone: 0.85 + i / 400,
    group: i % 3 === 0 ? 'residual' : 'other',
  }));
  return {
    claims: claimsDocument(
      claimsJson(
        [
          {
            id: 'C07',
            statement: 'Space sizes',
            source: '5.3',
            levels: [{ level: 'space', verdict: 'reproduced', measured: { Afull: 423624 }, paper: { Afull: 423624 }, detail: 'exact', rule: 'equality' }],
          },
          {
            id: 'C17',
            statement: 'Greedy search wins given time',
            source: '5.2',
            levels: [{ level: 'search', verdict: 'skipped', measured: null, paper: null, detail: 'needs <official> table', rule: '' }],
          },
        ],
        { profile: 'smoke', backend: 'wasm' },
      ),
    ),
    provenance: {
      commit: 'abc1234',
      profile: 'smoke',
      backend: 'wasm',
      seeds: '0',
      generatedAt: '2026-11-28T00:00:00Z',
      dataSources: [{ name: 'ground truth', kind: 'subset', location: 'data/ws-eval-results', sha256: 'ff' }],
      durations: [{ unit: 'train', seconds: 12.5 }],
      configDifferences: CONFIG_DIFFERENCES,
    },
    sections: [
      {
        id: 'table3',
        title: 'Table 3',
        intro: 'Spearman correlations.',
        tables: [{ caption: 'bns-ft', columns: ['space', 'paper', 'measured'], rows: [['A1', 0.68, 0.6812], ['A2', null, 0.5]] }],
        figures: [
          { title: 'A1', caption: 'proxy vs standalone', svg: await scatterWithMarginals(points, 'A1') },
          { title: 'bns-ft', caption: 'intervals', svg: await intervalChart([{ space: 'A1', source: 'paper', mean: 0.68, low: 0.6, high: 0.75 }], 'bns-ft') },
        ],
      },
    ],
  };
}
