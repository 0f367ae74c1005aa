#!/usr/bin/env node
// Benchmark: `plan budget` on a generated repository of 20,000 documents (bench/generate.mjs)
// with one balanced Budget added, against `plan validate` of the same repository with and
// without the Budget. Needs `npm run build` first. Figures: docs/PERFORMANCE.md, "plan budget".
// Usage: node bench/budget.mjs [documents] [runs]   (default 20000, 5)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';
import { balanceOf, budgetYaml } from './lib/budget-doc.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'plan.js');
// Each measured process reports its own CPU time and peak memory (as in bench/run.mjs).
const rusage = join(root, 'bench', 'lib', 'rusage.cjs');
const size = Number(process.argv[2] ?? 20000);
const runs = Number(process.argv[3] ?? 5);
/** Runs plan once: wall time, and the CPU time (user + system) and peak memory the process reports. */
function plan(args, cwd) {
  const file = join(cwd, `.rusage-${process.pid}.jsonl`);
  rmSync(file, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rusage, bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, BENCH_RUSAGE_FILE: file } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = JSON.parse(readFileSync(file, 'utf8').trim().split('\n').pop());
  rmSync(file, { force: true });
  return { seconds, cpu: usage.cpu / 1e6, rssMB: usage.maxRSS / 1024, ...r };
}

/** The median of `runs` runs, by wall time and by CPU time (a busy machine moves wall time far more). */
function median(args, cwd) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(plan(args, cwd));
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const last = all.at(-1);
  return { seconds: mid(all.map((r) => r.seconds)), cpu: mid(all.map((r) => r.cpu)), rssMB: Math.max(...all.map((r) => r.rssMB)), status: last.status, stdout: last.stdout, stderr: last.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-budget-'));
try {
  const { documents } = generateCorpus(dir, size);
  const without = median(['validate', '--format', 'json'], dir);
  // First pass: an unbalanced Budget; its own JSON says what each year needs to balance.
  writeFileSync(join(dir, 'okonomiplan.yaml'), budgetYaml({}));
  const draft = JSON.parse(plan(['budget', '--format', 'json'], dir).stdout);
  const balance = balanceOf(draft);
  writeFileSync(join(dir, 'okonomiplan.yaml'), budgetYaml(balance));
  const validate = median(['validate', '--format', 'json'], dir);
  const summary = JSON.parse(validate.stdout).summary;
  if (summary.errors !== 0) throw new Error(`the generated repository has ${summary.errors} errors: ${validate.stdout.slice(0, 2000)}`);
  const rows = [['plan validate, without the Budget', without], ['plan validate, with the Budget', validate]];
  for (const format of ['text', 'md', 'json', 'csv']) {
    const r = median(['budget', '--format', format], dir);
    if (r.status !== 0) throw new Error(`plan budget --format ${format} exited ${r.status}: ${r.stderr}`);
    rows.push([`plan budget --format ${format}`, r]);
  }
  const frames = JSON.parse(plan(['budget', '--format', 'json'], dir).stdout).frames;
  const measures = frames.reduce((n, f) => n + f.measures.length, 0);
  process.stdout.write(`${documents + 1} documents (${measures} measures in ${frames.length} frames), median of ${runs} runs:\n`);
  process.stdout.write(`  ${'command'.padEnd(36)} ${'wall'.padStart(7)} ${'CPU'.padStart(7)} ${'peak RSS'.padStart(9)}\n`);
  for (const [what, r] of rows) process.stdout.write(`  ${what.padEnd(36)} ${`${r.seconds.toFixed(2)} s`.padStart(7)} ${`${r.cpu.toFixed(2)} s`.padStart(7)} ${`${r.rssMB.toFixed(0)} MB`.padStart(9)}\n`);
} finally {
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
