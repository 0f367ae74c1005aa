import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { renderIndicatorChart } from '../../src/output/svg/line-chart.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { EXAMPLE, REPO, run } from '../helpers/run.js';
import { svgLayout } from '../helpers/svg-layout.js';

const CHROMIUM = '/usr/bin/chromium';
const KOMMUNE_169 = join(REPO, 'test/fixtures/kommune-169');

// Pictures at real scale, measured in a real browser: every <text> box (after layout with the
// fonts Chromium picks) overlaps no other and lies inside its SVG. One browser for the file.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('pictures hold up at real scale', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'planverk-pictures-'));
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ['nb', 'en'] as const) {
    it(`the materiality matrix of all 169 targets (${locale}): no text overlaps, all inside`, async () => {
      const file = join(dir, `matrix-169-${locale}.svg`);
      const r = await run(['matrix', '--out', file, '--locale', locale], KOMMUNE_169);
      expect(r.code, r.stderr).toBe(0);
      const report = await svgLayout(browser, file);
      // The 169 ids (in the cells or the list), the counts, the axes and the legend.
      expect(report.texts).toBeGreaterThan(169);
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
    }, 30_000);
  }

  it('the materiality matrix of the example: no text overlaps, all inside', async () => {
    const file = join(dir, 'matrix-example.svg');
    expect((await run(['matrix', '--out', file], EXAMPLE)).code).toBe(0);
    const report = await svgLayout(browser, file);
    expect(report.texts).toBeGreaterThan(20);
    expect(report.overlaps).toEqual([]);
    expect(report.outside).toEqual([]);
  }, 30_000);

  it("every indicator chart of the example's handlingsprogram, and large and small values: no text overlaps, all inside", async () => {
    const { repo, catalog } = checkRepository(loadRepository(EXAMPLE));
    const model = resolveReport(repo, catalog, { planId: 'handlingsprogram-2027-2030', locale: 'nb' })!;
    const base = model.indicators[0]!;
    const charts = [
      ...model.indicators.map((ind) => renderIndicatorChart(ind, 'nb')),
      renderIndicatorChart({ ...base, status: 'at-risk', baseline: { year: 2019, value: 180000 }, actuals: [{ year: 2020, value: 168000 }, { year: 2024, value: 149000 }], targets: [{ year: 2026, value: 125000 }, { year: 2030, value: 72000 }] }, 'en'),
      renderIndicatorChart({ ...base, status: 'off-track', baseline: { year: 2020, value: 92.8 }, actuals: [{ year: 2022, value: 93.6 }], targets: [{ year: 2030, value: 96 }] }, 'nn'),
    ].filter(Boolean);
    expect(charts.length).toBeGreaterThan(5);
    const file = join(dir, 'charts.html');
    writeFileSync(file, `<!DOCTYPE html><html><body>${charts.map((c) => `<div>${c}</div>`).join('\n')}</body></html>`);
    const report = await svgLayout(browser, file);
    expect(report.texts).toBeGreaterThan(charts.length * 4);
    expect(report.overlaps).toEqual([]);
    expect(report.outside).toEqual([]);
  }, 30_000);
});
