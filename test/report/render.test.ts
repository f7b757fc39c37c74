import { describe, expect, test } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import { sampleView } from './sample-view.js';

describe('renderReport', () => {
  test('one self-contained page: verdicts, sections, provenance, escaped text', async () => {
    const html = renderReport(await sampleView());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('<span class="verdict v-reproduced">reproduced</span>');
    expect(html).toContain('class="verdict v-skipped"');
    expect((html.match(/<figure class="chart">/g) ?? []).length).toBe(2);
    // Numbers are shown with 3 significant digits, missing values as a dash.
    expect(html).toContain('<td class="num">0.681</td>');
    expect(html).toContain('<td class="">–</td>');
    // User-provided text is escaped, SVG is inlined raw.
    expect(html).toContain('needs &lt;official&gt; table');
    expect(html).toContain('<svg');
    expect(html).toContain('EVAL.n_ft_bn_stats: 4');
  });
});
