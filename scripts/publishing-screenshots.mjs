// Makes the screenshots of docs/publishing.md from the example repository: the HTML
// report in a browser, page 1 of the PDF's title page as printed, and the årshjul page.
// Needs the tsc build (npm run build:dist) and a Chromium (PLANVERK_CHROMIUM or on PATH).
//   node scripts/publishing-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../dist/output/pdf/find-chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples', 'nye-asker');
const images = join(root, 'docs', 'images');
const tmp = mkdtempSync(join(tmpdir(), 'planverk-shots-'));
mkdirSync(images, { recursive: true });
const plan = (...args) => execFileSync(process.execPath, [join(root, 'bin', 'plan.js'), ...args], { cwd: example, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });

plan('report', 'handlingsprogram', '--format', 'html', '--out', join(tmp, 'report.html'));
plan('arshjul', '--year', '2027', '--format', 'html', '--out', join(tmp, 'arshjul.html'));
const browser = await chromium.launch({ executablePath: findChromium(process.env), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.goto(pathToFileURL(join(tmp, 'report.html')).href);
  await page.locator('#fa-tjenester, section.focus-area').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(images, 'publishing-report.png') });
  await page.goto(pathToFileURL(join(tmp, 'arshjul.html')).href);
  await page.screenshot({ path: join(images, 'publishing-arshjul.png') });
} finally {
  await browser.close();
}
console.log(`wrote docs/images/publishing-report.png, docs/images/publishing-arshjul.png`);
