import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUGE_TITLE, hostileTitlesRepo } from '../helpers/hostile-titles.js';
import { run } from '../helpers/run.js';
import { svgLayout } from '../helpers/svg-layout.js';

const CHROMIUM = '/usr/bin/chromium';

/** The text a picture draws: its <text> elements' content, without the <title>s (tooltips, not drawn). */
const drawn = (svg: string): string[] => [...svg.replace(/<title[^>]*>[\s\S]*?<\/title>/g, '').matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

// The pictures of a repository whose titles are hostile (test/helpers/hostile-titles.ts: markup,
// RTL scripts, control and bidi characters) and, for every seventh title and the first of the
// materiality, calendar and benefit files, 100,000 characters long. Drawn in Chromium, each title
// is cut with an ellipsis to its room, with control characters counted as they show (\u001b is
// six characters on the page), and the whole title stays in the picture's <title>.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('pictures with hostile titles, measured in Chromium', () => {
  let browser: Browser;
  const repo = hostileTitlesRepo({ folders: ['materiality', 'calendars', 'benefits'] });
  const dir = mkdtempSync(join(tmpdir(), 'planverk-hostile-pictures-'));
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Renders with `plan`, then measures every <svg> of the file: nothing outside, no two texts overlapping. */
  async function render(args: string[], file: string): Promise<string> {
    const r = await run([...args, '--out', file], repo);
    expect(r.code, r.stderr).toBe(0);
    const layout = await svgLayout(browser, file);
    expect(layout.texts).toBeGreaterThan(5);
    expect(layout.outside, file).toEqual([]);
    expect(layout.overlaps, file).toEqual([]);
    return readFileSync(file, 'utf8');
  }

  it('the årshjul, numbered (every calendar) and labelled on the wheel (one calendar): titles cut to their room, whole in <title>', async () => {
    for (const [name, extra] of [['all', []], ['one', ['--calendar', 'kommuneplanhjul']]] as const) {
      const svg = await render(['arshjul', '--year', '2027', '--format', 'svg', ...extra], join(dir, `arshjul-${name}.svg`));
      const texts = drawn(svg);
      expect(texts.some((t) => t.startsWith(HUGE_TITLE.slice(0, 20)) || t.includes(`  ${HUGE_TITLE.slice(0, 20)}`)), name).toBe(true);
      for (const t of texts) expect(t.length, t.slice(0, 80)).toBeLessThan(200);
      expect(texts.some((t) => t.endsWith('…')), name).toBe(true);
      // Control characters drawn in their visible form, and the whole title in a tooltip.
      if (name === 'all') expect(texts.some((t) => t.startsWith('Kontroll\\u001b[31m rød\\u0007'))).toBe(true);
      expect(svg).toContain(`${HUGE_TITLE}`);
    }
  }, 60_000);

  it('the materiality matrix: its 100,000-character title cut to the width of the picture, whole in <title>', async () => {
    const svg = await render(['matrix', '--format', 'svg'], join(dir, 'matrix.svg'));
    const heading = drawn(svg)[0]!;
    expect(heading.endsWith('…')).toBe(true);
    expect(HUGE_TITLE.startsWith(heading.slice(0, -1))).toBe(true);
    expect(svg).toMatch(new RegExp(`<title id="matrix-title">[^<]*${HUGE_TITLE.slice(0, 200)}`));
  }, 60_000);

  it('the gevinstplan: every label of a benefits map inside its box, the whole label in the box\'s <title>', async () => {
    const file = join(dir, 'gevinstplan.html');
    const html = await render(['report', 'gevinstplan', '--format', 'html'], file);
    expect(html).toContain(`<g><title>${HUGE_TITLE}`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await page.goto(pathToFileURL(file).href);
      const escaped = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: any }).document;
        const out: string[] = [];
        let boxes = 0;
        for (const g of Array.from(doc.querySelectorAll('figure.benefit-map svg > g')) as any[]) {
          const rect = g.querySelector('rect').getBoundingClientRect();
          const text = g.querySelector('text').getBoundingClientRect();
          boxes++;
          if (text.left < rect.left || text.right > rect.right || text.top < rect.top || text.bottom > rect.bottom) out.push(g.querySelector('text').textContent);
        }
        return { boxes, out };
      });
      expect(escaped.boxes).toBeGreaterThan(10);
      expect(escaped.out).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('the handlingsprogram\'s indicator charts and matrix: nothing outside, nothing overlapping', async () => {
    const html = await render(['report', 'handlingsprogram', '--format', 'html'], join(dir, 'handlingsprogram.html'));
    expect((html.match(/class="planverk-chart"/g) ?? []).length).toBeGreaterThan(5);
  }, 120_000);
});
