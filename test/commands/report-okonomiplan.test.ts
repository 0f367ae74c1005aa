import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, run } from '../helpers/run.js';
import { FRAME_DETAILS, FRAMES, INVESTMENT, INVESTMENT_MEASURES, OPERATING, TARGETS } from '../okonomiplan/example-expected.js';

// The handlingsprogram report of examples/nye-asker shows the økonomiplan's statutory tables;
// every figure is compared with the values worked out by hand in the Budget's comments
// (test/okonomiplan/example-expected.ts), after turning the nb style back into plain numbers.

const TITLES = {
  operating: 'Bevilgningsoversikt drift, del 1 (budsjett- og regnskapsforskriften § 5-4 første ledd)',
  frames: 'Bevilgningsoversikt drift, del 2: netto rammer per enhet (§ 5-4 annet ledd)',
  investment: 'Bevilgningsoversikt investering, del 1 (§ 5-5 første ledd)',
  investmentMeasures: 'Bevilgningsoversikt investering, del 2: investeringer per tiltak (§ 5-5 annet ledd)',
  targets: 'Finansielle måltall',
};

/** An nb cell as the expected tables write it: `1 440 000` → `1440000`, `−800` → `-800`, `2,1 % nådd` → `2.1 met`. */
function plainCell(cell: string): string {
  const text = cell.replace(/\*\*/g, '').replace(/^– /, '').trim();
  const number = (s: string) => String(Number(s.replace(/\u00a0/g, '').replace('\u2212', '-').replace(',', '.')));
  const target = /^(\S+)\u00a0% (nådd|ikke nådd)$/.exec(text);
  if (target) return `${number(target[1]!)} ${target[2] === 'nådd' ? 'met' : 'missed'}`;
  return /^[\u2212-]?[\d\u00a0]+(,\d+)?$/.test(text) ? number(text) : text;
}

/** The rows of the Markdown table right after `heading` (cells trimmed, bold and italics dropped, the header and alignment rows left out). */
function mdTable(text: string, heading: string): string[][] {
  const at = text.indexOf(`${heading}\n`);
  if (at === -1) throw new Error(`no heading "${heading}"`);
  const lines = text.slice(at).split('\n').slice(2);
  const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('|')));
  return rows.slice(2).map((l) => l.slice(1, -1).split(' |').map((c) => c.trim().replace(/\*\*/g, '').replace(/^\*(.*)\*$/, '$1')));
}

/** The rows of the first statutory HTML table after `heading`. */
function htmlTable(text: string, heading: string): string[][] {
  const at = text.indexOf(heading);
  if (at === -1) throw new Error(`no heading "${heading}"`);
  const table = text.slice(text.indexOf('<table class="budget statutory">', at));
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</table>'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/&amp;/g, '&')));
}

/** Drops the label (numbered tables) or the number column (the rest), and the empty cells of a heading row. */
const numbers = (rows: string[][]) => rows.map(([n, , ...cells]) => (cells.every((c) => c === '') ? [n!] : [n!, ...cells.map(plainCell)]));
const labelled = (rows: string[][]) => rows.map(([label, ...cells]) => [plainCell(label!), ...cells.map(plainCell)]);

describe('plan report handlingsprogram: the økonomiplan (md)', async () => {
  const r = await run(['report', 'handlingsprogram']);
  const section = r.stdout.slice(r.stdout.indexOf('## Økonomiplan 2027–2030'));

  it('has the økonomiplan section with its balance', () => {
    expect(r.code).toBe(0);
    expect(section).toMatch(/^## Økonomiplan 2027–2030\n\nHandlingsprogram 2027–2030 · beløp i 1000 kr\n\nØkonomiplanen er i balanse i alle år, både drift og investering\.\n/);
  });
  it('drift, del 1', () => expect(numbers(mdTable(section, `### ${TITLES.operating}`))).toEqual(OPERATING));
  it('drift, del 2', () => expect(labelled(mdTable(section, `### ${TITLES.frames}`))).toEqual(FRAMES));
  it('each unit’s frame', () => {
    for (const [unit, rows] of FRAME_DETAILS) expect(labelled(mdTable(section, `#### ${unit}`))).toEqual(rows);
  });
  it('investering, del 1', () => expect(numbers(mdTable(section, `### ${TITLES.investment}`))).toEqual(INVESTMENT));
  it('investering, del 2', () => expect(labelled(mdTable(section, `### ${TITLES.investmentMeasures}`))).toEqual(INVESTMENT_MEASURES));
  it('financial targets', () => expect(labelled(mdTable(section, `### ${TITLES.targets}`))).toEqual(TARGETS));

  it('keeps drift and investering apart, with no sum of the two', () => {
    expect(r.stdout).not.toContain('Sum totalt');
    const summary = mdTable(r.stdout, '## Budsjettoversikt for planperioden (beløp i 1000 kr)');
    const kinds = summary.map((row) => row[1]);
    const lastOperating = kinds.lastIndexOf('Drift');
    expect(kinds.indexOf('Investering')).toBeGreaterThan(lastOperating);
    expect(summary[lastOperating + 1]![0]).toBe('Sum drift');
    expect(summary.at(-1)![0]).toBe('Sum investering');
  });
});

describe('plan report handlingsprogram: the økonomiplan (html)', async () => {
  const r = await run(['report', 'handlingsprogram', '--format', 'html']);

  it('links the section from the contents', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<li><a href="#okonomiplan">Økonomiplan 2027–2030</a></li>');
    expect(r.stdout).toContain('<section class="okonomiplan" id="okonomiplan">');
  });
  it('drift, del 1', () => expect(numbers(htmlTable(r.stdout, `<h3>${TITLES.operating}</h3>`))).toEqual(OPERATING));
  it('drift, del 2', () => expect(labelled(htmlTable(r.stdout, `<h3>${TITLES.frames}</h3>`))).toEqual(FRAMES));
  it('each unit’s frame', () => {
    for (const [unit, rows] of FRAME_DETAILS) expect(labelled(htmlTable(r.stdout, `<h4>${unit}</h4>`))).toEqual(rows);
  });
  it('investering, del 1', () => expect(numbers(htmlTable(r.stdout, `<h3>${TITLES.investment}</h3>`))).toEqual(INVESTMENT));
  it('investering, del 2', () => expect(labelled(htmlTable(r.stdout, `<h3>${TITLES.investmentMeasures}</h3>`))).toEqual(INVESTMENT_MEASURES));
  it('financial targets', () => expect(labelled(htmlTable(r.stdout, `<h3>${TITLES.targets}</h3>`))).toEqual(TARGETS));
  it('has no sum of drift and investering', () => expect(r.stdout).not.toContain('Sum totalt'));
});

describe('plan report for a plan without a Budget', () => {
  it('has no økonomiplan section', async () => {
    // The handlingsprogram template takes handlingsprograms only (issue 18): one without its Budget.
    const dir = copyExample();
    rmSync(join(dir, 'okonomiplan/okonomiplan-2027-2030.yaml'));
    const r = await run(['report', 'handlingsprogram', '--allow-errors'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Handlingsprogram 2027–2030');
    expect(r.stdout).not.toContain('Bevilgningsoversikt');
  });
});
