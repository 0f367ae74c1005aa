import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { parseFile } from '../../src/load/parse-file.js';
import { BASE, type Tree } from '../helpers/tree.js';

/** The load stage's file and YAML errors speak the run's language (issue 18, item 5). */

const enc = (text: string) => new TextEncoder().encode(text);
const messages = (path: string, bytes: Uint8Array, locale: 'nb' | 'nn' | 'en') =>
  parseFile(path, bytes, { slowPath: true, locale }).diagnostics.map((d) => [d.rule, d.message]);

describe('file and YAML errors in the locale', () => {
  it('a binary file, and one that is not UTF-8', () => {
    expect(messages('a.yaml', new Uint8Array([0x6b, 0x00, 0x69]), 'nb')).toEqual([['file/binary', 'filen er binær (den inneholder en NUL-byte), ikke YAML-tekst']]);
    expect(messages('a.yaml', new Uint8Array([0x6b, 0xff, 0x69]), 'nn')).toEqual([['file/encoding', 'fila er ikkje gyldig UTF-8']]);
    expect(messages('a.yaml', new Uint8Array([0x6b, 0xff, 0x69]), 'en')).toEqual([['file/encoding', 'file is not valid UTF-8']]);
  });

  it('a duplicate key, a bad indent and an empty file', () => {
    expect(messages('a.yaml', enc('id: a\nid: b\n'), 'nb')).toEqual([['yaml/duplicate-key', 'samme nøkkel står to ganger i samme mapping']]);
    expect(messages('a.yaml', enc('id: a\nid: b\n'), 'en')).toEqual([['yaml/duplicate-key', 'Map keys must be unique']]);
    const indent = messages('a.yaml', enc('goal:\n  title: a\n   id: b\n'), 'nb');
    expect(indent.length).toBeGreaterThan(0);
    for (const [rule, message] of indent) {
      expect(rule).toBe('yaml/syntax');
      // A Norwegian sentence first, the library's English detail only in brackets.
      expect(message).toMatch(/^[^(]*[æøå]|^(innrykket|en nøkkel|et tegn|uventet|feil i YAML)/);
      expect(message).toMatch(/\(YAML: .+\)$/);
    }
    expect(messages('a.yaml', enc('# only a comment\n'), 'nn')).toEqual([['yaml/empty', 'fila inneheld ingen YAML-dokument og vart hoppa over']]);
  });

  it('an alias bomb, with its hint', () => {
    const bomb = ['a: &a [x, x]', 'b: &b [*a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', ''].join('\n');
    const d = parseFile('a.yaml', enc(bomb), { slowPath: true, locale: 'nb', maxAliasCount: 5 }).diagnostics;
    expect(d.map((x) => [x.rule, x.message, x.hint])).toEqual([['yaml/alias-limit', 'for mange aliaser: 15 i ett dokument, grensen er 5', 'skriv ut aliasene for hånd; planverk begrenser dem for å stoppe aliasbomber']]);
  });

  it("checkRepository reads every file in the workspace's language, plan.yaml's own errors too", () => {
    const tree: Tree = { ...BASE, 'plan.yaml': `${BASE['plan.yaml']!}locale: nn\nlocale: nn\n`, 'goals/broken.yaml': 'kind: Goal\nid: x\nid: y\n' };
    const files = Object.keys(tree).map((path) => ({ path, bytes: enc(tree[path]!) }));
    const nn = checkRepository({ files }).diagnostics.filter((d) => d.rule === 'yaml/duplicate-key');
    expect(nn.map((d) => [d.file, d.message]).sort()).toEqual([
      ['goals/broken.yaml', 'same nøkkel står to gonger i same mapping'],
      ['plan.yaml', 'same nøkkel står to gonger i same mapping'],
    ]);
    const en = checkRepository({ files, locale: 'en' }).diagnostics.filter((d) => d.rule === 'yaml/duplicate-key');
    expect(en.map((d) => d.message)).toEqual(['Map keys must be unique', 'Map keys must be unique']);
  });
});
