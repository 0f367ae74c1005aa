#!/usr/bin/env node
// Benchmark: `plan import ssb` of one KOSTRA table into a generated repository of
// 20,000 documents (bench/generate.mjs), where every 50th indicator (100 of 5,000)
// reads the table: 11 years each, most of them changed, one added. Measures the
// built bin (run `npm run build` first): wall time, CPU time and peak memory of the
// import that writes, of the second run that finds nothing to change, and of
// `plan validate` on the same repository for comparison. Offline: the table is a
// JSON-stat 2.0 file. Usage: node bench/import-ssb.mjs [documents] [runs]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'plan.js');
const rusage = join(root, 'bench', 'lib', 'rusage.cjs');
const size = Number(process.argv[2] ?? 20000);
const runs = Number(process.argv[3] ?? 5);
const work = mkdtempSync(join(tmpdir(), 'planverk-bench-import-'));
const CONTENTS = Array.from({ length: 10 }, (_, i) => `KOSAG${110000 + i * 10000}`);
const YEARS = Array.from({ length: 11 }, (_, i) => String(2015 + i));

/** Gives every 50th indicator a source.ssb on table 12134; returns how many. */
function addSources(dir) {
  let n = 0;
  const folder = join(dir, 'indicators');
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    const text = readFileSync(file, 'utf8').replace(/id: ind-(\d+)\n([\s\S]*?)\n {2}url: ([^\n]*)/g, (all, id, between, url) => {
      if (Number(id) % 50 !== 0) return all;
      n++;
      return `id: ind-${id}\n${between}\n  url: ${url}\n  ssb: { table: "12134", contents: ${CONTENTS[n % CONTENTS.length]}, region: ["3203", "3025"] }`;
    });
    writeFileSync(file, text);
  }
  return n;
}

/** The table as PxWebApi v2 would answer it: 10 statistics × 3 regions × 11 years, Asker renumbered in 2024. */
function table() {
  const regions = ['0', '3203', '3025'];
  const value = [];
  const status = {};
  for (const r of regions) {
    for (const [c] of CONTENTS.entries()) {
      for (const [y] of YEARS.entries()) {
        const asker = r === '3203' ? y >= 9 : r === '3025' ? y < 9 : true;
        if (asker) value.push(Math.round((40 + c * 3 + y * 0.7 + (r === '0' ? 5 : 0)) * 10) / 10);
        else {
          status[String(value.length)] = '.';
          value.push(null);
        }
      }
    }
  }
  const index = (codes) => Object.fromEntries(codes.map((c, i) => [c, i]));
  return {
    version: '2.0',
    class: 'dataset',
    label: '12134: Finansielle nøkkeltall (K) (B)',
    updated: '2026-03-15T07:00:00Z',
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['KOKkommuneregion0000'] },
    id: ['KOKkommuneregion0000', 'ContentsCode', 'Tid'],
    size: [regions.length, CONTENTS.length, YEARS.length],
    dimension: {
      KOKkommuneregion0000: { label: 'region', category: { index: index(regions) } },
      ContentsCode: { label: 'statistikkvariabel', category: { index: index(CONTENTS) } },
      Tid: { label: 'år', category: { index: index(YEARS), note: { 2025: ['Ureviderte tall'] } } },
    },
    extension: { px: { tableid: '12134' } },
    value,
    status,
  };
}

/** One run of the bin in `dir`: wall ms, CPU ms and peak RSS MB, as the process reports them. */
function measure(args, dir) {
  const file = join(work, `rusage-${process.hrtime.bigint()}.jsonl`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rusage, bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, BENCH_RUSAGE_FILE: file, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const self = JSON.parse(readFileSync(file, 'utf8').trim().split('\n').at(-1));
  return { wall, cpu: self.cpu / 1000, rss: self.maxRSS / 1024, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const corpus = join(work, 'corpus');
  const { documents } = generateCorpus(corpus, size);
  const readers = addSources(corpus);
  const tableFile = join(work, '12134.json');
  writeFileSync(tableFile, JSON.stringify(table()));
  const rows = { import: [], again: [], validate: [] };
  let report = '';
  for (let i = 0; i < runs; i++) {
    const dir = join(work, `run-${i}`);
    cpSync(corpus, dir, { recursive: true });
    rows.validate.push(measure(['validate', '--quiet'], dir));
    const first = measure(['import', 'ssb', tableFile], dir);
    if (first.code !== 0) throw new Error(`plan import ssb exited ${first.code}: ${first.stderr}`);
    report = first.stdout.trim().split('\n').at(-1);
    rows.import.push(first);
    const again = measure(['import', 'ssb', tableFile], dir);
    if (again.code !== 0) throw new Error(`second plan import ssb exited ${again.code}: ${again.stderr}`);
    rows.again.push(again);
    rmSync(dir, { recursive: true, force: true });
  }
  const line = (what, list) => {
    const wall = median(list.map((r) => r.wall));
    const cpu = median(list.map((r) => r.cpu));
    const rss = Math.max(...list.map((r) => r.rss));
    return `  ${what.padEnd(52)} ${wall.toFixed(0).padStart(6)} ms ${cpu.toFixed(0).padStart(6)} ms cpu ${rss.toFixed(0).padStart(5)} MB`;
  };
  process.stdout.write(`plan import ssb: one table (10 statistics × 3 regions × 11 years) into ${documents} documents, ${readers} indicators reading it; median of ${runs} runs\n`);
  process.stdout.write(`${line('plan validate (same repository, for comparison)', rows.validate)}\n`);
  process.stdout.write(`${line('plan import ssb 12134.json (writes)', rows.import)}\n`);
  process.stdout.write(`${line('plan import ssb 12134.json again (nothing to change)', rows.again)}\n`);
  process.stdout.write(`  the import's own summary: ${report}\n`);
} finally {
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
