import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/load/parse-file.js';
import { stylish } from '../../src/output/diagnostics/stylish.js';
import { BASE, checkTree, type Tree } from '../helpers/tree.js';

/** Hints for the mistakes people writing plan YAML by hand in Norway make (issue 18, item 4). */

const enc = (s: string) => new TextEncoder().encode(s);
const only = (tree: Tree, file: string) => checkTree({ ...BASE, ...tree }).diagnostics.filter((d) => d.file === file);

describe('hints for common mistakes', () => {
  it('a decimal comma in a block mapping: use a decimal point', () => {
    const [d] = only({ 'indicator.yaml': BASE['indicator.yaml']!.replace('baseline: { year: 2019, value: 40 }', 'baseline:\n  year: 2019\n  value: 40,5') }, 'indicator.yaml');
    expect(d).toMatchObject({ rule: 'schema/type', hint: 'use a decimal point: 40.5' });
  });

  it('a decimal comma in a flow mapping (read as a key "5"): use a decimal point', () => {
    const [d] = only({ 'indicator.yaml': BASE['indicator.yaml']!.replace('value: 40 }', 'value: 40,5 }') }, 'indicator.yaml');
    expect(d).toMatchObject({ rule: 'schema/additional-properties', hint: 'use a decimal point: 40.5' });
  });

  it('a colon in an unquoted title: quote it', () => {
    const [d] = parseFile('x.yaml', enc('kind: Goal\nid: a\ntitle: Mål: bedre helse\nplan: kp\n')).diagnostics;
    expect(d).toMatchObject({ rule: 'yaml/syntax', line: 3, hint: 'a value with ": " in it must be quoted: title: "Mål: bedre helse"' });
  });

  it('an impossible date names the days of the month', () => {
    const calendar = BASE['calendar.yaml'];
    expect(calendar).toBeDefined();
    const [d] = only({ 'extra.yaml': 'kind: Calendar\nid: ekstra\ntitle: E\nevents:\n  - { id: a, title: A, category: other, date: 2027-02-30 }\n' }, 'extra.yaml');
    expect(d).toMatchObject({ rule: 'schema/format', hint: 'February 2027 has 28 days' });
  });

  it('an unclosed quote is reported at the quote, with its line in the code frame', () => {
    const text = 'kind: Goal\nid: a\ntitle: "God helse\nplan: kp\n';
    const parsed = parseFile('x.yaml', enc(text));
    const [d] = parsed.diagnostics;
    expect(d).toMatchObject({ rule: 'yaml/syntax', line: 3, column: 8, hint: 'the " opened on line 3 is never closed; end the value with " on the same line' });
    const out = stylish({ diagnostics: parsed.diagnostics, summary: { files: 1, documents: 1, errors: 1, warnings: 0 }, lineText: (_f, line) => text.split('\n')[line - 1]! }, { locale: 'en', color: false });
    expect(out).toContain('3 | title: "God helse');
  });

  it('paths read as YAML, with the row\'s year', () => {
    const [d] = only({ 'measure.yaml': BASE['measure.yaml']!.replace('operating: 1200', 'operating: "x"') }, 'measure.yaml');
    expect(d!.message).toBe('"budget[1].operating" (the 2028 row) must be a number, not the text "x"');
  });

  it('warning carets are drawn in the warning colour, error carets in red', () => {
    const d = { rule: 'unused-indicator', severity: 'warning', message: 'm', file: 'x.yaml', line: 1, column: 1, endLine: 1, endColumn: 5 } as const;
    const report = { diagnostics: [d], summary: { files: 1, documents: 1, errors: 0, warnings: 1 }, lineText: () => 'kind: Goal' };
    const out = String(stylish(report, { locale: 'en', color: true }));
    expect(out).toContain('\u001b[33m^^^^\u001b[39m');
    expect(String(stylish({ ...report, diagnostics: [{ ...d, severity: 'error' }] }, { locale: 'en', color: true }))).toContain('\u001b[31m^^^^\u001b[39m');
  });

  it('a reversed period is one diagnostic, not a cascade', () => {
    const found = checkTree({ ...BASE, 'measure.yaml': BASE['measure.yaml']!.replace('period: { start: 2027, end: 2029 }', 'period: { start: 2029, end: 2027 }') }).diagnostics;
    expect(found.map((d) => d.rule)).toEqual(['period-reversed']);
  });
});
