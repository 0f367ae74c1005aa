// Makes every picture in docs/images/ from fixtures and the example, so the docs never
// show a picture drawn by hand or by an older build. Each picture (or group) is one module
// in scripts/images/ that exports `default async function (ctx)`; ctx gives
//   root     the repository's folder          images  docs/images/
//   tmp      a fresh temporary folder         plan(cwd, ...args)  runs bin/plan.js, returns stdout
//   browser  a playwright-core Chromium       shoot(file, png, {width, height, fullPage, selector, scrollTo})
// Needs the tsc build (npm run build:all) and a Chromium (PLANVERK_CHROMIUM or on PATH).
//   node scripts/refresh-images.mjs            all pictures
//   node scripts/refresh-images.mjs arshjul    only scripts/images/arshjul*.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../dist/output/pdf/find-chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = join(root, 'docs', 'images');
const tmp = mkdtempSync(join(tmpdir(), 'planverk-images-'));
mkdirSync(images, { recursive: true });
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600', NO_COLOR: '1' };
const plan = (cwd, ...args) => execFileSync(process.execPath, [join(root, 'bin', 'plan.js'), ...args], { cwd, env, maxBuffer: 1 << 28 }).toString();

const only = process.argv[2];
const modules = readdirSync(join(root, 'scripts', 'images'))
  .filter((f) => f.endsWith('.mjs') && (!only || f.startsWith(only)))
  .sort();
const browser = await chromium.launch({ executablePath: findChromium(process.env), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const written = [];
async function shoot(file, png, { width = 1100, height = 760, fullPage = false, selector, scrollTo } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const target = join(images, png);
    if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
    if (selector) await page.locator(selector).first().screenshot({ path: target });
    else await page.screenshot({ path: target, fullPage });
    written.push(`docs/images/${png}`);
  } finally {
    await page.close();
  }
}
try {
  for (const name of modules) {
    const mod = await import(pathToFileURL(join(root, 'scripts', 'images', name)).href);
    await mod.default({ root, images, tmp, plan, browser, shoot });
  }
} finally {
  await browser.close();
}
console.log(written.length ? `wrote ${written.join(', ')}` : 'no pictures written');
