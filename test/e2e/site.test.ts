import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findChromium } from '../../src/output/pdf/find-chromium.js';
import { axeViolations, openBrowser } from '../helpers/axe.js';
import { LONG } from '../helpers/test-level.js';
import { hostileTitlesRepo } from '../helpers/hostile-titles.js';
import { EXAMPLE, run } from '../helpers/run.js';

function chromiumPath(): string | undefined {
  try {
    return findChromium(process.env);
  } catch {
    return undefined;
  }
}
const CHROMIUM = chromiumPath();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/**
 * The pages axe-core checks in a site. In `npm run test:long` (and CI), every page of
 * every language. In `npm test`, the root; of the default language (nb), every page made
 * by a template of its own (the pages at the top of the tree and in reports/), and of each
 * folder of pages from one template (fa/, goal/) the first and the largest: the other
 * pages of a folder are the same template over other documents; of the other languages,
 * the pages at the top of the tree (each template once more, in other words and with
 * another lang).
 */
function axePages(site: string, langs?: readonly string[]): string[] {
  const pages = files(site)
    .filter((f) => f.endsWith('.html'))
    .map((path) => ({ path, parts: relative(site, path).split('/') }))
    .filter(({ parts }) => !langs || parts.length === 1 || langs.includes(parts[0]!))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  if (LONG) return pages.map((p) => p.path);
  const chosen = new Set<string>();
  const largest = new Map<string, { path: string; size: number }>();
  for (const { path, parts } of pages) {
    if (parts.length <= 2) {
      chosen.add(path);
      continue;
    }
    if (parts[0] !== 'nb') continue;
    if (parts[1] === 'reports') {
      chosen.add(path);
      continue;
    }
    const folder = `${parts[0]}/${parts[1]}`;
    const size = statSync(path).size;
    const best = largest.get(folder);
    if (!best) chosen.add(path);
    if (!best || size > best.size) largest.set(folder, { path, size });
  }
  for (const { path } of largest.values()) chosen.add(path);
  return pages.map((p) => p.path).filter((p) => chosen.has(p));
}

/** The goal ids of a repository, from its goal files. */
function goalIds(repo: string): string[] {
  return readdirSync(join(repo, 'goals')).flatMap((f) => [...readFileSync(join(repo, 'goals', f), 'utf8').matchAll(/^id: (\S+)$/gm)].map((m) => m[1]!));
}

describe('plan site', () => {
  const out = mkdtempSync(join(tmpdir(), 'planverk-site-'));
  const site = join(out, 'site');
  beforeAll(async () => {
    const r = await run(['site', '--out', site]);
    expect(r.code, r.stderr).toBe(0);
  }, 60_000);

  it('has a page for every goal and every link resolves inside the site', () => {
    const all = files(site);
    for (const lang of ['nb', 'nn', 'en']) for (const id of goalIds(EXAMPLE).filter((id) => !id.startsWith('utkast'))) expect(existsSync(join(site, lang, 'goal', `${id}.html`)), `${lang}/${id}`).toBe(true);
    const pages = all.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const html = readFileSync(p, 'utf8');
      for (const [, href] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        expect(href, `${relative(site, p)}: ${href}`).not.toMatch(/^[a-z]+:/i);
        expect(existsSync(join(dirname(p), decodeURIComponent(href!.split('#')[0]!))), `${relative(site, p)}: ${href}`).toBe(true);
      }
    }
    expect(readFileSync(join(site, 'data/indicators.csv'), 'utf8').split('\n')[0]).toBe('indicator,title,kind,year,value');
    expect(JSON.parse(readFileSync(join(site, 'data/indicators.json'), 'utf8')).length).toBeGreaterThan(5);
  });

  it("lists on each goal page the benefits of the goal's measures, each once, in the order of the benefit files", () => {
    const docs = (folder: string) => readdirSync(join(EXAMPLE, folder)).sort().flatMap((f) => parseAllDocuments(readFileSync(join(EXAMPLE, folder, f), 'utf8')).map((d) => d.toJS() as Record<string, unknown>));
    const measures = docs('measures').filter((m) => m.plan === 'handlingsprogram-2027-2030');
    const benefits = docs('benefits');
    let withBenefits = 0;
    for (const id of goalIds(EXAMPLE).filter((g) => !g.startsWith('utkast'))) {
      const mine = new Set(measures.filter((m) => (m.goals as string[]).includes(id)).map((m) => m.id));
      const expected = benefits.filter((b) => mine.has(b.measure as string)).map((b) => b.title as string);
      const html = readFileSync(join(site, 'nb', 'goal', `${id}.html`), 'utf8');
      const list = /<h2>Gevinster<\/h2><ul>(.*?)<\/ul>/.exec(html)?.[1];
      const shown = list === undefined ? [] : [...list.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
      expect(shown, id).toEqual(expected);
      if (expected.length > 0) withBenefits++;
    }
    expect(withBenefits).toBeGreaterThan(2);
  });

  it('has nb, nn and en side by side: the same paths, each page in its language with a switch to the same page in the others', () => {
    const tree = (lang: string) => files(join(site, lang)).map((f) => relative(join(site, lang), f)).sort();
    expect(tree('nn')).toEqual(tree('nb'));
    expect(tree('en')).toEqual(tree('nb'));
    for (const lang of ['nb', 'nn', 'en']) {
      const html = readFileSync(join(site, lang, 'goal', 'god-helse.html'), 'utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      for (const other of ['nb', 'nn', 'en'].filter((l) => l !== lang)) expect(html).toContain(`href="../../${other}/goal/god-helse.html" hreflang="${other}" lang="${other}"`);
    }
    const root = readFileSync(join(site, 'index.html'), 'utf8');
    expect(root).toMatch(/href="nb\/index.html"[^>]*>Bokmål/);
    expect(root).toMatch(/href="en\/index.html"[^>]*>English/);
  });

  it('shows the scorecard rollup, the økonomiplan, the materiality matrix with its table, the årshjul and the latest reports', () => {
    const front = readFileSync(join(site, 'nb', 'index.html'), 'utf8');
    const rollup = /<table class="rollup">[\s\S]*?<\/table>/.exec(front)?.[0] ?? '';
    expect(rollup).toContain('Alle målområder');
    expect(rollup).toContain('Klima og miljø');
    // The total row counts every indicator of the plan once: as many as the open data has.
    const total = [.../<tr class="sum">(.*)<\/tr>/.exec(rollup)![1]!.matchAll(/<td class="num">(\d+)<\/td>/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(total).toBe(JSON.parse(readFileSync(join(site, 'data/indicators.json'), 'utf8')).length);
    // The goal pages' charts mark the value needed in the rollup's year, so the site speaks of one year.
    const year = /Antall indikatorer per status i (\d{4})/.exec(rollup)![1];
    const needed = readFileSync(join(site, 'nb', 'goal', 'god-helse.html'), 'utf8').match(/Nødvendig \d{4}/g) ?? [];
    expect(needed.length).toBeGreaterThan(0);
    expect(new Set(needed)).toEqual(new Set([`Nødvendig ${year}`]));
    const okonomiplan = readFileSync(join(site, 'nb', 'okonomiplan.html'), 'utf8');
    expect(okonomiplan).toContain('class="budget statutory"');
    expect(okonomiplan).toMatch(/<h1>Økonomiplan<\/h1>/);
    const matrix = readFileSync(join(site, 'en', 'materiality.html'), 'utf8');
    expect(matrix).toContain('<svg');
    expect(matrix).toMatch(/<caption>Assessed SDG targets<\/caption>/);
    expect(matrix).toMatch(/<td>3\.4<\/td>/);
    const arshjul = readFileSync(join(site, 'nn', 'arshjul.html'), 'utf8');
    expect(arshjul).toContain('<svg');
    expect(arshjul).toContain('class="planverk-site"');
    expect(front).toContain('href="reports/tertial-2-2027.html"');
    expect(front).toContain('href="reports/arsberetning-2026.html"');
    const report = readFileSync(join(site, 'en', 'reports', 'tertial-2-2027.html'), 'utf8');
    expect(report).toContain('<html lang="en">');
    expect(report).toContain('href="../index.html"');
  });

  it('has the gevinstplan in every language, linked from the front page and the navigation of every page', () => {
    const titles = { nb: 'Gevinstrealiseringsplan', nn: 'Gevinstrealiseringsplan', en: 'Benefits realisation plan' };
    for (const [lang, title] of Object.entries(titles)) {
      const html = readFileSync(join(site, lang, 'gevinstplan.html'), 'utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain('class="planverk-site"');
      expect(html).toContain(`<h1>${title}: Handlingsprogram 2027–2030</h1>`);
      // A table and a benefits map per focus area with benefits, each benefit of the plan in it.
      expect((html.match(/<figure class="benefit-map">/g) ?? []).length).toBeGreaterThan(1);
      expect(html).toContain('Færre reinnleggelser av kronisk syke eldre');
      // The page marks itself as the current section; every other page links to it.
      expect(html).toContain(`<a href="gevinstplan.html" aria-current="page">${title}</a>`);
      const front = readFileSync(join(site, lang, 'index.html'), 'utf8');
      const main = /<main>[\s\S]*<\/main>/.exec(front)![0];
      expect(main).toContain(`<li><a href="gevinstplan.html">${title}</a></li>`);
      expect(readFileSync(join(site, lang, 'goal', 'god-helse.html'), 'utf8')).toContain(`<a href="../gevinstplan.html">${title}</a>`);
      for (const other of Object.keys(titles).filter((l) => l !== lang)) expect(html).toContain(`href="../${other}/gevinstplan.html" hreflang="${other}"`);
    }
  });

  it('refuses a folder that is not empty without --force, and needs --out', async () => {
    expect((await run(['site', '--out', site])).code).toBe(2);
    expect((await run(['site'])).code).toBe(2);
    expect((await run(['site', '--out', site, '--force'])).code).toBe(0);
  }, 60_000);

  describe.skipIf(!CHROMIUM && !process.env.CI)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser(CHROMIUM!);
    }, 60_000);
    afterAll(() => browser?.close());

    it('search finds a goal by a word of its title, with no request outside the site', async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(join(site, 'nb', 'index.html')).href);
      await page.fill('#q', 'kollektivt');
      await expect.poll(() => page.locator('#results a').allTextContents()).toContain('Flere reiser kollektivt, sykler og går');
      expect(requests.every((u) => u.startsWith(pathToFileURL(site).href))).toBe(true);
      await page.close();
    }, 60_000);

    it('axe-core finds no WCAG 2.1 AA violation on any page of the example, in every language', async () => {
      const pages = axePages(site);
      // Every kind of page in nb (in every language in the long run), every template at the
      // top of the tree in every language, and the root.
      const top = ['index', 'okonomiplan', 'gevinstplan', 'materiality', 'arshjul'];
      const below = ['fa/', 'goal/', 'reports/tertial', 'reports/arsberetning'];
      for (const lang of ['nb', 'nn', 'en']) for (const kind of LONG || lang === 'nb' ? [...top, ...below] : top) expect(pages.some((p) => relative(join(site, lang), p).startsWith(kind)), `${lang} ${kind}`).toBe(true);
      expect(pages).toContain(join(site, 'index.html'));
      if (LONG) expect(pages).toHaveLength(files(site).filter((f) => f.endsWith('.html')).length);
      for (const p of pages) expect(await axeViolations(browser, p), p).toEqual([]);
    }, 420_000);

    it('axe-core finds no WCAG 2.1 AA violation with hostile titles (the root and the default language, as axePages chooses: the other trees are the same pages in other words)', async () => {
      const hostile = join(out, 'hostile');
      expect((await run(['site', '--out', hostile], hostileTitlesRepo())).code).toBe(0);
      const pages = axePages(hostile, ['nb']);
      expect(pages).toContain(join(hostile, 'index.html'));
      for (const p of pages) expect(await axeViolations(browser, p), p).toEqual([]);
    }, 240_000);
  });
});
