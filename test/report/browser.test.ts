import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkReportInBrowser, chromiumAvailable, CHROMIUM } from './browser-check.js';
import { renderReport } from '../../src/report/render.js';
import { sampleView } from './sample-view.js';

// .ci/run installs Debian's chromium; a developer machine without it skips, saying so.
describe.skipIf(!chromiumAvailable())(`report in a real browser (${CHROMIUM})`, () => {
  test('loads without console errors and shows every chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const html = join(dir, 'index.html');
    writeFileSync(html, renderReport(await sampleView()));
    const check = await checkReportInBrowser(html, join(dir, 'screenshot.png'));
    expect(check.consoleErrors).toEqual([]);
    expect(check.title).toContain('reproduction report');
    expect(check.charts).toBe(2);
    expect(check.visibleCharts).toBe(2);
    expect(statSync(join(dir, 'screenshot.png')).size).toBeGreaterThan(10_000);
  });
});
