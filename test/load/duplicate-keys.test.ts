import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/load/parse-file.js';

const dups = (text: string) => parseFile('f.yaml', new TextEncoder().encode(text)).diagnostics.filter((d) => d.rule === 'yaml/duplicate-key').map((d) => `${d.line}:${d.column}`);

describe('duplicate keys (linear-time check)', () => {
  it('finds them in block and flow mappings at any depth, at the repeated key', () => {
    expect(dups('a: 1\nb:\n  c: 1\n  c: 2\nd: { e: 1, e: 2 }\nf: [ { g: 1, g: 1 } ]\n')).toEqual(['4:3', '5:12', '6:14']);
  });

  it('compares values as yaml does: 1 and "1" differ, "a" and a do not', () => {
    expect(dups('1: x\n"1": y\n')).toEqual([]);
    expect(dups('a: x\n"a": y\n')).toEqual(['2:1']);
  });

  it('marks the document broken, like any YAML error', () => {
    const parsed = parseFile('f.yaml', new TextEncoder().encode('kind: Goal\nid: a\nid: b\n'));
    expect(parsed.documents[0]!.broken).toBe(true);
  });

  it('checks 100,000 keys without comparing each with every other', () => {
    const text = `${Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join('\n')}\nk5: again\n`;
    expect(dups(text)).toEqual(['100001:1']);
  });
});
