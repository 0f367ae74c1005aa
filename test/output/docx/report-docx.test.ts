import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import { EXAMPLE } from '../../helpers/run.js';
import { hostileTitlesRepo } from '../../helpers/hostile-titles.js';

/** Runs the CLI in-process with a fixed SOURCE_DATE_EPOCH (2026-01-01). */
async function plan(args: string[], cwd = EXAMPLE) {
  let stderr = '';
  const code = await main(args, { cwd, env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' }, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stderr };
}

/** The parts of a .docx as text, by name. */
function parts(file: string): Record<string, string> {
  const files = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const out = mkdtempSync(join(tmpdir(), 'planverk-docx-'));

describe('plan report --format docx', () => {
  let doc: Record<string, string>;
  beforeAll(async () => {
    const r = await plan(['report', 'handlingsprogram', '--format', 'docx', '--out', join(out, 'hp.docx')]);
    expect(r.stderr).toContain('skrev'); // nb: the example repository's language
    expect(r.code).toBe(0);
    doc = parts(join(out, 'hp.docx'));
  }, 60_000);

  it('uses Word heading styles 1–3 and the Title style, which the styles part defines', () => {
    const body = doc['word/document.xml']!;
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(doc['word/styles.xml']).toContain(`w:styleId="${style}"`);
    }
    expect(body.includes('Gode og likeverdige tjenester')).toBe(true);
  });

  it('holds the økonomiplan: its statutory tables, and drift and investering summed apart, never together', () => {
    const body = doc['word/document.xml']!;
    expect(body).toContain('Økonomiplan 2027–2030');
    expect(body).toContain('Korrigert sum bevilgninger drift, netto');
    expect(body).toContain('Sum drift');
    expect(body).toContain('Sum investering');
    expect(body).not.toContain('Sum totalt');
  });

  it('is in the workspace language, and in the --locale one', async () => {
    expect(doc['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="nb-NO"\/>/s);
    await plan(['report', 'handlingsprogram', '--format', 'docx', '--locale', 'en', '--out', join(out, 'en.docx')]);
    expect(parts(join(out, 'en.docx'))['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });

  it('gives every table a header row that repeats, and right-aligns numbers', () => {
    const body = doc['word/document.xml']!;
    const tables = count(body, /<w:tbl>/g);
    expect(tables).toBeGreaterThan(10);
    expect(count(body, /<w:tblHeader\/>/g)).toBe(tables);
    expect(count(body, /<w:jc w:val="right"\/>/g)).toBeGreaterThan(100);
  });

  it('shows the matrix and the indicator charts as pictures with alternative text', () => {
    const body = doc['word/document.xml']!;
    const pictures = [...body.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
    expect(pictures.length).toBeGreaterThan(10);
    for (const p of pictures) expect(p).toMatch(/ descr="[^"]{10,}"/);
    expect(pictures[0]).toContain('Vesentlighetsmatrise');
    // The same chart twice (an indicator of two goals) is stored once.
    expect(Object.keys(doc).filter((n) => n.startsWith('word/media/') && n.endsWith('.png')).length).toBeGreaterThan(10);
  });

  it('numbers the pages in the footer and has a title page with municipality, plan, status and date', () => {
    const footers = Object.entries(doc).filter(([n]) => /^word\/footer\d+\.xml$/.test(n)).map(([, t]) => t);
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(f).toMatch(/PAGE.*NUMPAGES/s);
    const body = doc['word/document.xml']!;
    const title = body.slice(0, body.indexOf('w:sectPr'));
    for (const text of ['Asker kommune', 'Handlingsprogram', 'Status', 'Generert', '1. januar 2026']) expect(title).toContain(text);
    expect(/TOC [^<]*\\o/.test(body)).toBe(true);
  });

  it('needs --out, and never overwrites without --force', async () => {
    const none = await plan(['report', 'handlingsprogram', '--format', 'docx']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--out');
    const again = await plan(['report', 'handlingsprogram', '--format', 'docx', '--out', join(out, 'hp.docx')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await plan(['report', 'handlingsprogram', '--format', 'docx', '--out', join(out, 'hp.docx'), '--force'])).code).toBe(0);
  });

  it('takes the styles of a --reference-docx, and refuses a file that is not one', async () => {
    const styles = doc['word/styles.xml']!.replace('w:styleId="Heading1">', 'w:styleId="Heading1"><w:aliases w:val="KommunensOverskrift"/>');
    writeFileSync(join(out, 'ref.docx'), zipSync({ 'word/styles.xml': new TextEncoder().encode(styles) }));
    expect((await plan(['report', 'handlingsprogram', '--format', 'docx', '--reference-docx', join(out, 'ref.docx'), '--out', join(out, 'ref-out.docx')])).code).toBe(0);
    expect(parts(join(out, 'ref-out.docx'))['word/styles.xml']!.includes('KommunensOverskrift')).toBe(true);
    writeFileSync(join(out, 'bad.docx'), 'not a zip');
    const bad = await plan(['report', 'handlingsprogram', '--format', 'docx', '--reference-docx', join(out, 'bad.docx'), '--out', join(out, 'bad-out.docx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a Word document');
    expect(existsSync(join(out, 'bad-out.docx'))).toBe(false);
  });

  it('stays well-formed XML with hostile titles (markup, RTL, control characters)', async () => {
    const dir = hostileTitlesRepo();
    const r = await plan(['report', 'handlingsprogram', '--format', 'docx', '--out', join(dir, 'h.docx')], dir);
    expect(r.code).toBe(0);
    const hostile = parts(join(dir, 'h.docx'));
    for (const [name, text] of Object.entries(hostile)) if (/\.(xml|rels|svg)$/.test(name)) expect(XMLValidator.validate(text), name).toBe(true);
    expect(hostile['word/document.xml']).toContain('&lt;script&gt;');
    expect(hostile['word/document.xml']).toContain('هدف التنمية');
    expect(hostile['word/document.xml']).toContain('\\u001b');
  }, 60_000);
});
