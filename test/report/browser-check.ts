/**
 * Open a rendered report in headless Chromium (Debian's, driven by playwright-core) and check what a reader
 * would see at 1400 px: the page loads without console errors, every chart is visible, nothing overflows the page
 * horizontally, no raw JSON is visible and chart text is at least 12 px. Keeps a screenshot. A test helper:
 * playwright-core is a dev dependency; CHROMIUM_PATH names another Chromium.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserCheck {
  readonly consoleErrors: readonly string[];
  readonly charts: number;
  readonly visibleCharts: number;
  readonly title: string;
  /** Elements whose right edge passes the 1400 px viewport (tag, id or class, and width). */
  readonly overflowing: readonly string[];
  /** Visible text that looks like raw JSON ({"key": ...). */
  readonly visibleJson: readonly string[];
  /** SVG text drawn below 12 px. */
  readonly smallChartText: readonly string[];
}

/** The report is read on a laptop screen: 1400 px wide. */
export const VIEWPORT = { width: 1400, height: 900 };

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function checkReportInBrowser(htmlFile: string, screenshotFile: string): Promise<BrowserCheck> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    const charts = page.locator('figure.chart svg');
    const count = await charts.count();
    let visible = 0;
    for (let i = 0; i < count; i++) {
      const box = await charts.nth(i).boundingBox();
      if ((await charts.nth(i).isVisible()) && box && box.width > 50 && box.height > 50) visible++;
    }
    // Page-side code is passed as text: a transpiled function would carry the transpiler's helpers (e.g. __name).
    const overflowing = (await page.evaluate(`(() => {
      const width = ${VIEWPORT.width};
      const label = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '');
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 0.5);
      const page = document.documentElement.scrollWidth > width ? ['document (' + document.documentElement.scrollWidth + ' px)'] : [];
      return [...page, ...wide.slice(0, 20).map((e) => label(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)')];
    })()`)) as string[];
    const visibleJson = (await page.evaluate(`document.body.innerText.split('\\n').filter((line) => /[{[]\\s*"[^"]+"\\s*:/.test(line)).slice(0, 10)`)) as string[];
    const smallChartText = (await page.evaluate(
      `[...document.querySelectorAll('figure.chart svg text')].filter((t) => parseFloat(getComputedStyle(t).fontSize) < 12).slice(0, 10).map((t) => t.textContent + ' (' + getComputedStyle(t).fontSize + ')')`,
    )) as string[];
    await page.screenshot({ path: screenshotFile, fullPage: true });
    return { consoleErrors, charts: count, visibleCharts: visible, title: await page.title(), overflowing, visibleJson, smallChartText };
  } finally {
    await browser.close();
  }
}
