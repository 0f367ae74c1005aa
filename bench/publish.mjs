// npm run bench:publish: wall time of the publishing formats, `plan report handlingsprogram
// --format docx` and `--format pdf`, of the status reports' docx, and of `plan site` (Chromium, when one is found), on the example and on a
// generated repository of 20,000 documents (the same corpus bench/run.mjs makes, shared
// through bench/work/). Median of --runs N (default 3); rows are printed as Markdown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, GENERATOR_VERSION } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', 'work');
const plan = join(root, 'bin', 'plan.js');
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '3');
const SIZE = Number(args.includes('--size') ? args[args.indexOf('--size') + 1] : '20000');

function corpus(size) {
  const dir = join(work, `corpus-${size}`);
  const stamp = join(dir, '.bench-corpus');
  const want = JSON.stringify({ v: GENERATOR_VERSION, size, options: {} });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  process.stderr.write(`bench: generating ${size} documents …\n`);
  generateCorpus(dir, size, {});
  writeFileSync(stamp, want);
  return dir;
}

function measure(argv, out) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { force: true });
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').pop() };
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] };
}

mkdirSync(work, { recursive: true });
const repos = [['example', join(root, 'examples', 'nye-asker'), []], [`${SIZE} documents`, corpus(SIZE), ['--plan', 'hp']]];
console.log('| format | repository | median wall time |\n|---|---|---:|');
for (const format of ['docx', 'pdf']) {
  for (const [name, dir, extra] of repos) {
    const out = join(work, `publish.${format}`);
    const r = measure([plan, 'report', 'handlingsprogram', '--root', dir, ...extra, '--format', format, '--out', out, '--force'], out);
    console.log(`| ${format} | ${name} | ${r.ms === undefined ? `failed: ${r.error}` : `${(r.ms / 1000).toFixed(2)} s`} |`);
  }
}
// The status reports' Word files (issue 16's reports, issue 20's docx): on the example, which holds
// StatusReports; the generated corpus has none.
for (const report of ['tertialrapport', 'arsberetning', 'gevinstplan']) {
  const out = join(work, `publish-${report}.docx`);
  const r = measure([plan, 'report', report, '--root', join(root, 'examples', 'nye-asker'), '--format', 'docx', '--out', out, '--force'], out);
  console.log(`| docx (${report}) | example | ${r.ms === undefined ? `failed: ${r.error}` : `${(r.ms / 1000).toFixed(2)} s`} |`);
}
for (const [name, dir, extra] of repos) {
  const out = join(work, 'publish-site');
  const r = measure([plan, 'site', '--root', dir, ...extra, '--out', out, '--force'], join(work, 'publish-none'));
  console.log(`| site | ${name} | ${r.ms === undefined ? `failed: ${r.error}` : `${(r.ms / 1000).toFixed(2)} s`} |`);
}
