#!/usr/bin/env node
// Time bounds for hostile input: each case is built in a temporary folder, then
// `plan validate` (the built bin: run `npm run build:dist` first) runs on it. A case
// fails when it takes longer than its bound or ends with anything but exit 0/1
// and a clean stderr. The tests assert outcomes; only this script measures time.
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
const id = (i) => String(i).padStart(7, '0');

/** name → [bound in seconds, build(dir), extra flags]. */
const CASES = {
  'alias bomb (9^9 expansion)': [5, (dir) => cpSync(join(ROOT, 'test/fixtures/hostile/alias-bomb-goal.yaml'), join(dir, 'bomb.yaml'))],
  '100 MB file, default limit': [5, (dir) => sparse(join(dir, 'huge.yaml'), 100)],
  '100 MB file read with --max-file-size 200MB': [10, (dir) => sparse(join(dir, 'huge.yaml'), 100), ['--max-file-size', '200MB']],
  '9 MB of 100,000 dangling references': [40, (dir) =>
    writeFileSync(join(dir, 'refs.yaml'), line(50_000, (i) => `---\nkind: Indicator\nid: indicator-number-${id(i)}\ntitle: x\ndirection: increase\n---\nkind: Benefit\nid: b${i}\ntitle: b\nmeasure: measure-number-${id(i)}\nindicator: indicator-numbxr-${id(i)}`))],
  '100,000 unknown keys in one document': [20, (dir) => writeFileSync(join(dir, 'keys.yaml'), `kind: Goal\nid: g\ntitle: G\nplan: kp\n${line(100_000, (i) => `k${i}: 1`)}\n`)],
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
  'symbolic link loops and links out': [5, (dir) => {
    symlinkSync('.', join(dir, 'loop-dir'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('/', join(dir, 'root'));
  }],
};

function sparse(path, mb) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, mb * 1024 * 1024);
  closeSync(fd);
}

const filter = process.argv[2];
let failed = 0;
for (const [name, [bound, build, flags = []]] of Object.entries(CASES)) {
  if (filter && !name.includes(filter)) continue;
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-'));
  try {
    writeFileSync(join(dir, 'plan.yaml'), WORKSPACE);
    mkdirSync(dirname(join(dir, 'plans/kp.yaml')), { recursive: true });
    writeFileSync(join(dir, 'plans/kp.yaml'), GOAL);
    build(dir);
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, 'validate', dir, '--format', 'json', ...flags], {
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
    const ok = seconds <= bound && (r.status === 0 || r.status === 1) && r.stderr === '';
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${seconds.toFixed(2).padStart(6)} s / ${String(bound).padStart(2)} s  ${name}: ${summary}${r.stderr ? `\n       stderr: ${r.stderr.trim().split('\n')[0]}` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exitCode = failed > 0 ? 1 : 0;
