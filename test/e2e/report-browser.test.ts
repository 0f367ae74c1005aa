import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { EXAMPLE, REPO } from '../helpers/run.js';
import { plan } from '../helpers/plan-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(REPO, 'test/artifacts');

// CI installs Debian's chromium (.ci/run), so there the test must run; elsewhere it needs chromium installed.
it.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  'the HTML report opens in Chromium without console errors or requests, with the budget table and matrix visible',
  async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const html = join(OUTPUT, 'handlingsprogram.html');
    const r = plan(['report', 'handlingsprogram', '--format', 'html', '--out', html, '--force'], { cwd: EXAMPLE });
    expect(r.stderr).toContain('skrev'); // nb: the example repository's language
    expect(r.code).toBe(0);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (req) => requests.push(req.url()));
      const url = pathToFileURL(html).href;
      await page.goto(url, { waitUntil: 'load' });
      await expect.poll(() => page.locator('table.budget-summary').isVisible()).toBe(true);
      await page.locator('svg.planverk-matrix').scrollIntoViewIfNeeded();
      expect(await page.locator('svg.planverk-matrix').isVisible()).toBe(true);
      const box = await page.locator('svg.planverk-matrix').boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(await page.locator('svg.planverk-chart').count()).toBeGreaterThan(5);
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      await page.screenshot({ path: join(OUTPUT, 'handlingsprogram.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(join(OUTPUT, 'handlingsprogram.pdf'), pdf);
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  },
  60_000,
);
