import { cpSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RootError } from '../../src/workspace/find-root.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { plan } from '../helpers/plan-cli.js';
import { cases } from '../helpers/test-level.js';
import { BASE, writeTree } from '../helpers/tree.js';
import { run } from './run.js';

/**
 * Hostile input, each case with its asserted outcome. run() also asserts, for every
 * case, that positions lie inside the files, JSON parses and Object.prototype stays
 * clean. Time bounds live in bench/hostile.mjs (`npm run bench:hostile`), not here.
 * Small cases are files in test/fixtures/hostile/; huge or special ones (100 MB,
 * deep nesting, 10,000 files (3,000 in `npm test`: still three times the usual limit of
 * open files), links, FIFOs) are made at test time.
 */
const FIXTURES = new URL('../fixtures/hostile/', import.meta.url);

/** BASE plus the hostile fixture files under hostile/. */
function withFixtures(): string {
  const dir = writeTree(BASE);
  cpSync(FIXTURES, join(dir, 'hostile'), { recursive: true });
  return dir;
}

describe('hostile fixtures (test/fixtures/hostile)', () => {
  const outcome = run(withFixtures());
  const at = (file: string) => outcome.result.diagnostics.filter((d) => d.file === `hostile/${file}`).map((d) => `${d.rule} ${d.line}`);

  it('stops alias bombs in sequences and mappings, keeps ordinary aliases', () => {
    expect(at('alias-bomb-goal.yaml')).toEqual(['yaml/alias-limit 2']);
    expect(at('alias-bomb-map.yaml')).toEqual(['yaml/alias-limit 2']);
    expect(at('aliases-fine.yaml')).toEqual(['unused-indicator 3']);
  });

  it('keeps __proto__, constructor and prototype keys as inert data', () => {
    expect(at('proto-keys.yaml')).toEqual([
      'schema/additional-properties 6',
      'schema/additional-properties 7',
      'schema/additional-properties 8',
      'schema/additional-properties 15',
      'schema/additional-properties 16',
      'id/duplicate 19',
      'schema/pattern 19',
    ]);
    expect(at('proto-broken.yaml')).toEqual(['yaml/syntax 5']);
    const goal = outcome.result.repo.get('proto', 'Goal')!;
    expect(Object.getPrototypeOf(goal.data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(goal.data)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(outcome.json).toContain('ukjent nøkkel «__proto__»');
  });

  it('reads CRLF, UTF-16 LE/BE and UTF-8 with a BOM at the right lines, with readable code frames', () => {
    for (const file of ['crlf.yaml', 'utf16le.yaml', 'utf16be.yaml', 'utf8-bom.yaml']) {
      expect(at(file), file).toEqual(['schema/additional-properties 5']);
    }
    expect(outcome.stylish).toContain('    5 | titel: skrivefeil\n');
    expect(outcome.stylish).toContain('    5 | titel: typo\n');
    expect(outcome.stylish).not.toContain('\r');
  });

  it('reports invalid UTF-8 and binary files named .yaml at the offending line', () => {
    expect(at('invalid-utf8.yaml')).toEqual(['file/encoding 3']);
    expect(at('binary-png.yaml')).toEqual(['file/binary 3']);
    expect(at('binary-no-nul.yaml')).toEqual(['file/encoding 2']);
  });

  it('never lets control characters from the YAML reach the terminal', () => {
    expect(at('control-chars.yaml')).toEqual(['schema/pattern 4']);
    // eslint-disable-next-line no-control-regex
    expect(outcome.stylish).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(outcome.stylish).toContain('\\u001b');
  });
});

describe('hostile inputs made at test time', () => {
  it('skips a 100 MB file at the default limit (file/too-large); --max-file-size raises the limit', () => {
    const dir = writeTree(BASE);
    const fd = openSync(join(dir, 'huge.yaml'), 'w');
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB of NUL bytes without writing them
    closeSync(fd);
    expect(run(dir).found).toEqual(['file/too-large huge.yaml']);
    expect(run(dir, { maxFileSize: 200 * 1024 * 1024 }).found).toEqual(['file/binary huge.yaml']);
    const cli = plan(['validate', dir, '--max-file-size', '200MB', '--format', 'json']);
    expect(cli.code).toBe(1);
    expect(JSON.parse(cli.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['file/binary']);
  });

  it('skips a 100 MB plan.yaml instead of reading it for its settings', () => {
    const dir = writeTree(BASE);
    writeFileSync(join(dir, 'plan.yaml'), `${BASE['plan.yaml']}x-pad: "${'a'.repeat(11 * 1024 * 1024)}"\n`);
    expect(run(dir).found).toContain('file/too-large plan.yaml');
  });

  it('survives 5,000-deep nesting in every style, in checked fields and in plan.yaml (yaml/too-deep)', () => {
    const n = 5000;
    const flowSeq = `${'['.repeat(n)}${']'.repeat(n)}`;
    const flowMap = `${'{a: '.repeat(n)}1${'}'.repeat(n)}`;
    // Block mappings need a line per level: 5,000 levels are 12.5 MB of indentation, over the default limit.
    const blockMap = Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n');
    const dir = writeTree({
      ...BASE,
      'plan.yaml': `${BASE['plan.yaml']}x-deep: ${flowSeq}\n`,
      'deep-flow-seq.yaml': `kind: Goal\nid: d1\ntitle: ${flowSeq}\nplan: kp\n`,
      'deep-flow-map.yaml': `kind: Indicator\nid: d2\ntitle: D\ndirection: increase\ntargets: ${flowMap}\n`,
      'deep-block-map.yaml': `kind: Goal\nid: d3\ntitle: D\nplan: kp\nx-deep:\n${blockMap}\n`,
      'deep-block-seq.yaml': `kind: Goal\nid: d4\ntitle: D\nplan: kp\nstrategies:\n  ${'- '.repeat(n)}x\n`,
    });
    expect(run(dir).found).toContain('file/too-large deep-block-map.yaml');
    const { found } = run(dir, { maxFileSize: 64 * 1024 * 1024 });
    for (const file of ['plan.yaml', 'deep-flow-seq.yaml', 'deep-flow-map.yaml', 'deep-block-map.yaml', 'deep-block-seq.yaml']) {
      expect(found.filter((f) => f.endsWith(` ${file}`)), file).toEqual([`yaml/too-deep ${file}`]);
    }
  });

  it('notes links out of the repository and loops, never reads through them', () => {
    const outside = mkdtempSync(join(tmpdir(), 'planverk-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'kind: Goal\nid: secret\ntitle: [SECRET-MARKER\n');
    writeFileSync(join(outside, 'catalog.yaml'), 'nb: { targets: { "3.4": SECRET-MARKER } }\n');
    const dir = writeTree({ ...BASE, 'plan.yaml': `${BASE['plan.yaml']}catalog: linked/catalog.yaml\n` });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'outside-file.yaml'));
    symlinkSync(outside, join(dir, 'linked'));
    symlinkSync('.', join(dir, 'loop-dir'));
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    symlinkSync('goal.yaml', join(dir, 'inside-link.yaml'));
    const o = run(dir);
    expect(o.found).toEqual(
      expect.arrayContaining(['file/symlink outside-file.yaml', 'file/symlink loop-a.yaml', 'file/symlink loop-b.yaml', 'config/catalog plan.yaml']),
    );
    expect(o.result.diagnostics.find((d) => d.rule === 'config/catalog')!.message).toMatch(/peker ut av repositoriet/);
    // The link inside the repository is read: its document is a duplicate of goal.yaml's.
    expect(o.found).toContain('id/duplicate inside-link.yaml');
    expect(o.json + o.stylish).not.toContain('SECRET-MARKER');
    expect(o.result.summary.files).toBe(Object.keys(BASE).length + 1);
  });

  it('does not read a plan.yaml that links out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'planverk-outside-'));
    writeFileSync(join(outside, 'plan.yaml'), `${BASE['plan.yaml']}exclude: ["**"]\n`);
    const dir = writeTree({ ...BASE, 'plan.yaml': '' });
    execFileSync('rm', [join(dir, 'plan.yaml')]);
    symlinkSync(join(outside, 'plan.yaml'), join(dir, 'plan.yaml'));
    const o = run(dir);
    expect(o.found).toContain('file/symlink plan.yaml');
    expect(o.result.summary.files).toBe(Object.keys(BASE).length - 1); // its exclude was not applied
  });

  it('never blocks on a FIFO: named .yaml, linked, or named as the catalog', () => {
    const dir = writeTree({ ...BASE, 'plan.yaml': `${BASE['plan.yaml']}catalog: fifo-catalog.yaml\n` });
    for (const name of ['fifo.yaml', 'fifo-catalog.yaml']) execFileSync('mkfifo', [join(dir, name)]);
    symlinkSync('fifo.yaml', join(dir, 'fifo-link.yaml'));
    const o = run(dir);
    expect(o.found).toEqual(['file/read fifo-link.yaml', 'config/catalog plan.yaml']);
    for (const d of o.result.diagnostics) expect(d.message).toMatch(/er ikke en vanlig fil/);
  });

  it('plan.yaml as a folder: a clear error at the root, skipped below it', () => {
    const root = mkdtempSync(join(tmpdir(), 'planverk-folder-'));
    mkdirSync(join(root, 'plan.yaml'));
    expect(() => loadRepository(root)).toThrow(RootError);
    const dir = writeTree(BASE);
    mkdirSync(join(dir, 'sub/plan.yaml'), { recursive: true });
    mkdirSync(join(dir, 'folder.yaml'));
    writeFileSync(join(dir, 'folder.yaml/inner.yaml'), 'kind: Goal\nid: inner\ntitle: I\nplan: kp\nindicators: [aktive]\n');
    const o = run(dir);
    expect(o.found).toEqual([]);
    expect(o.result.summary.files).toBe(Object.keys(BASE).length + 1);
  });

  it('escapes control characters and bidi overrides in file names too', () => {
    const dir = writeTree({ ...BASE, 'evil\u001b[2J\u202e.yaml': 'kind: Goal\nid: evil\ntitle: E\nplan: kp\nindicators: [aktive]\ntitel: x\n' });
    const o = run(dir);
    expect(o.found).toEqual(['schema/additional-properties evil\u001b[2J\u202e.yaml']);
    expect(o.stylish).toContain('evil\\u001b[2J\\u202e.yaml');
    // eslint-disable-next-line no-control-regex
    expect(o.stylish).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  const FOLDERS = cases(30, 100);
  it(`reads a ${FOLDERS * 100}-file folder and counts every file`, () => {
    const dir = writeTree(BASE);
    for (let f = 0; f < FOLDERS; f++) {
      mkdirSync(join(dir, `many/${f}`), { recursive: true });
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `many/${f}/i${i}.yaml`), `kind: Indicator\nid: m${f}-${i}\ntitle: M\ndirection: increase\n`);
    }
    const o = run(dir);
    expect(o.result.summary.files).toBe(Object.keys(BASE).length + FOLDERS * 100);
    expect(o.result.summary.documents).toBe(9 + FOLDERS * 100);
    expect(o.result.summary.errors).toBe(0);
    expect(o.found.filter((f) => f.startsWith('unused-indicator '))).toHaveLength(FOLDERS * 100);
  });

  it('leaves the fixtures as they were', () => {
    const before = readFileSync(new URL('proto-keys.yaml', FIXTURES));
    run(withFixtures());
    expect(readFileSync(new URL('proto-keys.yaml', FIXTURES))).toEqual(before);
  });
});

describe('hostile templates', () => {
  it('never reads a repository template or partial that links out of the repository', async () => {
    const { findTemplates } = await import('../../src/output/templates/template-sources.js');
    const outside = mkdtempSync(join(tmpdir(), 'planverk-outside-'));
    writeFileSync(join(outside, 'secret.hbs'), 'SECRET-MARKER');
    const dir = writeTree({ ...BASE, 'templates/partials/own.md.hbs': 'own partial' });
    symlinkSync(join(outside, 'secret.hbs'), join(dir, 'templates/handlingsprogram.md.hbs'));
    symlinkSync(join(outside, 'secret.hbs'), join(dir, 'templates/partials/leak.md.hbs'));
    symlinkSync(outside, join(dir, 'templates/partials/linked'));
    const set = findTemplates('handlingsprogram', 'md', 'nb', { root: dir }, dir)!;
    expect(set.template.file).toMatch(/^<built-in>\//);
    const names = set.partials.map((p) => p.name);
    expect(names).toContain('own');
    expect(names).not.toContain('leak');
    expect(JSON.stringify(set)).not.toContain('SECRET-MARKER');
  });
});
