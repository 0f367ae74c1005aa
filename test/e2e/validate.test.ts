import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, writeTree } from '../helpers/tree.js';
import { plan, ROOT } from '../helpers/plan-cli.js';
import { planHere } from '../helpers/plan-here.js';

const EXAMPLE = join(ROOT, 'examples/nye-asker');

// The built bin (plan) where the process itself is under test: the example's exit code,
// exit 2 with one line and no stack trace, --version. What `plan validate` finds and
// prints runs in-process (planHere: the same environment policy, 0.4 s less a run).

/** A copy of the example with edits applied: file → [from, to] (each must match). */
function brokenCopy(edits: Record<string, [string, string][]>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-broken-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  for (const [file, list] of Object.entries(edits)) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [from, to] of list) {
      if (!text.includes(from)) throw new Error(`fixture: "${from}" not in ${file}`);
      text = text.replace(from, to);
    }
    writeFileSync(join(dir, file), text);
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`"${needle}" not in ${file}`);
  return i + 1;
}

describe('plan validate (built bin)', () => {
  it('passes examples/nye-asker with exit 0', () => {
    const r = plan(['validate', 'examples/nye-asker']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/ingen problemer/);
    expect(r.code).toBe(0);
  });

  it('finds plan.yaml by walking up from a subfolder', async () => {
    const r = await planHere(['validate', '--format', 'json'], { cwd: join(EXAMPLE, 'goals') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
  });

  it('reports every problem of a broken copy at the right line, in one run, exit 1', async () => {
    const dir = brokenCopy({
      'goals/tjenester.yaml': [
        ['level: society', 'levl: society'],
        ['sdgTargets: ["3.4", "3.5", "3.d"]', 'sdgTargets: ["3.4", "3.5", "3.d", 16.10]'],
      ],
      'goals/klima.yaml': [
        ['focusArea: klima\nlevel: society', 'focusArea: klima\nlevel: global'],
      ],
      'goals/samfunnsutvikling.yaml': [['sdgTargets: ["11.1", "11.3", "9.1"]', 'sdgTargets: ["11.1", "11.3", "9.1", "3.9a"]']],
      'measures/velferd.yaml': [['goals: [mestring-i-eget-liv, god-helse]', 'goals: [mestring-i-eget-liv, god-helsa]']],
      'goals/okonomi.yaml': [['parent: sunn-okonomi', 'parent: sunn-okonomi\n']],
      'indicators/okonomi.yaml': [['id: netto-driftsresultat', 'id: netto-driftsresultat\ntitle: [unclosed']],
      'plans/kommuneplan-2040.yaml': [['parent: planstrategi-2020', 'parent: handlingsprogram-2027-2030']],
    }, {
      'duplicate.yaml': 'kind: Indicator\nid: klimagassutslipp\ntitle: Kopi\ndirection: decrease\n',
    });
    const r = await planHere(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout).diagnostics as { rule: string; file: string; line: number }[]).map((d) => `${d.rule} ${d.file}:${d.line}`);
    const expected = [
      `schema/additional-properties goals/tjenester.yaml:${lineOf(dir, 'goals/tjenester.yaml', 'levl:')}`,
      `sdg/numeric-id goals/tjenester.yaml:${lineOf(dir, 'goals/tjenester.yaml', '16.10')}`,
      `schema/enum goals/klima.yaml:${lineOf(dir, 'goals/klima.yaml', 'level: global')}`,
      `sdg/unknown-target goals/samfunnsutvikling.yaml:${lineOf(dir, 'goals/samfunnsutvikling.yaml', '3.9a')}`,
      `ref/unknown-id measures/velferd.yaml:${lineOf(dir, 'measures/velferd.yaml', 'god-helsa')}`,
      `yaml/syntax indicators/okonomi.yaml:${lineOf(dir, 'indicators/okonomi.yaml', '[unclosed') + 1}`,
      `id/duplicate indicators/klima-og-miljo.yaml:${lineOf(dir, 'indicators/klima-og-miljo.yaml', 'id: klimagassutslipp')}`,
      `ref/cycle plans/handlingsprogram-2027-2030.yaml:${lineOf(dir, 'plans/handlingsprogram-2027-2030.yaml', 'parent:')}`,
    ];
    for (const e of expected) expect(found).toContain(e);
  });

  it('prints stylish output with a code frame and hint', async () => {
    const dir = writeTree({ ...BASE, 'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', 'titel: God helse\ntitle: God helse') });
    const r = await planHere(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('goal.yaml\n  3:1     feil      ukjent nøkkel «titel»  schema/additional-properties\n    3 | titel: God helse\n        ^^^^^\n    tips: mente du «title»?');
    expect(r.stdout).toMatch(/1 problem \(1 feil, 0 advarsler\)/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('speaks one language: --locale en gives the English messages and words, nn the nynorsk ones', async () => {
    const dir = writeTree({ ...BASE, 'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', 'titel: God helse\ntitle: God helse') });
    const en = await planHere(['validate', dir, '--locale', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('unknown key "titel"  schema/additional-properties');
    expect(en.stdout).toContain('hint: did you mean "title"?');
    expect(en.stdout).not.toMatch(/feil|tips:/);
    const nn = await planHere(['validate', dir, '--locale', 'nn']);
    expect(nn.stdout).toContain('ukjend nøkkel «titel»');
    expect(nn.stdout).toContain('meinte du «title»?');
  });

  it('colours only when asked: FORCE_COLOR colours, --no-color wins', async () => {
    const dir = writeTree({ ...BASE, 'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', 'titel: God helse') });
    expect((await planHere(['validate', dir], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await planHere(['validate', dir, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('--max-warnings and --quiet', async () => {
    const dir = writeTree({ ...BASE, 'extra.yaml': 'kind: Indicator\nid: ubrukt\ntitle: Ubrukt\ndirection: decrease\n' });
    expect((await planHere(['validate', dir])).code).toBe(0);
    expect((await planHere(['validate', dir, '--max-warnings', '1'])).code).toBe(0);
    const over = await planHere(['validate', dir, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('--max-warnings');
    const quiet = await planHere(['validate', dir, '--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
    expect(JSON.parse(quiet.stdout).summary.warnings).toBe(1);
  });

  it('JSON output matches the spec shape', async () => {
    const dir = writeTree({ ...BASE, 'goal.yaml': BASE['goal.yaml']!.replace('indicators: [aktive]', 'indicators: [aktiv]') });
    const out = JSON.parse((await planHere(['validate', dir, '--format', 'json'])).stdout);
    expect(out).toEqual({
      diagnostics: [
        { rule: 'ref/unknown-id', severity: 'error', message: 'ukjent Indicator «aktiv»', hint: 'mente du «aktive»?', file: 'goal.yaml', line: 7, column: 14, endLine: 7, endColumn: 19 },
      ],
      summary: { files: 8, documents: 9, errors: 1, warnings: 0 },
    });
  });

  it('exit 2 with one line: no plan.yaml, missing folder, plan.yaml a folder, bad flags', () => {
    const empty = mkdtempSync(join(tmpdir(), 'planverk-empty-'));
    const folder = mkdtempSync(join(tmpdir(), 'planverk-folder-'));
    mkdirSync(join(folder, 'plan.yaml'));
    for (const args of [['validate', empty], ['validate', join(empty, 'nope')], ['validate', folder], ['validate', '--format', 'xml', 'examples/nye-asker'], ['validate', '--max-warnings', 'many'], ['validate', '--bogus'], ['frobnicate']]) {
      const r = plan(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^plan: /);
    }
  });

  it('survives hostile input: alias bomb, deep nesting, __proto__, bad UTF-8, empty file, symlink loop', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    const dir = writeTree({
      ...BASE,
      'bomb.yaml': `${bomb}\n`,
      'deep.yaml': `kind: Goal\nid: deep\nx-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      'proto.yaml': 'kind: Goal\nid: proto\ntitle: P\nplan: kp\n__proto__: { polluted: yes }\nindicators: [aktive]\n',
      'empty.yaml': '',
    });
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe6, 0x0a]));
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    symlinkSync('/etc/hostname', join(dir, 'outside.yaml'));
    const r = await planHere(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const by = (JSON.parse(r.stdout).diagnostics as { rule: string; file: string }[]).map((d) => `${d.rule} ${d.file}`);
    expect(by).toEqual(
      expect.arrayContaining([
        'yaml/alias-limit bomb.yaml',
        'schema/additional-properties proto.yaml',
        'file/encoding latin1.yaml',
        'yaml/empty empty.yaml',
        'file/symlink loop-a.yaml',
        'file/symlink loop-b.yaml',
        'file/symlink outside.yaml',
      ]),
    );
  });

  it('skips files over --max-file-size with a diagnostic', async () => {
    const dir = writeTree({ ...BASE, 'big.yaml': `x: "${'a'.repeat(4000)}"\n` });
    const r = await planHere(['validate', dir, '--max-file-size', '2kb', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['file/too-large']);
  });

  it('--version prints the package version', () => {
    const r = plan(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
