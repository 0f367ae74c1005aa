import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import { yamlLib } from '../../src/load/yaml-lib.js';
import { canon } from '../helpers/canon.js';
import { cases } from '../helpers/test-level.js';

/**
 * The plain parser against yaml: whatever it accepts, yaml must read without an error
 * or a warning, into identical data (key order, numbers, prototypes). Whatever it
 * refuses goes to yaml, which the fast-path test covers.
 */

const YAML_OPTIONS = { schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: false, logLevel: 'silent' } as const;

/** yaml's reading of a text: the data of each document, or undefined when it has any error or warning. */
function yamlRead(text: string): string | undefined {
  const docs = yamlLib().parseAllDocuments(text, YAML_OPTIONS);
  if (!Array.isArray(docs)) return undefined;
  if (docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined;
  return canon(docs.map((d) => d.toJS({ maxAliasCount: 100 })));
}

/** Accepted texts must read as yaml reads them; returns whether the plain parser took it. */
function expectAlike(text: string): boolean {
  const plain = parsePlainYaml(text);
  if (plain === undefined) return false;
  expect(canon(plain), JSON.stringify(text)).toBe(yamlRead(text));
  return true;
}

describe('plain parser', () => {
  it('reads what plan files are made of', () => {
    const text = [
      '# a comment',
      'kind: Indicator',
      'id: ind-1 # trailing comment',
      'title: Andel elever – med æøå, [klammer] og #hash',
      'count: 12',
      'share: 56.2',
      'half: .5',
      'hex: 0x1F',
      'big: 1e3',
      'nothing: null',
      'tilde: ~',
      'yes: true',
      'url: https://www.ssb.no/statbank/table/10000',
      "quoted: 'it''s'",
      'dq: "4.2"',
      'flow: [ "4.2", 16.7, a b ]',
      'map: { year: 2015, value: 56.2, url: https://www.ssb.no/kostra }',
      'nested: [ { year: 2027, value: 61.1 }, { year: 2030, value: [] } ]',
      'empty: {}',
      'source:',
      '  name: SSB',
      '',
      '  table: "10000"',
      'list:',
      '- a',
      '- b: 1',
      '  c: 2',
      '-',
      '  - deep',
      'items:',
      '  - { year: 2015 }',
      '  -   x: 1',
      '      y: 2',
      'budget:',
      '  2027: 100',
      '  0: 0',
      'folded: >-',
      '  one line',
      '  and the next',
      '',
      '  after a blank',
      'literal: |',
      '  line 1',
      '',
      '  # not a comment',
      '    indented',
      'clip: >',
      '  clipped',
      '',
      '',
      '# a comment between',
      'last:',
      '---',
      'kind: Goal',
      '',
    ].join('\n');
    expect(expectAlike(text)).toBe(true);
    expect(expectAlike(text.replace(/\n/g, '\r\n'))).toBe(true);
    expect(parsePlainYaml(text.replace(/\n/g, '\r\n'))).toEqual(parsePlainYaml(text));
    const [first] = parsePlainYaml(text)!;
    expect(first).toMatchObject({ folded: 'one line and the next\nafter a blank', literal: 'line 1\n\n# not a comment\n  indented\n', clip: 'clipped\n', last: null, budget: { 2027: 100, 0: 0 } });
  });

  it('refuses, whole file, what it does not know', () => {
    const refused = {
      anchor: 'a: &x 1\n',
      alias: 'a: *x\n',
      tag: 'a: !t 1\n',
      escapes: 'a: "x\\ny"\n',
      'multi-line plain scalar': 'a: one\n  two\n',
      'multi-line quoted scalar': 'a: "one\n  two"\n',
      tab: 'a:\tb\n',
      'lone carriage return': 'a: 1\rb: 2\n',
      'carriage return inside a line': 'a: 1\r2\n',
      'control character': 'a: b\u0001\n',
      emoji: 'a: 🙂\n',
      'duplicate key': 'a: 1\na: 2\n',
      'inherited name': 'constructor: 1\n',
      'proto key': '__proto__: 1\n',
      'null key': 'null: 1\n',
      'boolean key': 'true: 1\n',
      'number key with a leading zero': '01: 1\n',
      'quoted key': '"a": 1\n',
      'document end': 'a: 1\n...\n',
      directive: '%YAML 1.2\n---\na: 1\n',
      'empty document': 'a: 1\n---\n---\nb: 1\n',
      'trailing marker': 'a: 1\n---\n',
      'not a mapping': '- a\n',
      scalar: 'just text\n',
      empty: '',
      'only comments': '# c\n',
      'indented root': '  a: 1\n',
      'keep chomping': 'a: >+\n  x\n',
      'indentation indicator': 'a: |2\n  x\n',
      'more-indented folded line': 'a: >\n  x\n    y\n',
      'block scalar without a final line break': 'a: |\n  x',
      'empty block scalar': 'a: |\nb: 1\n',
      'colon in a plain value': 'a: b: c\n',
      'colon at the end of a value': 'a: b:\n',
      'glued comment after a quote': 'a: "b"#c\n',
      'text after a flow collection': 'a: [b] c\n',
      'flow over two lines': 'a: [b,\n  c]\n',
      'trailing comma': 'a: [b, ]\n',
      'flow key without a value': 'a: { b }\n',
      'pair in a flow sequence': 'a: [b: c]\n',
      'nested compact sequence': '- - a\n',
      'complex key': '? a\n: b\n',
      'bad indentation': 'a:\n    b: 1\n  c: 2\n',
      'key without a space': 'a:b\n',
      reserved: 'a: @b\n',
      'too deep': `${Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
    };
    for (const [why, text] of Object.entries(refused)) expect(parsePlainYaml(text), why).toBeUndefined();
  });

  it('reads random plan-like files exactly as yaml does, and refuses the rest', () => {
    // PLANVERK_FUZZ_RUNS and PLANVERK_FUZZ_SEED run more, or other, files by hand (docs/testing.md).
    let seed = Number(process.env.PLANVERK_FUZZ_SEED ?? 20261126);
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    // Mostly what the parser reads, now and then something it must refuse (or read right).
    const mostly = <T,>(good: readonly T[], risky: readonly T[]): T => pick(rnd() < 0.04 ? risky : good);
    const key = () => mostly(['id', 'kind', 'title', 'x-note', 'v2', '2027', '0', '_k', 'a-b', 'year', 'value', 'nULL', 'Truth'], ['null', 'True', 'constructor', '01', '1e3', 'a b', '__proto__', '-1']);
    const plain = () =>
      mostly(
        ['Plan', 'Andel elever med æøå', '2015', '-3', '+4', '56.2', '.5', '5.', '1e3', '0x1F', '0o17', '0b101', '007', '.inf', '-.Inf', '.nan', 'null', '~', 'true', 'False', 'yes', '1_000', 'a#b', 'a #b', 'http://x.no/a', 'a, b [c] {d}', "it's", '-1', '-a', '?a', ':a', 'a:b', '2027-06-10', '12:30', '---', 'a  ', '= b', '<< c', '.', '-.', '+'],
        ['- a', 'a: b', '...', '@a', '%a', 'a:', '? a', ': a', '&a b', '*a', '!t x', '|x', '>x', '#c'],
      );
    const quoted = () => mostly(['"4.2"', '"a # b"', "'it''s'", "''", '""', '"æ"', "'a: b'"], ['"a\\"b"', "'a'b", '"a', "'a"]);
    const flowScalar = () => mostly(['a', '1', '56.2', '"4.2"', "'x'", 'a b', 'null', '-1', '.5', 'æ'], ['-', 'a:b', ':a', 'a:', 'a: b', 'a :b', 'http://x.no', '#', 'a #b', '&x', '*x', '? a', '|']);
    const flow = (depth: number): string => {
      if (depth > 1 || rnd() < 0.5) {
        const n = Math.floor(rnd() * 4);
        const items = Array.from({ length: n }, () => (depth < 2 && rnd() < 0.2 ? flow(depth + 1) : flowScalar()));
        return rnd() < 0.5 ? `[${items.join(', ')}]` : `[ ${items.join(',')} ]`;
      }
      const n = Math.floor(rnd() * 3);
      const pairs = Array.from({ length: n }, () => `${key()}: ${rnd() < 0.2 ? flow(depth + 1) : flowScalar()}`);
      return `{ ${pairs.join(', ')} }`;
    };
    const blockScalar = (indent: string): string[] => {
      const header = mostly(['|', '|-', '>', '>-', '> # c'], ['>+', '|2', '|+', '>1-']);
      const inner = indent + pick(['  ', '  ', '    ', ' ']);
      const lines = [header];
      for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) {
        const r = rnd();
        lines.push(r < 0.15 ? '' : r < 0.2 ? `${inner}  more` : r < 0.3 ? `${inner}# hash` : r < 0.33 ? `${inner}trail ` : r < 0.35 ? ' '.repeat(inner.length + 1) : `${inner}${plain()}`);
      }
      return lines;
    };
    const value = (indent: string, depth: number): string[] => {
      const r = rnd();
      if (depth < 4 && r < 0.15) return ['', ...mapping(indent + pick(['  ', '    ', ' ']), depth + 1)];
      if (depth < 4 && r < 0.27) return ['', ...sequence(rnd() < 0.3 ? indent : indent + '  ', depth + 1)];
      if (r < 0.4) return [flow(0)];
      if (r < 0.5) return [quoted()];
      if (r < 0.58) {
        const [header, ...rest] = blockScalar(indent);
        return [header!, ...rest];
      }
      if (r < 0.62) return [''];
      return [plain() + (rnd() < 0.1 ? ' # note' : '')];
    };
    const join = (head: string, [first, ...rest]: string[]) => [first === '' ? head.trimEnd() : `${head}${first}`, ...rest];
    const mapping = (indent: string, depth: number): string[] => {
      const out: string[] = [];
      for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) {
        if (rnd() < 0.1) out.push(rnd() < 0.5 ? '' : `${pick(['', indent, '   '])}# comment`);
        out.push(...join(`${indent}${key()}: `, value(indent, depth)));
      }
      return out;
    };
    const sequence = (indent: string, depth: number): string[] => {
      const out: string[] = [];
      for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
        if (depth < 4 && rnd() < 0.3) {
          const [first, ...rest] = mapping(`${indent}  `, depth + 1);
          out.push(`${indent}- ${first!.slice(indent.length + 2)}`, ...rest);
        } else out.push(...join(`${indent}- `, value(indent, depth)));
      }
      return out;
    };
    const file = (): string => {
      const docs = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => mapping('', 0).join('\n'));
      let text = (rnd() < 0.2 ? '---\n' : '') + docs.join('\n---\n') + (rnd() < 0.9 ? '\n' : '');
      // Byte damage now and then: what a hand edit or a merge can leave behind.
      const pieces = [' ', '  ', '\n', '- ', ': ', '#', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '?', '|', '>', '\t', '\r\n', '---\n', '...\n', '%', 'x', '\\'];
      if (rnd() < 0.15) {
        for (let k = 0, edits = 1 + Math.floor(rnd() * 2); k < edits; k++) {
          const at = Math.floor(rnd() * text.length);
          text = text.slice(0, at) + pick(pieces) + text.slice(at + (rnd() < 0.3 ? 1 : 0));
        }
      }
      // Files from Windows checkouts end their lines with CRLF.
      return rnd() < 0.15 ? text.replace(/\n/g, '\r\n') : text;
    };
    let taken = 0;
    const runs = Number(process.env.PLANVERK_FUZZ_RUNS ?? cases(1500, 4000));
    for (let n = 0; n < runs; n++) if (expectAlike(file())) taken++;
    if (process.env.PLANVERK_FUZZ_RUNS) console.log(`plain parser took ${taken} of ${runs} files`);
    // Neither side may be vacuous: many files are read, many refused.
    expect(taken).toBeGreaterThan(runs * 0.2);
    expect(taken).toBeLessThan(runs * 0.9);
  });

  it('reads the YAML examples of the docs and the example repository as yaml does', () => {
    // Real plan YAML, as people write it: every ```yaml block of README.md and docs/, and every file of examples/.
    const root = new URL('../../', import.meta.url);
    const texts: string[] = [];
    for (const doc of ['README.md', ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]) {
      for (const m of readFileSync(new URL(doc, root), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)) texts.push(m[1]!);
    }
    const examples = new URL('examples/nye-asker/', root);
    for (const file of readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) texts.push(readFileSync(new URL(file, examples), 'utf8'));
    const taken = texts.filter(expectAlike).length;
    expect(texts.length).toBeGreaterThan(100);
    expect(taken).toBeGreaterThan(texts.length * 0.8);
  });
});
