import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../helpers/plan-cli.js';
import { REPO } from '../helpers/run.js';
import { svgLayout } from '../helpers/svg-layout.js';
import { LONG } from '../helpers/test-level.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(REPO, 'test/artifacts/arshjul-layout');

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  n: number;
}

/** Whether two segments cross at a point inside both (touching ends and collinear overlaps do not count). */
function cross(a: Segment, b: Segment): boolean {
  const d = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d1 = d(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = d(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = d(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = d(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const eps = 1e-6;
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

// CI installs Debian's chromium (.ci/run), so there the test must run; elsewhere it needs chromium installed.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the årshjul of a busy calendar, measured in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('100 events in English and nynorsk, from August: no text overlaps, all inside the picture', async () => {
    const fixture = join(REPO, 'test/fixtures/busy-calendar-100');
    for (const [locale, start] of [['en', '1'], ['nn', '8']] as const) {
      const file = join(OUTPUT, `busy-100-${locale}.svg`);
      const r = plan(['arshjul', '--year', '2027', '--format', 'svg', '--locale', locale, '--start-month', start, '--out', file, '--force'], { cwd: fixture });
      expect(r.code, r.stderr).toBe(0);
      const layout = await svgLayout(browser, file);
      expect(layout.overlaps, locale).toEqual([]);
      expect(layout.outside, locale).toEqual([]);
    }
  });

  // The 75-event calendar is the 100-event one's smaller sibling (the same layout with fewer callouts):
  // `npm run test:long` (and CI) measures both, `npm test` the busier one.
  for (const events of LONG ? [75, 100] : [100]) {
    const fixture = join(REPO, `test/fixtures/busy-calendar-${events}`);

    it(`${events} events: no text overlaps, all inside the picture, numbers rise clockwise, no leaders cross`, async () => {
      const file = join(OUTPUT, `busy-${events}.svg`);
      const r = plan(['arshjul', '--year', '2027', '--format', 'svg', '--out', file, '--force'], { cwd: fixture });
      expect(r.code, r.stderr).toBe(0);
      const page = await browser.newPage({ viewport: { width: 1800, height: 1200 } });
      try {
        await page.goto(pathToFileURL(file).href);
        const found = await page.evaluate(() => {
          const doc = (globalThis as unknown as { document: any }).document;
          const all = (sel: string): any[] => Array.from(doc.querySelectorAll(sel));
          return {
            numbered: all('g.events > g.event').length,
            series: all('g.track g.event').length,
            tracks: all('g.track').length,
            trackLabels: all('g.track textPath').length,
            listed: all('g.list-item').length,
            seriesListed: all('g.series-item').length,
            months: all('g.event.month').length,
            spans: all('g.event.arc').length,
            badges: all('g.badge').map((g: any) => {
              const c = g.querySelector('circle');
              return { n: Number(g.getAttribute('data-n')), x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
            }),
            centre: (() => {
              const hub = doc.querySelector('g.hub circle');
              return { x: Number(hub.getAttribute('cx')), y: Number(hub.getAttribute('cy')) };
            })(),
            segments: all('g.badge polyline.leader, g.badge line.guide').flatMap((el: any) => {
              const n = Number(el.parentNode.getAttribute('data-n'));
              const pts: number[][] =
                el.tagName === 'line'
                  ? [[Number(el.getAttribute('x1')), Number(el.getAttribute('y1'))], [Number(el.getAttribute('x2')), Number(el.getAttribute('y2'))]]
                  : el.getAttribute('points').trim().split(/\s+/).map((p: string) => p.split(',').map(Number));
              return pts.slice(1).map((p, i) => ({ x1: pts[i]![0]!, y1: pts[i]![1]!, x2: p[0]!, y2: p[1]!, n }));
            }),
          };
        });
        // Every event is drawn: the numbered ones and the marks on the series tracks.
        expect(found.numbered + found.series).toBe(events);
        expect(found.tracks).toBeGreaterThanOrEqual(4);
        expect(found.trackLabels).toBe(found.tracks);
        expect(found.seriesListed).toBe(found.tracks);
        expect(found.listed).toBe(found.numbered);
        expect(found.months).toBeGreaterThan(3);
        expect(found.spans).toBeGreaterThan(3);
        // Numbers rise clockwise from 12 o'clock: sorted by angle they are 1, 2, 3, …
        const angle = (b: { x: number; y: number }): number => (Math.atan2(b.x - found.centre.x, found.centre.y - b.y) * 180) / Math.PI + (b.x < found.centre.x ? 360 : 0);
        const byAngle = [...found.badges].sort((a, b) => angle(a) - angle(b)).map((b) => b.n);
        expect(byAngle).toEqual(found.badges.map((_, i) => i + 1));
        // No two leaders (or guides) cross.
        const crossings: string[] = [];
        for (let i = 0; i < found.segments.length; i++) {
          for (let j = i + 1; j < found.segments.length; j++) {
            const a = found.segments[i]!;
            const b = found.segments[j]!;
            if (a.n !== b.n && cross(a, b)) crossings.push(`${a.n}×${b.n}`);
          }
        }
        expect(crossings).toEqual([]);
      } finally {
        await page.close();
      }
      const layout = await svgLayout(browser, file);
      expect(layout.texts).toBeGreaterThan(events);
      expect(layout.overlaps).toEqual([]);
      expect(layout.outside).toEqual([]);
    });

    it(`${events} events as HTML: the title once, the wheel's text clear, the key as text of at least 10 px`, async () => {
      const file = join(OUTPUT, `busy-${events}.html`);
      const r = plan(['arshjul', '--year', '2027', '--format', 'html', '--out', file, '--force'], { cwd: fixture });
      expect(r.code, r.stderr).toBe(0);
      const layout = await svgLayout(browser, file);
      expect(layout.overlaps).toEqual([]);
      expect(layout.outside).toEqual([]);
      for (const media of ['screen', 'print'] as const) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        try {
          await page.emulateMedia({ media });
          await page.goto(pathToFileURL(file).href);
          const seen = await page.evaluate(() => {
            const doc = (globalThis as unknown as { document: any; getComputedStyle: any }).document;
            const style = (globalThis as unknown as { getComputedStyle: (e: unknown) => { fontSize: string } }).getComputedStyle;
            const texts = Array.from(doc.querySelectorAll('.key li, .key h4')) as any[];
            const svg = doc.querySelector('figure svg');
            return {
              title: doc.body.innerText.split('\n').filter((l: string) => l.trim() === doc.querySelector('h1').textContent.trim()).length,
              svgText: Array.from(svg.querySelectorAll('text')).map((t: any) => t.textContent).join(' '),
              smallest: Math.min(...texts.map((t) => parseFloat(style(t).fontSize))),
              rows: doc.querySelectorAll('.key ol li').length,
            };
          });
          expect(seen.title).toBe(1);
          expect(seen.svgText).not.toContain('Travel kommune');
          expect(seen.smallest).toBeGreaterThanOrEqual(10);
          expect(seen.rows).toBeGreaterThan(20);
          if (media === 'screen') await page.screenshot({ path: join(OUTPUT, `busy-${events}-html.png`), fullPage: true });
        } finally {
          await page.close();
        }
      }
    });
  }
});
