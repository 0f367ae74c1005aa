import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository, type CheckResult } from '../../src/check/check-repository.js';
import { coreScalar } from '../../src/load/core-scalar.js';
import { parseFile } from '../../src/load/parse-file.js';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import { findSpan, SourceFile } from '../../src/load/source-file.js';
import { yamlLib } from '../../src/load/yaml-lib.js';
// @ts-expect-error: the benchmark generator is plain JavaScript
import { generateCorpus } from '../../bench/generate.mjs';
import { CASES } from '../helpers/rule-cases.js';
import { BASE, type Tree } from '../helpers/tree.js';
import { canon } from '../helpers/canon.js';
import { repositoryArb } from '../property/arbitraries.js';
import { fcParams } from '../property/config.js';
import { cases } from '../helpers/test-level.js';

/**
 * The differential test of the fast path (the plain parser, build-time validators,
 * lazy positions) against the slow path (yaml for every file, schemas
 * compiled at run time): on the rule fixtures, the base tree, generated corpora,
 * hostile inputs and random mutations, both give identical diagnostics (position by
 * position) and identical data (key order, -0, NaN, prototypes included).
 */

const enc = (s: string) => new TextEncoder().encode(s);

function filesOf(tree: Record<string, string | Uint8Array>) {
  return Object.keys(tree)
    .sort((a, b) => (a === 'plan.yaml' ? -1 : b === 'plan.yaml' ? 1 : a < b ? -1 : 1))
    .map((path) => ({ path, bytes: typeof tree[path] === 'string' ? enc(tree[path] as string) : (tree[path] as Uint8Array) }));
}

function summary(result: CheckResult) {
  return {
    diagnostics: result.diagnostics,
    summary: result.summary,
    entries: result.repo.all.map((e) => `${e.kind} ${e.id} ${e.valid} ${e.doc.source.path}#${e.doc.index} ${canon(e.data)}`),
    // What JUnit lists: every document's lines, kind and id.
    outline: result.outline(),
  };
}

/** Both paths on one repository; returns how many files the fast parser took. */
function expectSame(tree: Record<string, string | Uint8Array>): number {
  const files = filesOf(tree);
  const slow = checkRepository({ files, slowPath: true });
  const fast = checkRepository({ files });
  expect(summary(fast)).toEqual(summary(slow));
  return files.filter((f) => parseFile(f.path, f.bytes).fast).length;
}

/** Both paths on one file: same data, same diagnostics, same position for every node. */
function expectSameFile(bytes: Uint8Array): boolean {
  const slow = parseFile('f.yaml', bytes, { slowPath: true });
  const fast = parseFile('f.yaml', bytes);
  expect(fast.diagnostics).toEqual(slow.diagnostics);
  expect(fast.documents.map((d) => canon(d.data))).toEqual(slow.documents.map((d) => canon(d.data)));
  if (fast.fast) {
    fast.documents.forEach((doc, i) => {
      const other = slow.documents[i]!;
      expect(doc.index).toBe(other.index);
      for (const path of paths(doc.data)) {
        for (const target of ['key', 'value', 'start'] as const) {
          expect(findSpan(doc.source, doc.yaml, path, target)).toEqual(findSpan(other.source, other.yaml, path, target));
        }
      }
    });
  }
  return fast.fast === true;
}

/** Every path to a node of a value. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.getOwnPropertyNames(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A generated benchmark corpus as an in-memory tree. */
function corpusTree(size: number, errorRate: number, seed: number): Tree {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-corpus-'));
  tmp.push(dir);
  generateCorpus(dir, size, { errorRate, seed });
  const tree: Tree = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.yaml')) tree[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return tree;
}

/** Inputs chosen to make parsers disagree. */
const HOSTILE: Record<string, string | Uint8Array> = {
  'alias bomb': ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n'),
  aliases: 'kind: Goal\nid: &i a\ntitle: *i\nplan: kp\n',
  // Deep enough for the plain parser to refuse, shallow enough that yaml does not run out of stack
  // (where it does, its errors depend on the stack left, run to run).
  'deep flow nesting': `kind: Goal\nid: deep\nx-deep: ${'['.repeat(400)}${']'.repeat(400)}\n`,
  'deep block nesting': `kind: Goal\nid: deep\nx-deep:\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`,
  // A last empty value and a comment before `---`: yaml ends that document differently
  // before a marker than at the end of a text, so a document re-parsed alone must end with one.
  'empty value and comment before ---': 'kind: Goal\nid: e1\ntitle: E\nplan: kp\nindicators:\n#  - aktive\n---\nkind: Goal\nid: e2\ntitle: F\nplan: kp\nx-b:\n',
  '__proto__ keys': 'kind: Goal\nid: proto\ntitle: P\nplan: kp\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nx-a: { __proto__: [1] }\n',
  'bad UTF-8': new Uint8Array([...enc('kind: Goal\nid: x\ntitle: '), 0xc3, 0x28, 0x0a]),
  'binary': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  'UTF-8 BOM': new Uint8Array([0xef, 0xbb, 0xbf, ...enc('kind: Goal\nid: bom\ntitle: B\nplan: kp\nindicators: [aktive]\n')]),
  'two BOMs': new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...enc('kind: Goal\nid: bom2\n')]),
  'UTF-16 LE': new Uint8Array([0xff, 0xfe, ...Buffer.from('kind: Goal\nid: u16\ntitle: å\nplan: kp\n', 'utf16le')]),
  'a U+FFFD that is real': 'kind: Goal\nid: fffd\ntitle: "\uFFFD"\nplan: kp\nindicators: [aktive]\n',
  CRLF: 'kind: Goal\r\nid: crlf\r\ntitle: C\r\nplan: kp\r\nfocusArea: klima\r\nindicators: [aktive, nope]\r\n',
  'lone CR': 'kind: Goal\rid: cr\ntitle: C\nplan: kp\n',
  'duplicate keys': 'kind: Goal\nid: dup\ntitle: A\ntitle: B\nplan: kp\n',
  'keys 1 and "1"': 'kind: Goal\nid: k1\n1: a\n"1": b\n',
  'null keys': 'kind: Goal\nid: nk\n~: a\n"": b\nnull: c\n',
  'numbers as keys': 'kind: Goal\nid: nums\n0x10: a\n1.50: b\n1e3: c\n.inf: d\n-0: e\n',
  'merge keys': 'base: &b { kind: Goal, plan: kp }\n---\n<<: *b\nid: merged\ntitle: M\n',
  'literal << key': 'kind: Goal\nid: lt\ntitle: "<<"\nplan: kp\nx-<<: 1\n',
  tags: 'kind: !!str Goal\nid: !custom tagged\ntitle: !!int "12"\nplan: kp\n',
  'multi-document file': 'kind: Goal\nid: m1\ntitle: A\nplan: kp\n---\nkind: Goal\nid: m2\ntitle: B\nplan: kp\n---\n',
  'markers, comments and a document before the first marker': 'kind: Goal\nid: b1\n---\n# c\nkind: Goal\nid: b2\ntitle: T\n--- \nkind: Goal\nid: b3\nplan: nope\n---\nkind: Indicator\nid: b4\ntitle: I\ndirection: up\n',
  'comments before the first marker': '# head\n\n---\nkind: Goal\nid: c1\n---\nkind: Goal\nid: c2\nplan: kp\ntitle: x\nfocusArea: nope\nindicators: [aktive]\n',
  'markers with content on their line': '--- {kind: Goal, id: d1, title: T, plan: kp}\n--- {kind: Goal, id: d2, title: T, plan: nope}\n',
  'CRLF documents': 'kind: Goal\r\nid: e1\r\n---\r\nkind: Goal\r\nid: e2\r\ntitle: T\r\nplan: nope\r\n',
  'a --- inside a block scalar': 'kind: Goal\nid: f1\ntitle: |\n  text\n---\nkind: Goal\nid: f2\nplan: nope\n',
  'document end markers': 'kind: Goal\nid: e1\ntitle: A\nplan: kp\n...\n---\nkind: Goal\nid: e2\ntitle: B\nplan: kp\n',
  'empty documents': '---\n---\nkind: Goal\nid: e3\ntitle: A\nplan: kp\n---\n# only a comment\n',
  'directives': '%YAML 1.2\n---\nkind: Goal\nid: dir\ntitle: D\nplan: kp\n',
  '%YAML 1.1': '%YAML 1.1\n---\nkind: Goal\nid: y11\ntitle: yes\nplan: kp\n',
  'complex keys': '? [a, b]\n: c\nkind: Goal\n',
  'flow collection as key': '{ a: 1 }: x\n[1, 2]: y\n',
  'flow end at line start': 'kind: Goal\nid: fe\ntitle: F\nplan: kp\nsdgTargets: [\n  "3.4"\n]\n',
  tabs: 'kind: Goal\nid: tab\ntitle:\tT\nplan: kp\n',
  'tab indentation': 'kind: Goal\nx-a:\n\tb: 1\n',
  'core scalars': 'kind: Indicator\nid: core\ntitle: T\ndirection: increase\nx-s: [0o17, 0O17, 0x1F, 0X1F, 0b101, 1_000, +12, -0, .5, 1., 1e3, 1E-3, .inf, -.Inf, .NaN, .nan, 0.10, 012, 0012, 1.0e+3, +.5e2, yes, No, on, Off, y, n, ~, Null, NULL, nULL, True, TRUE, tRUE, 2027-06-10, 12:30, 1:20:30, 0x, 0o, "0x1F", ".inf"]\n',
  'big numbers': 'kind: Goal\nid: big\nx-n: [12345678901234567890123, 1e400, -1e400, 0x1ffffffffffffffffff, 0.1e-400]\n',
  'plain multi-line scalars': 'kind: Goal\nid: ml\ntitle: this is\n  a long\n\n  title\nplan: kp\n',
  'block scalars': 'kind: Goal\nid: bs\ntitle: |\n  line 1\n    more\n\n  line 3\nx-f: >-\n  folded\n  text\n\n  para\n    indented\n  end\nx-k: |+\n  keep\n\nx-s: |2-\n   two\nx-e: >\n\nplan: kp\n',
  'quoted scalars and escapes': 'kind: Goal\nid: q\ntitle: "a\\tb\\u00e5\\x41\\N\\_\\L\\P\\/\\"\\\\ c"\nx-s: \'it\'\'s\'\nx-m: "multi\n  line\n\n  quoted"\nx-bad: "\\q"\nplan: kp\n',
  'comments everywhere': '# head\nkind: Goal # kind\nid: c # id\ntitle: "t" #t\nplan: kp\n# tail\n',
  'hash without space': 'kind: Goal\nid: h\ntitle: a#b\nx-q: "a"#c\nplan: kp\n',
  'colon in values': 'kind: Goal\nid: col\ntitle: a:b\nx-u: http://x.y/z?a=1&b=2\nx-t: 12:30:00\nplan: kp\n',
  'indicator characters in text': 'kind: Goal\nid: ind\ntitle: Plan & bygg * stjerne ! utrop ? spørsmål % prosent @ at ` tick | pipe > gt\nplan: kp\n',
  'starts with reserved': 'kind: Goal\nid: r\ntitle: @home\nx-b: `tick`\nplan: kp\n',
  'empty values': 'kind: Goal\nid: ev\ntitle:\nplan: kp\nx-e: []\nx-m: {}\nx-n:\n',
  'document is a list': '- a\n- b\n',
  'document is a scalar': 'just text\n',
  'explicit null document': '~\n',
  'empty file': '',
  'only comments': '# nothing\n',
  'control characters': 'kind: Goal\nid: cc\ntitle: "a\u0007b"\nx-p: a\u0001b\nplan: kp\n',
  'unicode separators': 'kind: Goal\nid: us\ntitle: a\u2028b\u0085c\nplan: kp\n',
  'long line': `kind: Goal\nid: long\ntitle: ${'x'.repeat(20000)}\nplan: kp\n`,
  'compact nested sequences': 'kind: Goal\nid: cn\nx-a:\n- - 1\n  - 2\n- - 3\nx-b: [[1, 2], {a: [3]}]\nplan: kp\n',
  'nested mapping in compact': 'kind: Goal\nid: nm\nx-a: b: c\n',
  'indentation errors': 'kind: Goal\n id: bad\ntitle: T\n',
  'unclosed flow': 'kind: Goal\nid: uf\nindicators: [a, b\n',
  'unclosed quote': 'kind: Goal\nid: "uq\ntitle: T\n',
  'anchor-like text inside flow': 'kind: Goal\nid: af\nx-a: [a&b, c*d, e!f]\nplan: kp\n',
  'sdg ids unquoted': 'kind: Goal\nid: sdg\ntitle: S\nplan: kp\nsdgTargets: [16.10, 3.4, 3.a]\nindicators: [aktive]\n',
  'windows path text': 'kind: Goal\nid: wp\ntitle: C:\\Users\\x\nplan: kp\n',
};

describe('fast path vs slow path', () => {
  it('the base tree: identical, and every file takes the fast path', () => {
    expect(expectSame(BASE)).toBe(Object.keys(BASE).length);
  });

  for (const c of CASES) {
    it(`rule fixture: ${c.name}`, () => {
      expectSame(c.tree);
    });
  }

  it('generated corpora, clean and with 5 % errors', () => {
    const clean = corpusTree(200, 0, 1);
    expect(expectSame(clean)).toBe(Object.keys(clean).length);
    expect(expectSame(corpusTree(400, 0.05, 2))).toBeGreaterThan(0);
  });

  // These must take the fast path, so that positions located later, one document at a time, are compared.
  const FAST = ['markers, comments and a document before the first marker', 'empty value and comment before ---', 'comments before the first marker', 'CRLF documents', 'a --- inside a block scalar', 'UTF-8 BOM', 'CRLF', 'core scalars'];
  for (const [name, input] of Object.entries(HOSTILE)) {
    it(`hostile input: ${name}`, () => {
      const bytes = typeof input === 'string' ? enc(input) : input;
      const fast = expectSameFile(bytes);
      if (FAST.includes(name)) expect(fast).toBe(true);
      expectSame({ ...BASE, 'hostile.yaml': bytes });
    });
  }

  it('random mutations of the base tree', () => {
    // Deterministic: the same mutations on every run; PLANVERK_FUZZ_SEED and PLANVERK_FUZZ_RUNS explore more (docs/testing.md).
    let seed = Number(process.env.PLANVERK_FUZZ_SEED ?? 12345);
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = [' ', '  ', '\n', '- ', ': ', ':', '#', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '?', '|', '>', '-', '0', '1.5', '.', '~', 'null', 'true', '\r\n', '\t', '---\n', '%', '@', '\\', 'x'];
    const names = Object.keys(BASE).filter((n) => n !== 'plan.yaml');
    let fastTaken = 0;
    const runs = Number(process.env.PLANVERK_FUZZ_RUNS ?? cases(100, 300));
    for (let n = 0; n < runs; n++) {
      const file = names[Math.floor(rnd() * names.length)]!;
      let text = BASE[file]!;
      for (let k = 0, edits = 1 + Math.floor(rnd() * 3); k < edits; k++) {
        const at = Math.floor(rnd() * text.length);
        const cut = rnd() < 0.3 ? 1 + Math.floor(rnd() * 3) : 0;
        text = text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at + cut);
      }
      try {
        if (expectSameFile(enc(text))) fastTaken++;
        if (n % 10 === 0) expectSame({ ...BASE, [file]: text });
      } catch (error) {
        throw new Error(`mutation ${n} of ${file}: ${JSON.stringify(text)}\n${String(error)}`, { cause: error });
      }
    }
    // The mutations must exercise the fast path too, not only the fallback.
    expect(fastTaken).toBeGreaterThan(runs / 10);
  });

  it('random repositories of every kind, in every style yaml writes, with data and byte damage', () => {
    // The property tests' repositories (documents derived from the schemas, serialised by
    // yaml in random styles: flow, block, quoted, literal, indentation 1 to 4) take the
    // plain parser now and then, through shapes no hand-written fixture has.
    let fastFiles = 0;
    fc.assert(
      fc.property(repositoryArb(), (files) => {
        const slow = checkRepository({ files, slowPath: true });
        const fast = checkRepository({ files });
        expect(summary(fast)).toEqual(summary(slow));
        fastFiles += files.filter((f) => parseFile(f.path, f.bytes).fast).length;
      }),
      fcParams(cases(70, 200)),
    );
    // At least a few files took the plain parser (the short run has fewer chances).
    expect(fastFiles).toBeGreaterThan(cases(2, 5));
  });
});

describe('fast path pieces', () => {
  it('a clean repository is never parsed with yaml, even when its check result is copied or outlined', () => {
    const lib = yamlLib();
    const original = lib.parseAllDocuments;
    let calls = 0;
    lib.parseAllDocuments = ((...args: Parameters<typeof original>) => {
      calls++;
      return original(...args);
    }) as typeof original;
    try {
      const result = checkRepository({ files: filesOf(corpusTree(200, 0, 4)) });
      const copy = { ...result };
      expect(copy.summary.errors).toBe(0);
      expect(calls).toBe(0);
      // The outline (JUnit) comes from the `---` lines: still no parse.
      expect(result.outline().length).toBe(copy.summary.files);
      expect(calls).toBe(0);
      // Positions of every document: at most two parses a file (its first document alone,
      // then the whole file), never one per document.
      for (const entry of result.repo.all) expect(entry.doc.yaml.contents).not.toBeNull();
      expect(calls).toBeGreaterThan(0);
      expect(calls).toBeLessThanOrEqual(2 * copy.summary.files);
    } finally {
      lib.parseAllDocuments = original;
    }
  });

  it('resolves plain scalars exactly as the yaml core schema does', () => {
    const samples = ['0o17', '0O17', '0x1F', '0X1F', '0b101', '1_000', '+12', '-0', '.5', '1.', '1e3', '1E-3', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '.NAN', '0.10', '012', '1.0e+3', '+.5e2', '-.5E-2', 'yes', 'No', '~', 'Null', 'NULL', 'nULL', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'fALSE', '2027-06-10', '12:30', '0x', '0o', '', '+', '.', '1e', 'e3', '-1', '+0x1', '-0o7', '0x-1', '123456789012345678901234567890', '0x1ffffffffffffffffff'];
    const { parse } = yamlLib();
    for (const s of samples) {
      const expected: unknown = parse(`v: ${s === '' ? '' : s}\n`, { schema: 'core', version: '1.2' }).v;
      const got = coreScalar(s);
      expect(canon(typeof got === 'symbol' ? s : got), s).toBe(canon(expected));
    }
  });

  it('refuses what it cannot read alike, and reads plain plan files', () => {
    expect(parsePlainYaml('kind: Goal\nid: a\n')).toEqual([{ kind: 'Goal', id: 'a' }]);
    for (const text of ['a: &x 1\n', 'a: *x\n', 'a: !t 1\n', '<<: {}\n', '%YAML 1.2\n---\na: 1\n', '? a\n: b\n', 'a:\tb\n', '', '- a\n', 'a: 1\n...\n', 'a: [\n]\n', '[a]: 1\n', 'a: [ { b: 1 } :]\n', 'a: [ [b] :, c]\n', 'null: 1\n', 'a: 1\na: 2\n']) {
      expect(parsePlainYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('counts lines as yaml\'s LineCounter does', () => {
    for (const input of Object.values(HOSTILE)) {
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
      const counter = new (yamlLib().LineCounter)();
      yamlLib().parseAllDocuments(text, { lineCounter: counter });
      const mine = new SourceFile('f.yaml', text).lineCounter;
      expect([...mine.lineStarts]).toEqual(counter.lineStarts);
      for (let offset = 0; offset <= text.length; offset += Math.max(1, Math.floor(text.length / 50))) expect(mine.linePos(offset)).toEqual(counter.linePos(offset));
    }
  });
});
