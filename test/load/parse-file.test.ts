import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/load/outline.js';
import { diagnosticAt, parseFile } from '../../src/load/parse-file.js';

const enc = (s: string) => new TextEncoder().encode(s);
const rules = (text: string | Uint8Array) => parseFile('f.yaml', typeof text === 'string' ? enc(text) : text).diagnostics.map((d) => [d.rule, d.line]);

describe('parseFile', () => {
  it('reads several documents with positions', () => {
    const parsed = parseFile('f.yaml', enc('kind: Goal\nid: a\n---\nkind: Goal\nid: b\n'));
    expect(parsed.documents.map((d) => (d.data as { id: string }).id)).toEqual(['a', 'b']);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('uses the YAML 1.2 core schema: dates stay strings, yes/no stay strings', () => {
    const [doc] = parseFile('f.yaml', enc('d: 2027-06-10\nb: yes\nn: 16.10\n')).documents;
    expect(doc!.data).toEqual({ d: '2027-06-10', b: 'yes', n: 16.1 });
  });

  it('reports syntax errors and duplicate keys with lines', () => {
    expect(rules('a: [1, 2\n')).toEqual([['yaml/syntax', 2]]);
    expect(rules('a: 1\nb: 2\na: 3\n')).toEqual([['yaml/duplicate-key', 3]]);
  });

  it('stops an alias bomb (billion laughs) with a diagnostic', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [n, p] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    expect(rules(`${lines.join('\n')}\n`)).toEqual([['yaml/alias-limit', 1]]);
  });

  it('handles 5,000-deep nesting without crashing', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const block = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    for (const text of [deep, block]) {
      const parsed = parseFile('f.yaml', enc(text));
      expect(parsed.documents.length + parsed.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('keeps __proto__ keys as data, never as a prototype', () => {
    const [doc] = parseFile('f.yaml', enc('__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n')).documents;
    expect(Object.getPrototypeOf(doc!.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports invalid UTF-8 and binary files at the offending line', () => {
    expect(rules(new Uint8Array([...enc('a: 1\nb: '), 0xc3, 0x28, 0x0a]))).toEqual([['file/encoding', 2]]);
    expect(rules(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual([['file/binary', 3]]);
  });

  it('reads UTF-16 with a byte order mark and UTF-8 with one', () => {
    const text = 'kind: Goal\nid: å\n';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]);
    for (const bytes of [le, be, bom]) expect(parseFile('f.yaml', bytes).documents[0]!.data).toEqual({ kind: 'Goal', id: 'å' });
  });

  it('gives CRLF files the same positions as LF files', () => {
    const crlf = parseFile('f.yaml', enc('a: 1\r\nb: [1,\r\n'));
    const lf = parseFile('f.yaml', enc('a: 1\nb: [1,\n'));
    expect(crlf.diagnostics.map((d) => d.line)).toEqual(lf.diagnostics.map((d) => d.line));
  });

  it('notes an empty file', () => {
    expect(rules('')).toEqual([['yaml/empty', 1]]);
    expect(rules('# only a comment\n')).toEqual([['yaml/empty', 1]]);
  });

  it('finds the documents of a file with a `#####` banner before the first one', () => {
    // A regular expression over the text before the first `---` backtracked exponentially
    // on such a banner (18 `#` took 50 s): now a scan. The time bound is in bench/hostile.mjs.
    const banner = Array.from({ length: 3 }, () => '#'.repeat(60)).join('\n');
    const text = `${banner}\nkind: Goal\nid: a\ntitle: A\nplan: nope\n---\nkind: Goal\nid: b\n`;
    const fast = parseFile('f.yaml', enc(text));
    const slow = parseFile('f.yaml', enc(text), { slowPath: true });
    expect(fast.fast).toBe(true);
    expect(fast.documents.map(outlineDocument)).toEqual(slow.documents.map(outlineDocument));
    expect(outlineDocument(fast.documents[0]!)).toMatchObject({ line: 4, endLine: 7 });
    const at = diagnosticAt(fast.documents[0]!, ['plan'], 'value', { rule: 'ref/unknown-id', severity: 'error', message: 'x' });
    expect([at.line, at.column]).toEqual([7, 7]);
  });

  it('draws a CRLF document that ends with an empty value and a comment where yaml does', () => {
    // `.` does not match `\r`: the comment was not cut, `k1:` was not seen as empty, and the
    // document ended two characters after where yaml ends it (one line too far).
    const text = 'kind: Goal\r\nid: a\r\ntitle: A\r\nk1: # c\r\n\r\n---\r\nkind: Goal\r\nid: b\r\n';
    const fast = parseFile('f.yaml', enc(text));
    expect(fast.fast).toBe(true);
    expect(fast.documents.map(outlineDocument)).toEqual(parseFile('f.yaml', enc(text), { slowPath: true }).documents.map(outlineDocument));
  });
});
