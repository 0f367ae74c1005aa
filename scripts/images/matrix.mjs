// docs/matrix-and-trace.md: the materiality matrix of all 169 targets (test/fixtures/kommune-169),
// one focus area's golden thread drawn by Mermaid, and indicator charts of the example.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function ({ root, images, tmp, plan, browser, shoot }) {
  const fixture = join(root, 'test', 'fixtures', 'kommune-169');
  const example = join(root, 'examples', 'nye-asker');

  // The matrix: the SVG as written by plan matrix, shot at its own size.
  plan(fixture, 'matrix', '--out', join(tmp, 'matrix-169.svg'));
  await shoot(join(tmp, 'matrix-169.svg'), 'matrix-169.png', { width: 1000, height: 1000, selector: 'svg' });

  // The trace: the Mermaid graph of the example's "Klima og miljø", drawn by Mermaid as GitHub does.
  const trace = plan(example, 'trace');
  const section = trace.slice(trace.indexOf('### Klima og miljø'));
  const code = /```mermaid\n([\s\S]*?)```/.exec(section)[1];
  const mermaid = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1.5 });
  try {
    await page.setContent('<!DOCTYPE html><html><body style="margin:16px;background:#fff"><div id="graph"></div></body></html>');
    await page.addScriptTag({ path: mermaid });
    await page.evaluate(async (source) => {
      const m = globalThis.mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
      const { svg } = await m.render('trace', source);
      globalThis.document.getElementById('graph').innerHTML = svg;
    }, code);
    await page.locator('#graph svg').screenshot({ path: join(images, 'trace-klima.png') });
  } finally {
    await page.close();
  }

  // Charts: those of the example's handlingsprogram report, enlarged, in a grid with their titles.
  plan(example, 'report', 'handlingsprogram', '--format', 'html', '--out', join(tmp, 'charts-report.html'));
  const html = readFileSync(join(tmp, 'charts-report.html'), 'utf8');
  const charts = [...html.matchAll(/<svg [^>]*class="planverk-chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  // An indicator of two goals is drawn twice in the report: once here.
  const unique = [...new Map(charts.map((svg) => [/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? svg, svg])).values()].slice(0, 4);
  const cells = unique.map((svg) => `<figure><figcaption>${/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? ''}</figcaption>${svg.replace(/width="240" height="84"/, 'width="480" height="168"')}</figure>`);
  const file = join(tmp, 'charts.html');
  writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:16px;font:14px system-ui,sans-serif;background:#fff} main{display:grid;grid-template-columns:repeat(2,500px);gap:16px} figure{margin:0} figcaption{margin-bottom:4px;color:#1d2733}</style></head><body><main>${cells.join('')}</main></body></html>`);
  await shoot(file, 'charts.png', { width: 1060, height: 500, selector: 'main' });
}
