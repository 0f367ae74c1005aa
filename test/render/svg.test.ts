import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { resolveMateriality } from '../../src/model/resolve-materiality.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { anyOverlap } from '../../src/output/svg/label-layout.js';
import { neededValue, renderIndicatorChart } from '../../src/output/svg/line-chart.js';
import { layoutMatrix, renderMatrixSvg } from '../../src/output/svg/matrix.js';
import { n } from '../../src/output/svg/units.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { EXAMPLE } from '../helpers/run.js';
import { fileURLToPath } from 'node:url';

const KOMMUNE_169 = fileURLToPath(new URL('../fixtures/kommune-169', import.meta.url));
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const { repo, catalog } = checkRepository(loadRepository(EXAMPLE));
const materiality = resolveMateriality(repo, catalog, 'vesentlighet-2019', 'nb')!;
const report = resolveReport(repo, catalog, { planId: 'handlingsprogram-2027-2030', locale: 'nb' })!;

/** Well-formed XML with an <svg> root, and resvg draws it without error. */
function expectRenderable(svg: string): void {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(Object.keys(new XMLParser().parse(svg))).toEqual(['svg']);
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  expect(png.width).toBeGreaterThan(0);
  expect(png.asPng().length).toBeGreaterThan(100);
}

describe('materiality matrix SVG', () => {
  const svg = renderMatrixSvg(materiality, 'nb');

  it('is well-formed XML that renders', () => expectRenderable(svg));

  it('draws a huge scale with at most 21 tick labels per axis (one per score ran out of memory)', () => {
    const wide = renderMatrixSvg({ ...materiality, scale: { min: 0, max: 1_000_000_000 } }, 'nb');
    expect(XMLValidator.validate(wide)).toBe(true);
    const ticks = wide.match(/text-anchor="end">-?\d+<\/text>/g) ?? [];
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(21);
    expect(wide).toContain('class="threshold"');
  });

  it('draws every entry, prioritised ones marked, a threshold line and a legend', () => {
    expect((svg.match(/<g class="entry/g) ?? []).length).toBe(materiality.entries.length);
    expect((svg.match(/<g class="entry prioritised"/g) ?? []).length).toBe(materiality.entries.filter((e) => e.prioritised).length);
    expect(svg).toContain('class="threshold"');
    expect(svg).toContain('class="legend"');
    for (const e of materiality.entries) expect(svg).toContain(`data-target="${e.target}"`);
  });

  it('places the texts of the plot so that none overlaps another', () => {
    expect(anyOverlap(layoutMatrix(materiality).labels)).toBe(false);
  });

  it('lists full titles, never cut', () => {
    for (const e of materiality.entries) for (const word of e.title.split(/\s+/)) expect(svg).toContain(xmlText(word));
    expect(svg).not.toContain('…');
  });

  it('marks and explains overrides of the threshold', () => {
    const first = materiality.entries[0]!;
    const raised = { ...materiality, entries: [{ ...first, prioritised: !(first.sum >= materiality.threshold!) }, ...materiality.entries.slice(1)] };
    const out = renderMatrixSvg(raised, 'en');
    expect(out).toMatch(first.sum >= materiality.threshold! ? /↓/ : /↑/);
    expect(out).toContain(first.sum >= materiality.threshold! ? 'Not prioritised above the threshold' : 'Prioritised below the threshold');
  });

  describe('with all 169 targets', () => {
    const fixture = checkRepository(loadRepository(KOMMUNE_169));
    const all = resolveMateriality(fixture.repo, fixture.catalog, 'vesentlighet-169', 'nb')!;
    const big = renderMatrixSvg(all, 'nb');

    it('is well-formed, names every target, and stays a reasonable height', () => {
      expect(all.entries).toHaveLength(169);
      expectRenderable(big);
      for (const e of all.entries) expect(big).toContain(`data-target="${e.target}"`);
      const height = Number(/height="(\d+)"/.exec(big)![1]);
      expect(height).toBeLessThan(1100);
    });

    it('groups crowded cells as counts, crops the axes to the used scores and says so', () => {
      const layout = layoutMatrix(all);
      expect(layout.cells.some((c) => !c.listed)).toBe(true);
      expect(anyOverlap(layout.labels)).toBe(false);
      expect(layout.y.min).toBeGreaterThan(all.scale.min);
      expect(big).toContain('class="axis-cut"');
      expect(big).toContain('Aksene viser bare verdiene som er brukt');
      expect(big).toContain('↑5.5');
      expect(big).toContain('↓16.4');
    });
  });

  it('escapes titles', () => {
    const evil = { ...materiality, title: '<script>x</script> & "y"', entries: materiality.entries.map((e) => ({ ...e, title: `${e.title} <b>` })) };
    const out = renderMatrixSvg(evil, 'en');
    expect(out).not.toContain('<script>');
    expectRenderable(out);
  });
});

describe('indicator charts', () => {
  it('render for every indicator of the plan as well-formed SVG', () => {
    expect(report.indicators.length).toBeGreaterThan(5);
    for (const ind of report.indicators) expectRenderable(renderIndicatorChart(ind, 'nb'));
  });

  it('draw nothing without data, and cope with a single point', () => {
    const base = report.indicators[0]!;
    expect(renderIndicatorChart({ ...base, baseline: null, targets: [], actuals: [] }, 'nb')).toBe('');
    expectRenderable(renderIndicatorChart({ ...base, baseline: null, targets: [], actuals: [{ year: 2020, value: 3 }] }, 'nb'));
  });

  it("mark the value needed in the report's year, not in the latest actual's year", () => {
    const base = report.indicators[0]!;
    // The latest actual is 2022, two years before the report's year 2024.
    const ind = { ...base, status: 'off-track' as const, baseline: { year: 2020, value: 92.8 }, actuals: [{ year: 2021, value: 93.1 }, { year: 2022, value: 93.6 }], targets: [{ year: 2030, value: 96 }] };
    const chart = renderIndicatorChart(ind, 'nb', 2024);
    expectRenderable(chart);
    // 92.8 + (96 − 92.8) · 4/10 = 94.08 on the path in 2024.
    expect(chart).toContain('Nødvendig 2024: 94,1');
    expect(chart).not.toContain('Nødvendig 2022');
    // The ring sits to the right of the latest actual's mark: at 2024 on the time axis, 2022 → 2030.
    const ring = Number(/<g class="needed">.*?<circle cx="([\d.]+)"/.exec(chart)![1]);
    const actual = /<rect x="([\d.]+)"[^>]*class="status status-off-track"/.exec(chart)!;
    const left = Number(/<line x1="([\d.]+)" y1="20"/.exec(chart)![1]);
    const xOf = (year: number) => left + ((year - 2020) / 10) * (240 - 8 - left);
    expect(ring).toBeCloseTo(xOf(2024), 0);
    expect(Number(actual[1]) + 3.5).toBeCloseTo(xOf(2022), 0);
    // A report year after the last target: the time axis reaches it and the ring is the target's value.
    const late = renderIndicatorChart(ind, 'nb', 2032);
    expect(late).toContain('Nødvendig 2032: 96');
    expect(late).toMatch(/text-anchor="end">2032<\/text><\/svg>$/);
    // Before the path starts there is nothing needed yet.
    expect(renderIndicatorChart(ind, 'nb', 2019)).not.toContain('class="needed"');
  });

  it('start the value axis at zero, or mark the cut; draw the target line and the status by shape', async () => {
    const base = report.indicators[0]!;
    const small = renderIndicatorChart({ ...base, status: 'off-track', baseline: { year: 2020, value: 92.8 }, actuals: [{ year: 2021, value: 93.1 }, { year: 2022, value: 93.6 }], targets: [{ year: 2030, value: 96 }] }, 'nb');
    expectRenderable(small);
    expect(small).toContain('class="axis-break"');
    expect(small).toContain('class="target-line"');
    expect(small).toMatch(/<rect [^>]*class="status status-off-track"/);
    // The value needed in 2022 on the straight path 92.8 (2020) → 96 (2030): 93.44, drawn and labelled.
    expect(neededValue({ baseline: { year: 2020, value: 92.8 }, actuals: [], targets: [{ year: 2030, value: 96 }] }, 2022)).toBeCloseTo(93.44);
    expect(small).toContain('class="needed"');
    expect(small).toContain('Nødvendig 2022: 93,4');
    expect(small).toContain('Mål 2030: 96');
    expect(small.indexOf('class="needed"')).toBeLessThan(small.indexOf('class="status'));
    const share = renderIndicatorChart({ ...base, status: 'at-risk', baseline: { year: 2020, value: 20 }, actuals: [{ year: 2022, value: 25 }], targets: [{ year: 2030, value: 40 }] }, 'nb');
    expect(share).not.toContain('axis-break');
    expect(share).toMatch(/text-anchor="end">0<\/text>/);
    expect(share).toMatch(/<path [^>]*class="status status-at-risk"/);
    if (process.env.CHART_PNG) {
      const { Resvg } = await import('@resvg/resvg-js');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.CHART_PNG}-small.png`, new Resvg(small, { fitTo: { mode: 'zoom', value: 4 } }).render().asPng());
      writeFileSync(`${process.env.CHART_PNG}-share.png`, new Resvg(share, { fitTo: { mode: 'zoom', value: 4 } }).render().asPng());
    }
  });
});

describe('n (SVG coordinates)', () => {
  it('writes what String(Math.round(v * 100) / 100) writes, on every hundredth to ±3,000 and on random and odd values', () => {
    const want = (v: number) => String(Math.round(v * 100) / 100);
    const values = [0, -0, 0.004, -0.004, 0.005, -0.005, -0.0051, 1e14, -1e14, 1e15, 1e20, 1e22, NaN, Infinity, -Infinity, 1e-7, 239.995, 12.05, 12.5];
    for (let k = -300_000; k <= 300_000; k++) values.push(k / 100);
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 100_000; i++) values.push((next() - 0.5) * 10 ** (next() * 12));
    const wrong = values.filter((v) => n(v) !== want(v));
    expect(wrong).toEqual([]);
    expect(n(12.3456)).toBe('12.35');
    expect(n(-7.1)).toBe('-7.1');
  });
});
