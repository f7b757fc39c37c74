/**
 * Open a rendered report in headless Chromium (Debian's, driven by playwright-core) and check what a reader
 * would see: the page loads without console errors and every chart is visible. Keeps a screenshot. A test helper:
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
}

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
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
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
    await page.screenshot({ path: screenshotFile, fullPage: true });
    return { consoleErrors, charts: count, visibleCharts: visible, title: await page.title() };
  } finally {
    await browser.close();
  }
}
