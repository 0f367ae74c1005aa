import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/output/pdf/find-chromium.js';
import { run } from '../helpers/run.js';

function chromiumPath(): string | undefined {
  try {
    return findChromium(process.env);
  } catch {
    return undefined;
  }
}
const CHROMIUM = chromiumPath();
const PDFTOTEXT = existsSync('/usr/bin/pdftotext');
const out = mkdtempSync(join(tmpdir(), 'planverk-pdf-'));

describe('plan report --format pdf', () => {
  it('says so, with exit code 2, when the named Chromium does not exist', async () => {
    const { main } = await import('../../src/cli.js');
    let stderr = '';
    const code = await main(['report', 'handlingsprogram', '--format', 'pdf', '--out', join(out, 'bad.pdf')], {
      cwd: join(import.meta.dirname, '../../examples/nye-asker'),
      env: { PLANVERK_CHROMIUM: '/nonexistent/chromium' },
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('PLANVERK_CHROMIUM');
    expect(existsSync(join(out, 'bad.pdf'))).toBe(false);
  }, 60_000);

  // CI installs Debian's chromium and poppler-utils (.ci/run); elsewhere the test needs both.
  it.skipIf((!CHROMIUM || !PDFTOTEXT) && !process.env.CI)('is tagged, has an outline, a sane page count, and its text holds the goals', async () => {
    const file = join(out, 'hp.pdf');
    const r = await run(['report', 'handlingsprogram', '--format', 'pdf', '--out', file]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    for (const key of ['/StructTreeRoot', '/MarkInfo', '/Outlines']) expect(bytes.includes(key), key).toBe(true);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThan(60);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const goal of ['Alle barn og unge har en trygg og god oppvekst', 'Flere reiser kollektivt, sykler og går']) expect(text.replace(/\s+/g, ' ')).toContain(goal);
    // The first page is the title page, not empty, and the table of contents is printed.
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(first).toContain('Handlingsprogram 2027–2030');
    expect(text).toContain('Innhold');
    expect(text).toMatch(/Side 2 \/ \d+/);
  }, 90_000);

  for (const [template, report] of [['tertialrapport', 'tertial-2-2027'], ['arsberetning', 'arsberetning-2026']] as const) {
    it.skipIf((!CHROMIUM || !PDFTOTEXT) && !process.env.CI)(`prints the ${template} on A4 with one page number per page`, async () => {
      const file = join(out, `${report}.pdf`);
      const r = await run(['report', template, '--report', report, '--format', 'pdf', '--out', file]);
      expect(r.code).toBe(0);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      // The document numbers its pages itself (@page @bottom-center); the printer adds no second footer.
      for (let n = 1; n <= pages; n++) {
        const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
        expect(text.match(/Side \d+ \/ \d+/g), `page ${n}`).toEqual([`Side ${n} / ${pages}`]);
      }
    }, 90_000);
  }

  it.skipIf((!CHROMIUM || !PDFTOTEXT) && !process.env.CI)('prints the årshjul landscape with the wheel on page 1, not an empty page', async () => {
    const html = join(out, 'arshjul.html');
    expect((await run(['arshjul', '--year', '2027', '--format', 'html', '--out', html])).code).toBe(0);
    const { printPdf } = await import('../../src/output/pdf/print-pdf.js');
    const file = join(out, 'arshjul.pdf');
    writeFileSync(file, await printPdf(readFileSync(html, 'utf8'), { executablePath: CHROMIUM!, locale: 'nb' }));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59\d/);
    // The wheel's month labels are text: page 1 holds them, not just the heading.
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(first.split('\n').filter((l) => l.trim() !== '').length).toBeGreaterThan(30);
  }, 90_000);
});
