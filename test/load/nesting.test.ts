import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/load/aliases.js';
import { parseFile } from '../../src/load/parse-file.js';

const enc = (s: string) => new TextEncoder().encode(s);
const nested = (levels: number) => `kind: Indicator\nid: i\ntitle: T\ndirection: increase\nx-deep: ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}\n`;
const rules = (text: string) => parseFile('deep.yaml', enc(text)).diagnostics.map((d) => d.rule);

/**
 * yaml/too-deep comes from a fixed limit, not from whether yaml's toJS overflows the
 * stack: the same 700-level key was refused in one run and read in another (CI, after the
 * code had warmed up in earlier test files), so docs/rules.md's Bad example failed there.
 */
describe('nesting depth', () => {
  it(`reads ${MAX_NESTING} levels of collections and refuses one more, every time`, () => {
    for (let i = 0; i < 50; i++) {
      expect(rules(nested(MAX_NESTING))).toEqual([]);
      expect(rules(nested(MAX_NESTING + 1))).toEqual(['yaml/too-deep']);
    }
  });

  it('refuses a key nested 700 levels deep, warm or cold', () => {
    const text = `kind: Indicator\nid: i\ntitle: T\ndirection: increase\n? ${'{a: '.repeat(700)}1${'}'.repeat(700)}\n: x\n`;
    for (let i = 0; i < 50; i++) expect(rules(text)).toEqual(['yaml/too-deep']);
  });
});
