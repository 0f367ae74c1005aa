import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One axe-core violation, short enough to read in a failed assertion. */
export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Opens Chromium for axe runs; close it when done. */
export function openBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS });
}

/**
 * One page per browser for every axe run: a new context per file, with axe-core's
 * 550 kB injected into each, cost about 2.5 s a file on the 2-core machine, and most of
 * the suite's time in site.test.ts; navigating one page (axe comes in as an init
 * script, before the page's own) takes a quarter of that. Each file is still a fresh
 * document, loaded from file:// with the same viewport and colour scheme.
 */
const PAGES = new WeakMap<Browser, Promise<Page>>();

function axePage(browser: Browser): Promise<Page> {
  let page = PAGES.get(browser);
  if (!page) {
    page = (async () => {
      // The pages forbid scripts (CSP); axe is the test's own script, so the test lifts that.
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
      await context.addInitScript({ content: AXE });
      return context.newPage();
    })();
    PAGES.set(browser, page);
  }
  return page;
}

/**
 * The WCAG 2.1 A and AA violations axe-core finds on an HTML file, opened from
 * file:// in Chromium (light colour scheme, desktop width).
 */
export async function axeViolations(browser: Browser, file: string): Promise<Violation[]> {
  const page = await axePage(browser);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const result = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<unknown> } }).axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}
