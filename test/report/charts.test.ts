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

  test('regret curves draw a median or lower bound of 0 at the axis floor, the smallest positive value', async () => {
    // Made-up band: the smallest positive value is 0.001 (high at 100 s), so the log axis spans 0.001 to 0.02.
    const points = [
      { algorithm: 'RS_bs', seconds: 1, median: 0.01, low: 0.005, high: 0.02 },
      { algorithm: 'RS_bs', seconds: 10, median: 0.002, low: 0, high: 0.004 },
      { algorithm: 'RS_bs', seconds: 100, median: 0, low: 0, high: 0.001 },
    ];
    const svg = await regretCurves(points, 'A2');
    const labels = [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/g)].map((m) => [...m[1].matchAll(/>([^<]+)</g)].map((t) => t[1]));
    const yLabels = labels.find((l) => l.includes('0.01'))!;
    expect(yLabels).toContain('0.001');
    expect(yLabels).not.toContain('0.0001');
  });

  test('scatter colours: a highlighted subgroup in red, "other" in grey, whatever the names sort to', async () => {
    const points = [0, 1, 2, 3].map((i) => ({ proxy: i / 10, standalone: 0.9 + i / 100, group: i % 2 ? 'other' : '3x3 conv on vertex 1' }));
    const svg = await scatterWithMarginals(points, 'A4');
    expect(svg).toMatch(/aria-roledescription="circle"[^>]*fill="#e45756"|fill="#e45756"[^>]*aria-roledescription="circle"/);
    expect(svg).toContain('fill="#9aa4b1"');
  });

  test('interval chart names every space', async () => {
    const rows = ['A1', 'Ares'].flatMap((space) =>
      ['paper', 're-analysis'].map((source) => ({ space, source, mean: 0.6, low: 0.5, high: 0.7 })),
    );
    const svg = await intervalChart(rows, 'Table 3, bns-ft');
    for (const name of ['A1', 'Ares', 'paper', 're-analysis']) expect(svg).toContain(name);
  });
});
