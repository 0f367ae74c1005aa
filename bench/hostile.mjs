#!/usr/bin/env node
// Time bounds for hostile input: each case is built in a temporary folder, then
// `plan validate` (the built bin: run `npm run build:dist` first) runs on it. A case
// fails when it takes longer than its bound or ends with anything but exit 0/1
// and a clean stderr. The tests assert outcomes; only this script measures time.
// CI runs it after the tests (.ci/run), so keep the whole run well under two minutes.
// Usage: npm run bench:hostile [-- name-filter]
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/plan.js');
const WORKSPACE = 'kind: Workspace\nid: bench\nname: Bench\nunits: [ { id: velferd, title: Velferd } ]\n';
const GOAL = 'kind: Plan\nid: kp\ntitle: K\ntype: kommuneplan-samfunnsdel\n';

const line = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const HANDLINGSPROGRAM = 'kind: Plan\nid: hp\ntitle: HP\ntype: handlingsprogram\nparent: kp\nperiod: { start: 2027, end: 2030 }\n---\nkind: Goal\nid: g\ntitle: G\nplan: kp\n';
const git = (dir, ...args) => spawnSync('git', args, { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' } });
const id = (i) => String(i).padStart(7, '0');

/** name → [bound in seconds, build(dir), extra flags, { args(dir): another command than validate, expect(result): its outcome }]. */
const CASES = {
  'alias bomb (9^9 expansion)': [5, (dir) => cpSync(join(ROOT, 'test/fixtures/hostile/alias-bomb-goal.yaml'), join(dir, 'bomb.yaml'))],
  '100 MB file, default limit': [5, (dir) => sparse(join(dir, 'huge.yaml'), 100)],
  '100 MB file read with --max-file-size 200MB': [10, (dir) => sparse(join(dir, 'huge.yaml'), 100), ['--max-file-size', '200MB']],
  '9 MB of 100,000 dangling references': [40, (dir) =>
    writeFileSync(join(dir, 'refs.yaml'), line(50_000, (i) => `---\nkind: Indicator\nid: indicator-number-${id(i)}\ntitle: x\ndirection: increase\n---\nkind: Benefit\nid: b${i}\ntitle: b\nmeasure: measure-number-${id(i)}\nindicator: indicator-numbxr-${id(i)}`))],
  '150,000 unknown keys in one document': [20, (dir) => writeFileSync(join(dir, 'keys.yaml'), `kind: Goal\nid: g\ntitle: G\nplan: kp\n${line(150_000, (i) => `k${i}: 1`)}\n`)],
  '100,000 duplicate keys': [20, (dir) => writeFileSync(join(dir, 'dups.yaml'), `kind: Goal\nid: g\ntitle: G\nplan: kp\n${line(100_000, () => 'title: again')}\n`)],
  '100,000 SDG entries with unknown targets': [40, (dir) => writeFileSync(join(dir, 'm.yaml'), `kind: MaterialityAssessment\nid: m\ntitle: M\nentries:\n${line(100_000, (i) => `  - { target: "99.${i}", significance: 1, influence: 1 }`)}\n`)],
  '100,000-deep flow nesting': [20, (dir) => writeFileSync(join(dir, 'deep.yaml'), `kind: Goal\nid: d\ntitle: ${'['.repeat(100_000)}${']'.repeat(100_000)}\nplan: kp\n`)],
  '5,000-deep block mapping (12.5 MB, --max-file-size 64MB)': [20, (dir) => writeFileSync(join(dir, 'deep.yaml'), `kind: Goal\nid: d\ntitle: D\nplan: kp\nx-deep:\n${line(5000, (i) => `${' '.repeat(i + 1)}k:`)}\n`), ['--max-file-size', '64MB']],
  '100,000-deep block sequence': [20, (dir) => writeFileSync(join(dir, 'deep.yaml'), `kind: Goal\nid: d\ntitle: D\nplan: kp\nstrategies:\n  ${'- '.repeat(100_000)}x\n`)],
  '10,000 files': [40, (dir) => {
    for (let f = 0; f < 100; f++) {
      mkdirSync(join(dir, `many/${f}`), { recursive: true });
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `many/${f}/i${i}.yaml`), `kind: Indicator\nid: m${f}-${i}\ntitle: M\ndirection: increase\n`);
    }
  }],
  '`#####` banners before the first of several documents': [5, (dir) =>
    writeFileSync(join(dir, 'banner.yaml'), `${line(50, () => '#'.repeat(200))}\nkind: Goal\nid: g\ntitle: G\nplan: nope\n---\n${line(50, () => '#'.repeat(200))}\nkind: Goal\nid: h\ntitle: H\nplan: kp\n`)],
  'exclude globs with many `*` against 1,000 names of 200 characters': [10, (dir) => {
    writeFileSync(join(dir, 'plan.yaml'), `${WORKSPACE}exclude: ["**/*a*a*a*a*a*a*c", "**/${'*a'.repeat(60)}*b${'?'.repeat(40)}c"]\n`);
    let seed = 7;
    const ab = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) & 0x10000 ? 'a' : 'b');
    for (let f = 0; f < 10; f++) {
      mkdirSync(join(dir, `names/${f}`), { recursive: true });
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `names/${f}/${Array.from({ length: 200 }, ab).join('')}.yaml`), `kind: Indicator\nid: n${f}-${i}\ntitle: N\ndirection: increase\n`);
    }
  }],
  '20,000 unknown unit references, 20,000 units': [20, (dir) => {
    writeFileSync(join(dir, 'plan.yaml'), `${WORKSPACE.trimEnd().replace(' ]', `, ${Array.from({ length: 20_000 }, (_, i) => `{ id: enhet-${id(i)}, title: E }`).join(', ')} ]`)}\n`);
    writeFileSync(join(dir, 'plans/hp.yaml'), 'kind: Plan\nid: hp\ntitle: H\ntype: handlingsprogram\n');
    writeFileSync(join(dir, 'goal.yaml'), 'kind: Goal\nid: g\ntitle: G\nplan: kp\nindicators: [i]\n---\nkind: Indicator\nid: i\ntitle: I\ndirection: increase\n');
    writeFileSync(join(dir, 'measures.yaml'), line(20_000, (i) => `---\nkind: Measure\nid: m${i}\ntitle: M\nplan: hp\ngoals: [g]\nresponsible: zzzzz-${id(i)}`));
  }],
  'a parent cycle of 20,000 goals': [10, (dir) =>
    writeFileSync(join(dir, 'goals.yaml'), line(20_000, (i) => `---\nkind: Goal\nid: g${id(i)}\ntitle: G\nplan: kp\nparent: g${id((i + 1) % 20_000)}`))],
  '40,000 aliases of 40,000 anchors': [10, (dir) =>
    writeFileSync(join(dir, 'aliases.yaml'), `kind: Goal\nid: g\ntitle: G\nplan: kp\n${line(40_000, (i) => `x-a${i}: &a${i} 1\nx-b${i}: *a${i}`)}\n`)],
  'symbolic link loops and links out': [5, (dir) => {
    symlinkSync('.', join(dir, 'loop-dir'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('/', join(dir, 'root'));
  }],
  // Issue 13, finding 6: a title of 100,000 spaces made every /\s*\n\s*/ replace quadratic (13–24 s).
  'plan diff --format md: a title of 100,000 spaces': [2, (dir) => {
    writeFileSync(join(dir, 'goal.yaml'), 'kind: Goal\nid: g\ntitle: G\nplan: kp\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'goal.yaml'), `kind: Goal\nid: g\ntitle: "a${' '.repeat(100_000)}b"\nplan: kp\n`);
    git(dir, 'commit', '-qam', 'head');
  }, [], { args: (dir) => ['diff', 'HEAD~1', 'HEAD', '--root', dir, '--format', 'md'] }],
  'plan report handlingsprogram: a measure title of 100,000 spaces': [2, (dir) => {
    writeFileSync(join(dir, 'plans/kp.yaml'), `${GOAL}focusAreas: [ { id: helse, title: Helse } ]\n`);
    writeFileSync(join(dir, 'hp.yaml'), `${HANDLINGSPROGRAM}focusArea: helse\n---\nkind: Measure\nid: m\ntitle: "a${' '.repeat(100_000)}b"\nplan: hp\ngoals: [g]\nbudget: [ { year: 2027, operating: 1 } ]\n`);
  }, [], { args: (dir) => ['report', 'handlingsprogram', dir] }],
  'plan arshjul --format md: an event title of 100,000 spaces': [2, (dir) => writeFileSync(join(dir, 'hjul.yaml'), `kind: Calendar\nid: hjul\ntitle: H\nevents:\n  - { id: e, title: "a${' '.repeat(100_000)}b", category: budget, month: 6, day: 1 }\n`), [], { args: (dir) => ['arshjul', dir, '--year', '2027', '--format', 'md'] }],
  'plan matrix --format md: a goal title of 100,000 spaces': [2, (dir) => {
    writeFileSync(join(dir, 'm.yaml'), 'kind: MaterialityAssessment\nid: m\ntitle: M\nscale: { min: 1, max: 5 }\nentries: [ { target: "3.4", significance: 5, influence: 4 } ]\n');
    writeFileSync(join(dir, 'g.yaml'), `kind: Goal\nid: g\ntitle: "a${' '.repeat(100_000)}b"\nplan: kp\nsdgTargets: ["3.4"]\n`);
  }, [], { args: (dir) => ['matrix', dir, '--format', 'md'] }],
  // Issue 13, finding 14: templates without a budget ran for minutes; now template/work-limit stops them.
  'template: eight nested #each over @root.measures': [10, (dir) => {
    writeFileSync(join(dir, 'hp.yaml'), `${HANDLINGSPROGRAM}${line(10, (i) => `---\nkind: Measure\nid: m${i}\ntitle: M${i}\nplan: hp\ngoals: [g]\n`)}\n`);
    mkdirSync(join(dir, 'templates'));
    const nest = (n) => (n === 0 ? '{{title}}' : `{{#each @root.measures}}${nest(n - 1)}{{/each}}`);
    writeFileSync(join(dir, 'templates/deep.md.hbs'), nest(8));
  }, [], { args: (dir) => ['report', 'deep', dir, '--plan', 'hp'], expect: (r) => r.status === 1 && r.stderr.includes('template/work-limit') }],
  'template: partials that call each other twice, 40 levels': [10, (dir) => {
    writeFileSync(join(dir, 'hp.yaml'), HANDLINGSPROGRAM);
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/fan.md.hbs'), `{{#*inline "p0"}}x{{/inline}}\n${line(40, (i) => `{{#*inline "p${i + 1}"}}{{> p${i}}}{{> p${i}}}{{/inline}}`)}\n{{> p40}}\n`);
  }, [], { args: (dir) => ['report', 'fan', dir, '--plan', 'hp'], expect: (r) => r.status === 1 && r.stderr.includes('template/work-limit') }],
};

function sparse(path, mb) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, mb * 1024 * 1024);
  closeSync(fd);
}

const filter = process.argv[2];
let failed = 0;
const began = process.hrtime.bigint();
for (const [name, [bound, build, flags = [], run = {}]] of Object.entries(CASES)) {
  if (filter && !name.includes(filter)) continue;
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-'));
  try {
    writeFileSync(join(dir, 'plan.yaml'), WORKSPACE);
    mkdirSync(dirname(join(dir, 'plans/kp.yaml')), { recursive: true });
    writeFileSync(join(dir, 'plans/kp.yaml'), GOAL);
    build(dir);
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, ...(run.args?.(dir) ?? ['validate', dir, '--format', 'json', ...flags])], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: bound * 4 * 1000,
      maxBuffer: 1024 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    let summary = '';
    try {
      const s = JSON.parse(r.stdout).summary;
      summary = `${s.files} files, ${s.documents} documents, ${s.errors} errors, ${s.warnings} warnings`;
    } catch {
      summary = `no JSON (${r.error?.code ?? r.signal ?? `exit ${r.status}`})`;
    }
    const ok = seconds <= bound && (run.expect ? run.expect(r) : (r.status === 0 || r.status === 1) && r.stderr === '');
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${seconds.toFixed(2).padStart(6)} s / ${String(bound).padStart(2)} s  ${name}: ${summary}${r.stderr ? `\n       stderr: ${r.stderr.trim().split('\n')[0]}` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`${failed > 0 ? `${failed} too slow or wrong` : 'all within their bounds'}; ${(Number(process.hrtime.bigint() - began) / 1e9).toFixed(0)} s in all`);
process.exitCode = failed > 0 ? 1 : 0;
