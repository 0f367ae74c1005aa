import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

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
 * The WCAG 2.1 A and AA violations axe-core finds on an HTML file, opened from
 * file:// in Chromium (light colour scheme, desktop width).
 */
export async function axeViolations(browser: Browser, file: string): Promise<Violation[]> {
  // The pages forbid scripts (CSP); axe is the test's own script, so the test lifts that.
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(() =>
      (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<unknown> } }).axe.run((globalThis as unknown as { document: unknown }).document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    )) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  } finally {
    await context.close();
  }
}
