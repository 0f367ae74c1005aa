#!/usr/bin/env node
// Benchmark: `plan diff` between two refs of a generated 10,000-document repository.
// Goal (issue 6): under 5 seconds. Needs `npm run build:dist` first.
// Usage: node bench/diff.mjs [documents]   (default 10000)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(dirname(fileURLToPath(import.meta.url))), 'bin', 'plan.js');
const total = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-diff-'));
const env = { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.org', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.org' };
const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });

/** Writes `total` documents: per group of 4, a goal, an indicator, a measure and a benefit; 20 documents a file. */
function writeRepo(version) {
  writeFileSync(join(dir, 'plan.yaml'), 'kind: Workspace\nid: bench\nname: Bench\nunits: [{ id: u, title: U }]\n');
  mkdirSync(join(dir, 'plans'), { recursive: true });
  writeFileSync(join(dir, 'plans', 'kp.yaml'), 'kind: Plan\nid: kp\ntitle: KP\ntype: kommuneplan-samfunnsdel\n');
  const groups = Math.floor(total / 4);
  const files = new Map();
  for (let i = 0; i < groups; i++) {
    const changed = version === 2 && i % 50 === 0;
    const docs = [
      `kind: Goal\nid: goal-${i}\ntitle: Goal ${i}${changed ? ' (revised)' : ''}\nplan: kp\nsdgTargets: ["3.4", "${changed ? '3.d' : '3.5'}"]\nindicators: [ind-${i}]\n`,
      `kind: Indicator\nid: ind-${i}\ntitle: Indicator ${i}\ndirection: increase\nbaseline: { year: 2020, value: 10 }\ntargets: [{ year: 2030, value: ${changed ? 25 : 20} }]\n`,
      `kind: Measure\nid: m-${i}\ntitle: Measure ${i}\ngoals: [goal-${i}]\nresponsible: u\nbudget:\n  - { year: 2027, operating: ${changed ? 150 : 100} }\n  - { year: 2028, operating: 100, investment: 50 }\n`,
      `kind: Benefit\nid: b-${i}\ntitle: Benefit ${i}\nmeasure: m-${i}\nowner: u\n`,
    ];
    const file = `data/g${Math.floor(i / 5)}.yaml`;
    files.set(file, [...(files.get(file) ?? []), ...docs]);
  }
  for (const [file, docs] of files) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), docs.join('---\n'));
  }
}

try {
  git('init', '-q', '-b', 'main');
  writeRepo(1);
  git('add', '-A');
  git('commit', '-q', '-m', 'v1');
  writeRepo(2);
  git('add', '-A');
  git('commit', '-q', '-m', 'v2');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`plan diff exited ${r.status}: ${r.stderr}`);
  const result = JSON.parse(r.stdout);
  process.stdout.write(`plan diff of ${total} documents: ${seconds.toFixed(2)} s (${result.counts.changed} changed; head ${result.head.errors} errors) — goal < 5 s\n`);
  process.exitCode = seconds < 5 ? 0 : 1;
} finally {
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
