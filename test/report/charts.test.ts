import { describe, expect, test } from 'vitest';
import { intervalChart, regretCurves, scatterWithMarginals } from '../../src/report/charts.js';
import { derivedRandom } from '../../src/random.js';

describe('charts render to standalone SVG', () => {
  test('scatter with marginals draws one circle per point', async () => {
    const random = derivedRandom(1, 'scatter');
    const points = Array.from({ length: 50 }, (_, i) => ({
      proxy: random(),
      standalone: 0.8 + 0.1 * random(),
      group: i % 5 === 0 ? 'residual' : 'other',
    }));
    const svg = await scatterWithMarginals(points, 'A1');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('standalone validation accuracy');
    // Vega draws each circle as one path in the "mark-symbol" group.
    const symbols = svg.split('role-mark').length - 1;
    expect(symbols).toBeGreaterThan(0);
    expect((svg.match(/<path[^>]*aria-roledescription="circle"/g) ?? []).length).toBe(50);
  });

  test('regret curves use log axes and drop non-positive values', async () => {
    const points = [1, 10, 100].flatMap((seconds) => [
      { algorithm: 'RS_bs', seconds, median: 0.01 / seconds, low: 0.005 / seconds, high: 0.02 / seconds },
      { algorithm: 'GS_bs', seconds, median: 0, low: 0, high: 0 },
    ]);
    const svg = await regretCurves(points, 'Afull');
    expect(svg).toContain('test regret');
    expect(svg).toContain('RS_bs');
    expect(svg).not.toContain('GS_bs');
  });

  test('interval chart names every space', async () => {
    const rows = ['A1', 'Ares'].flatMap((space) =>
      ['paper', 're-analysis'].map((source) => ({ space, source, mean: 0.6, low: 0.5, high: 0.7 })),
    );
    const svg = await intervalChart(rows, 'Table 3, bns-ft');
    for (const name of ['A1', 'Ares', 'paper', 're-analysis']) expect(svg).toContain(name);
  });
});
