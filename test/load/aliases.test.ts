import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/load/parse-file.js';

const enc = (s: string) => new TextEncoder().encode(s);
const found = (text: string) => parseFile('f.yaml', enc(text)).diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);

describe('aliases', () => {
  it('refuses an alias inside the node it names, which would make a value that contains itself', () => {
    expect(found('kind: Goal\nid: g\nx-a: &a [1, *a]\n')).toEqual(['yaml/alias-limit 3:13']);
    expect(found('kind: Goal\nid: g\nx-m: &m\n  k: { deeper: [*m] }\n')).toEqual(['yaml/alias-limit 4:17']);
    expect(parseFile('f.yaml', enc('kind: Goal\nx-a: &a [*a]\n')).documents).toEqual([]);
  });

  it('keeps aliases of nodes that are complete, also when an anchor is reused', () => {
    const text = 'kind: Goal\nx-a: &a [1]\nx-b: [*a, *a]\nx-c: &a [2]\nx-d: *a\n';
    expect(found(text)).toEqual([]);
    expect(parseFile('f.yaml', enc(text)).documents[0]!.data).toEqual({ kind: 'Goal', 'x-a': [1], 'x-b': [[1], [1]], 'x-c': [2], 'x-d': [2] });
  });

  it('counts aliases before expanding them: more than 100 in a document is refused at once', () => {
    // yaml looks each alias up among all anchors before it: 20,000 took 7 s, 100,000 minutes
    // (the time bound is in bench/hostile.mjs).
    const many = `kind: Goal\n${Array.from({ length: 1000 }, (_, i) => `x-a${i}: &x${i} 1\nx-b${i}: *x${i}`).join('\n')}\n`;
    expect(found(many)).toEqual(['yaml/alias-limit 1:1']);
    const hundred = `kind: Goal\n${Array.from({ length: 100 }, (_, i) => `x-a${i}: &x${i} 1\nx-b${i}: *x${i}`).join('\n')}\n`;
    expect(found(hundred)).toEqual([]);
  });
});
