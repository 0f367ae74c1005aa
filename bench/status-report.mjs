#!/usr/bin/env node
// Benchmark: `plan report tertialrapport`, `arsberetning` and `gevinstplan` on a generated repository of
// 20,000 documents (bench/generate.mjs) with one balanced Budget (as bench/budget.mjs) and two
// tertial reports and an årsberetning that list every measure of the plan and every frame. Needs `npm run build`
// first. Figures: docs/PERFORMANCE.md, "plan report tertialrapport".
// Usage: node bench/status-report.mjs [documents] [runs]   (default 20000, 3)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'plan.js');
// Each measured process reports its own CPU time and peak memory (as in bench/run.mjs).
const rusage = join(root, 'bench', 'lib', 'rusage.cjs');
const size = Number(process.argv[2] ?? 20000);
const runs = Number(process.argv[3] ?? 3);
const UNITS = ['velferd', 'oppvekst', 'samfunnsutvikling', 'samfunnstjenester', 'okonomi', 'organisasjon', 'kultur'];
const YEARS = [2027, 2028, 2029, 2030];

/** The Budget of plan `hp`: frames for the generator's units; `balance` holds the amounts that make each year balance. */
function budgetYaml(balance) {
  const frames = UNITS.map((u, i) => `  - unit: ${u}\n    base: ${400000 + i * 50000}\n    changes:\n      - id: prisvekst\n        title: Prisvekst\n        type: price\n        amounts: [${YEARS.map((y, k) => `{ year: ${y}, amount: ${(k + 1) * 8000} }`).join(', ')}]`);
  const operating = YEARS.map((y) => {
    const b = balance[y] ?? { to: 0, from: 0, borrowing: 0 };
    return `  - { year: ${y}, generalGrant: 1500000, incomeTax: 3900000, otherGeneralIncome: 100000, depreciation: 280000, interestIncome: 50000, dividends: 40000, interestExpenses: 200000, loanRepayments: 260000, transferToInvestment: 20000, toUnrestrictedFunds: ${b.to}, fromUnrestrictedFunds: ${b.from}, totalOperatingIncome: 7000000, unrestrictedFundBalance: 600000, netDebt: 6000000 }`;
  });
  const investment = YEARS.map((y) => `  - { year: ${y}, otherInvestments: 300000, vatCompensation: 60000, borrowing: ${balance[y]?.borrowing ?? 0}, transferFromOperating: 20000 }`);
  return `kind: Budget\nid: okonomiplan\ntitle: Økonomiplan 2027–2030\nplan: hp\nbasisYear: 2026\nfinancialTargets:\n  netOperatingResult: { min: -100 }\nframes:\n${frames.join('\n')}\noperating:\n${operating.join('\n')}\ninvestment:\n${investment.join('\n')}\n`;
}

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

const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-report-'));
try {
  const { documents } = generateCorpus(dir, size);
  writeFileSync(join(dir, 'okonomiplan.yaml'), budgetYaml({}));
  const draft = JSON.parse(plan(['budget', '--format', 'json'], dir).stdout);
  const balance = {};
  for (const y of YEARS) {
    const left = draft.operating.carriedForward[y];
    balance[y] = { to: Math.max(left, 0), from: Math.max(-left, 0), borrowing: draft.investment.investmentUncovered[y] };
  }
  writeFileSync(join(dir, 'okonomiplan.yaml'), budgetYaml(balance));
  const frames = JSON.parse(plan(['budget', '--format', 'json'], dir).stdout).frames;
  const measures = frames.flatMap((f) => f.measures.map((m) => m.measure ?? m.id));
  const report = (id, type, period, asOf, progress) =>
    `kind: StatusReport\nid: ${id}\ntitle: ${id}\nplan: hp\ntype: ${type}\nperiod: ${period}\nasOf: ${asOf}\nunits:\n${frames.map((f, i) => `  - { unit: ${f.unit}, forecast: ${Number(f.total['2027']) + i * 10}, comment: Avvik }`).join('\n')}\nmeasures:\n${measures.map((m, i) => `  - { measure: ${m}, progress: ${progress[i % progress.length]}, spent: { operating: ${i % 100} } }`).join('\n')}\n`;
  writeFileSync(join(dir, 'tertial-1.yaml'), report('tertial-1-2027', 'tertial', '{ year: 2027, tertial: 1 }', '2027-04-30', ['on-track', 'at-risk']));
  writeFileSync(join(dir, 'tertial-2.yaml'), report('tertial-2-2027', 'tertial', '{ year: 2027, tertial: 2 }', '2027-08-31', ['delayed', 'on-track', 'done']));
  const sections = ['finances', 'deviations', 'goals', 'ethics', 'equality', 'activityDuty'].map((k) => `  ${k}: Tekst.`).join('\n');
  writeFileSync(join(dir, 'arsberetning.yaml'), `${report('arsberetning-2027', 'annual', '{ year: 2027 }', '2027-12-31', ['done', 'delayed', 'stopped'])}sections:\n${sections}\n`);
  const rows = [['plan validate', median(['validate', '--format', 'json'], dir)]];
  for (const format of ['md', 'html']) {
    const r = median(['report', 'tertialrapport', '--report', 'tertial-2-2027', '--format', format], dir);
    if (r.status !== 0) throw new Error(`plan report tertialrapport --format ${format} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    rows.push([`plan report tertialrapport --format ${format}`, r]);
  }
  for (const [template, extra] of [['arsberetning', ['--report', 'arsberetning-2027']], ['gevinstplan', ['--plan', 'hp']]]) {
    for (const format of ['md', 'html']) {
      const r = median(['report', template, ...extra, '--format', format], dir);
      if (r.status !== 0) throw new Error(`plan report ${template} --format ${format} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
      rows.push([`plan report ${template} --format ${format}`, r]);
    }
  }
  process.stdout.write(`${documents + 4} documents (${measures.length} measures in the reports, ${frames.length} frames), median of ${runs} runs:\n`);
  process.stdout.write(`  ${'command'.padEnd(42)} ${'wall'.padStart(7)} ${'CPU'.padStart(7)} ${'peak RSS'.padStart(9)}\n`);
  for (const [what, r] of rows) process.stdout.write(`  ${what.padEnd(42)} ${`${r.seconds.toFixed(2)} s`.padStart(7)} ${`${r.cpu.toFixed(2)} s`.padStart(7)} ${`${r.rssMB.toFixed(0)} MB`.padStart(9)}\n`);
} finally {
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
