import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import { EXAMPLE } from '../../helpers/run.js';

/** Runs the CLI in-process with a fixed SOURCE_DATE_EPOCH (2026-01-01). */
async function plan(args: string[], cwd = EXAMPLE) {
  let stderr = '';
  const code = await main(args, { cwd, env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' }, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stderr };
}

function parts(file: string): Record<string, string> {
  const files = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

const out = mkdtempSync(join(tmpdir(), 'planverk-status-docx-'));

describe('plan report tertialrapport|arsberetning --format docx', () => {
  it('makes the latest tertialrapport from its report view: title page, headings, language, repeating header rows, right-aligned numbers, page numbers', async () => {
    const r = await plan(['report', 'tertialrapport', '--format', 'docx', '--out', join(out, 't.docx')]);
    expect(r.code, r.stderr).toBe(0);
    const doc = parts(join(out, 't.docx'));
    const body = doc['word/document.xml']!;
    for (const p of Object.entries(doc).filter(([n]) => n.endsWith('.xml'))) expect(XMLValidator.validate(p[1]), p[0]).toBe(true);
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('2. tertialrapport 2027');
    for (const style of ['Heading1', 'Heading2']) expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(body).toContain('Budsjettavvik per tjenesteområde');
    expect(body).toContain('Velferd');
    expect(body).toContain('Generert');
    expect(doc['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="nb-NO"\/>/s);
    const tables = body.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(3);
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
    expect(body).toContain('<w:jc w:val="right"/>');
    const footers = Object.entries(doc).filter(([n]) => /^word\/footer\d+\.xml$/.test(n)).map(([, x]) => x).join('');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
  }, 60_000);

  it('makes an årsberetning with its § 14-7 sections, in the --locale language, and --report picks the report', async () => {
    const r = await plan(['report', 'arsberetning', '--report', 'arsberetning-2026', '--locale', 'en', '--format', 'docx', '--out', join(out, 'a.docx')]);
    expect(r.code, r.stderr).toBe(0);
    const doc = parts(join(out, 'a.docx'));
    expect(doc['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    const body = doc['word/document.xml']!;
    expect((body.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBeGreaterThanOrEqual(6);
    const bad = await plan(['report', 'tertialrapport', '--report', 'no-such', '--format', 'docx', '--out', join(out, 'x.docx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('finner ingen statusrapport «no-such»');
  }, 60_000);

  it('makes the gevinstplan: a benefits table per focus area and each benefits map as a picture with alternative text', async () => {
    const r = await plan(['report', 'gevinstplan', '--format', 'docx', '--out', join(out, 'g.docx')]);
    expect(r.code, r.stderr).toBe(0);
    const doc = parts(join(out, 'g.docx'));
    const body = doc['word/document.xml']!;
    expect(XMLValidator.validate(body)).toBe(true);
    const pictures = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThan(0);
    for (const d of pictures) expect(d).toMatch(/→/);
    const tables = body.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(0);
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
    expect(Object.keys(doc).some((n) => /^word\/media\/.*\.png$/.test(n))).toBe(true);
  }, 60_000);
});
