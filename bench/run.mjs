// npm run bench: generates repositories of 1,000, 10,000 and 20,000 documents (and one
// with 1 % errors) under bench/work/, and measures `plan validate`, `plan report
// handlingsprogram`, `plan diff` between two git refs and `plan --version` against
// the floor (read + parse the same files with js-yaml CORE_SCHEMA, and with yaml),
// node itself, and ajv-cli. Wall time is the median of several runs; peak memory
// (maxRSS) and CPU time come from each measured process itself (bench/lib/rusage.cjs).
//
// Then every command that reads a repository (validate, report md and html, matrix, trace,
// status, arshjul, diff, budget) on repositories of 20,000 and 40,000 documents with
// calendars and a Budget, against `plan validate` on the same repository (target ≤ 2 ×)
// and 40,000 against 20,000 (target ≤ 2.2 ×: linear), each printed as pass or fail.
//
// Options: --runs N (default 5), --sizes 1000,10000,20000, --command-sizes 20000,40000
// (--command-sizes none skips them), --json FILE (write results),
// --keep (reuse generated corpora when their generator version matches; the default).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editCorpus, generateCorpus, GENERATOR_VERSION } from './generate.mjs';
import { balanceOf, budgetYaml } from './lib/budget-doc.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', 'work');
const rusage = join(root, 'bench', 'lib', 'rusage.cjs');
const plan = join(root, 'bin', 'plan.js');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const RUNS = Number(opt('--runs', '5'));
const SIZES = opt('--sizes', '1000,10000,20000').split(',').map(Number);
const COMMAND_SIZES = opt('--command-sizes', '20000,40000') === 'none' ? [] : opt('--command-sizes', '20000,40000').split(',').map(Number);
const JSON_OUT = opt('--json', join(work, 'results.json'));

if (!existsSync(join(root, 'dist', 'cli.js')) || !existsSync(join(root, 'generated', 'validators.cjs'))) {
  console.error('bench: run `npm run build:dist` first');
  process.exit(2);
}

// ---------------------------------------------------------------- corpora

function corpus(name, size, options = {}) {
  const dir = join(work, name);
  const stamp = join(dir, '.bench-corpus');
  const want = JSON.stringify({ v: GENERATOR_VERSION, size, options });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  process.stderr.write(`bench: generating ${name} …\n`);
  generateCorpus(dir, size, options);
  writeFileSync(stamp, want);
  return dir;
}

/** A git repository of a corpus with two commits: `base` and `head` (1 % of files edited). */
function gitCorpus(name, size) {
  const dir = join(work, name);
  const stamp = join(dir, '.bench-corpus');
  const want = JSON.stringify({ v: GENERATOR_VERSION, size, git: true });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  process.stderr.write(`bench: generating ${name} (git) …\n`);
  generateCorpus(dir, size);
  const git = (...a) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...a], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(dir, '.gitignore'), '.bench-corpus\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('tag', 'base');
  editCorpus(dir);
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  git('tag', 'head');
  writeFileSync(stamp, want);
  return dir;
}

/**
 * The repository the command rows read: the generated corpus with calendars and a
 * balanced Budget, in git with two commits `base` and `head` (1 % of files edited),
 * so that every command, `plan diff` included, reads the same repository.
 */
function commandCorpus(name, size) {
  const dir = join(work, name);
  const stamp = join(dir, '.bench-corpus');
  const want = JSON.stringify({ v: GENERATOR_VERSION, size, commands: 2 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  process.stderr.write(`bench: generating ${name} (calendars, Budget, git) …\n`);
  generateCorpus(dir, size, { calendars: true });
  // Balanced from the draft's own figures, on each commit: the edits change the measures' budgets.
  const balance = () => {
    writeFileSync(join(dir, 'okonomiplan.yaml'), budgetYaml({}));
    const draft = spawnSync(process.execPath, [plan, 'budget', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    writeFileSync(join(dir, 'okonomiplan.yaml'), budgetYaml(balanceOf(JSON.parse(draft.stdout))));
  };
  balance();
  const git = (...a) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...a], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(dir, '.gitignore'), '.bench-corpus\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('tag', 'base');
  editCorpus(dir);
  balance();
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  git('tag', 'head');
  const check = spawnSync(process.execPath, [plan, 'validate', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const errors = JSON.parse(check.stdout).summary.errors;
  if (errors !== 0) throw new Error(`bench: ${name} has ${errors} errors; the command rows need a valid repository`);
  writeFileSync(stamp, want);
  return dir;
}

/** One document per file as JSON, by kind: what ajv-cli can read (it takes one document a file). */
function splitCorpus(name, source) {
  const dir = join(work, `${name}-split`);
  const stamp = join(dir, '.bench-corpus');
  const want = JSON.stringify({ v: GENERATOR_VERSION, from: name });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  process.stderr.write(`bench: splitting ${name} for ajv-cli …\n`);
  const require = (m) => import(m);
  return require('js-yaml').then(({ default: jsyaml }) => {
    rmSync(dir, { recursive: true, force: true });
    let n = 0;
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.name.startsWith('.')) continue;
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.yaml')) {
          for (const doc of jsyaml.loadAll(readFileSync(p, 'utf8'), null, { schema: jsyaml.CORE_SCHEMA })) {
            const kind = doc.kind;
            mkdirSync(join(dir, kind), { recursive: true });
            writeFileSync(join(dir, kind, `${String(++n).padStart(6, '0')}.json`), JSON.stringify(doc));
          }
        }
      }
    };
    walk(source);
    writeFileSync(stamp, want);
    return dir;
  });
}

// ---------------------------------------------------------------- measuring

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `node [args]` once in `cwd`: wall ms, CPU ms and peak RSS (MB) as the process saw them. */
function runOnce(nodeArgs, { cwd = root, env = {} } = {}) {
  const file = join(work, `rusage-${process.pid}.jsonl`);
  rmSync(file, { force: true });
  const t = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', rusage, ...nodeArgs], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env, BENCH_RUSAGE_FILE: file },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  rmSync(file, { force: true });
  const self = lines[lines.length - 1];
  return { wall, cpu: self ? self.cpu / 1000 : NaN, rss: self ? self.maxRSS / 1024 : 0, code: run.status, stderr: String(run.stderr ?? '') };
}

/** Median wall, median CPU, max peak RSS, and the exit code and stderr of the last run. */
function summarise(runs) {
  const cpus_ = runs.map((r) => r.cpu).filter(Number.isFinite);
  const last = runs[runs.length - 1];
  return { wall: median(runs.map((r) => r.wall)), cpu: cpus_.length ? median(cpus_) : NaN, rss: Math.max(...runs.map((r) => r.rss)), code: last.code, stderr: last.stderr };
}

/**
 * Runs `node [args]` `runs` times in `cwd`; returns median wall ms, median CPU ms,
 * max peak RSS (MB), the exit code and stderr of the last run.
 */
function measure(nodeArgs, { cwd = root, runs = RUNS, env = {} } = {}) {
  return summarise(Array.from({ length: runs }, () => runOnce(nodeArgs, { cwd, env })));
}

/**
 * Measures several commands taking turns (a, b, c, a, b, c, …), so that a change in
 * the machine's load during the run weighs on each of them alike: the ratios between
 * them are what the targets are about.
 */
function measureTogether(list, { runs = RUNS } = {}) {
  const results = list.map(() => []);
  for (let r = 0; r < runs; r++) list.forEach(([args, options], i) => results[i].push(runOnce(args, options)));
  return results.map(summarise);
}

/** Several commands run one after another count as one figure (ajv-cli: one run per kind). */
function measureSequence(list, options) {
  const parts = list.map((a) => measure(a, options));
  return {
    wall: parts.reduce((n, p) => n + p.wall, 0),
    cpu: parts.reduce((n, p) => n + p.cpu, 0),
    rss: Math.max(...parts.map((p) => p.rss)),
    code: parts.find((p) => p.code !== 0)?.code ?? 0,
    stderr: parts.map((p) => p.stderr).join(''),
  };
}

/** A command another helper builds may not exist yet: exit 2 with "unknown command". */
function unavailable(result) {
  return result.code === 2 && /unknown command|too many arguments/i.test(result.stderr);
}

// ---------------------------------------------------------------- output

const rows = [];
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

function row(corpusName, what, r, floor, extra = {}) {
  const item = { corpus: corpusName, what, ...r, ...extra };
  delete item.stderr;
  if (floor) {
    item.ratioWall = r.wall / floor.wall;
    item.ratioCpu = r.cpu / floor.cpu;
  }
  rows.push(item);
  const ratio = floor ? `${fmt(item.ratioWall, 2)}×`.padStart(7) : ''.padStart(7);
  const ratioCpu = floor ? `${fmt(item.ratioCpu, 2)}×`.padStart(7) : ''.padStart(7);
  const note = extra.note ? `  ${extra.note}` : '';
  console.log(`  ${what.padEnd(44)} ${fmt(r.wall).padStart(7)} ms ${ratio} ${fmt(r.cpu).padStart(7)} ms cpu ${ratioCpu} ${fmt(r.rss).padStart(5)} MB${r.code ? `  exit ${r.code}` : ''}${note}`);
}

function na(corpusName, what, reason) {
  rows.push({ corpus: corpusName, what, unavailable: reason });
  console.log(`  ${what.padEnd(44)} n/a (${reason})`);
}

// ---------------------------------------------------------------- the run

mkdirSync(work, { recursive: true });
const commit = (() => {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
})();
const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();
const machine = {
  nproc: cpus().length,
  cpu: cpuModel,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
};
console.log(`planverk bench — commit ${commit}; ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGB} GB, node ${machine.node}, load ${machine.load}`);
console.log(`wall = median of ${RUNS} runs; ratio = to the js-yaml floor (startup figures: to node -e 0); cpu = user+system of the process`);

// Startup.
console.log('\nstartup');
const [node0, version, nyeAsker] = measureTogether([[['-e', '0']], [[plan, '--version']], [[plan, 'validate', 'examples/nye-asker']]], { runs: Math.max(RUNS, 10) });
row('-', 'node -e 0', node0, node0);
row('-', 'plan --version', version, node0);
row('-', 'plan validate examples/nye-asker', nyeAsker, node0);

const ajvBin = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const KIND_SCHEMA = { Goal: 'goal', Indicator: 'indicator', Measure: 'measure', Benefit: 'benefit', Plan: 'plan', MaterialityAssessment: 'materiality-assessment', Workspace: 'workspace' };

async function sizeSection(size, { errors = false } = {}) {
  const name = errors ? `corpus-${size}-errors` : `corpus-${size}`;
  const dir = errors ? corpus(name, size, { errorRate: 0.01 }) : corpus(name, size);
  console.log(`\n${name}: ${size.toLocaleString('en')} documents${errors ? ', 1 % broken' : ''}`);
  // The slow figures (yaml, the slow path, ajv-cli) are there for comparison: fewer runs on large corpora.
  const few = size >= 10000 ? 1 : Math.min(RUNS, 3);
  // The floor and plan validate take turns, so that both see the same load.
  const [floor, validate] = measureTogether([[[join(root, 'bench', 'floor.mjs'), dir, 'js-yaml']], [[plan, 'validate', dir]]]);
  row(name, 'floor: read + js-yaml loadAll (CORE_SCHEMA)', floor, floor);
  row(name, 'floor: read + yaml parseAllDocuments+toJS', measure([join(root, 'bench', 'floor.mjs'), dir, 'yaml'], { runs: few }), floor);
  row(name, 'plan validate', validate, floor);
  // JUnit lists every document with its lines: what CI test reports cost.
  if (size >= 10000) row(name, 'plan validate --format junit', measure([plan, 'validate', dir, '--format', 'junit'], { runs: Math.min(RUNS, 3) }), floor);
  row(name, 'plan validate (PLANVERK_SLOW_PATH=1)', measure([plan, 'validate', dir], { runs: few, env: { PLANVERK_SLOW_PATH: '1' } }), floor);
  if (!errors) {
    const report = measure([plan, 'report', 'handlingsprogram', '--plan', 'hp', '--root', dir], { runs: Math.min(RUNS, 3) });
    if (unavailable(report)) na(name, 'plan report handlingsprogram', 'command not available');
    else row(name, 'plan report handlingsprogram', report, floor);
    if (existsSync(ajvBin)) {
      const split = await splitCorpus(name, dir);
      const runs = Object.entries(KIND_SCHEMA)
        .filter(([kind]) => existsSync(join(split, kind)))
        .map(([kind, schema]) => [
          ajvBin, 'validate', '--spec=draft2020', '--all-errors', '--strict=true', '-c', 'ajv-formats',
          '-s', join(root, 'schemas', `${schema}.schema.json`), '-r', join(root, 'schemas', 'common.schema.json'),
          '-d', join(split, kind, '*.json'),
        ]);
      const peer = measureSequence(runs, { runs: few });
      row(name, 'peer: ajv-cli (schemas only, one run per kind)', peer, floor, peer.code ? { note: peer.stderr.split('\n').find((l) => /error|invalid/i.test(l)) } : {});
    }
  }
}

for (const size of SIZES) await sizeSection(size);
await sizeSection(SIZES.includes(10000) ? 10000 : SIZES[0], { errors: true });

for (const size of SIZES.filter((s) => s >= 10000)) {
  const name = `git-${size}`;
  const dir = gitCorpus(name, size);
  console.log(`\n${name}: plan diff between two commits (1 % of files edited)`);
  const floor = measure([join(root, 'bench', 'floor.mjs'), dir, 'js-yaml']);
  row(name, 'floor: read + js-yaml loadAll (CORE_SCHEMA)', floor, floor);
  const diff = measure([plan, 'diff', 'base', 'head', '--format', 'json'], { cwd: dir, runs: Math.min(RUNS, 3) });
  if (unavailable(diff)) na(name, 'plan diff base head', 'command not available');
  else row(name, 'plan diff base head', diff, floor);
}

// Every command that reads a repository, against plan validate on the same repository.
const COMMANDS = [
  ['plan validate', ['validate']],
  ['plan report handlingsprogram (md)', ['report', 'handlingsprogram', '--plan', 'hp']],
  ['plan report handlingsprogram (html)', ['report', 'handlingsprogram', '--plan', 'hp', '--format', 'html']],
  ['plan matrix (svg)', ['matrix']],
  ['plan trace (md)', ['trace']],
  ['plan trace --plan hp (json)', ['trace', '--plan', 'hp', '--format', 'json']],
  ['plan status (text)', ['status', '--format', 'text', '--as-of', '2027-06-01']],
  ['plan arshjul 2027 (svg)', ['arshjul', '--year', '2027', '--format', 'svg']],
  ['plan arshjul 2027 (html)', ['arshjul', '--year', '2027', '--format', 'html']],
  ['plan arshjul 2027 (ics)', ['arshjul', '--year', '2027', '--format', 'ics']],
  ['plan diff base head (json)', ['diff', 'base', 'head', '--format', 'json']],
  ['plan budget (text)', ['budget', '--format', 'text']],
  // Writes a page per focus area and goal (15,000 files at 20,000 documents), each synced to disk:
  // far from 2 × validate by construction (docs/PERFORMANCE.md); measured so that it stays linear.
  ['plan site (into a folder, --force)', ['site', '--out', 'SITE_OUT', '--force']],
];
const targets = [];
function target(what, ratio, limit) {
  const pass = Number.isFinite(ratio) && ratio <= limit;
  targets.push({ what, ratio, limit, pass });
  return `${fmt(ratio, 2)}× ${pass ? 'pass' : 'FAIL'} (≤ ${limit}×)`;
}
const bySize = new Map();
for (const size of COMMAND_SIZES) {
  const name = `commands-${size}`;
  const dir = commandCorpus(name, size);
  console.log(`\n${name}: every command that reads the repository (${size.toLocaleString('en')} documents, calendars, a Budget); ratio to plan validate`);
  const runs = Math.min(RUNS, 3);
  // The site goes next to the repository (bench/work is ignored by git), written over at each run.
  const siteOut = join(dir, '..', `${name}-site`);
  const results = measureTogether(COMMANDS.map(([, a]) => [[plan, ...a.map((x) => (x === 'SITE_OUT' ? siteOut : x))], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1800000000' } }]), { runs });
  const validate = results[0];
  bySize.set(size, results);
  COMMANDS.forEach(([what], i) => {
    const r = results[i];
    if (unavailable(r)) return na(name, what, 'command not available');
    row(name, what, r, validate, i === 0 ? {} : { note: target(`${what} at ${size}: × plan validate`, r.wall / validate.wall, 2) });
  });
}
if (COMMAND_SIZES.length >= 2) {
  const [small, large] = [Math.min(...COMMAND_SIZES), Math.max(...COMMAND_SIZES)];
  console.log(`\nlinearity: ${large.toLocaleString('en')} against ${small.toLocaleString('en')} documents (wall; target ≤ 2.2 × for twice the documents)`);
  const limit = Math.round(2.2 * (large / small / 2) * 100) / 100;
  COMMANDS.forEach(([what], i) => {
    const a = bySize.get(small)[i];
    const b = bySize.get(large)[i];
    const ratio = b.wall / a.wall;
    rows.push({ corpus: `commands-${large}/${small}`, what, ratioWall: ratio, ratioCpu: b.cpu / a.cpu });
    console.log(`  ${what.padEnd(44)} ${fmt(ratio, 2)}× wall ${fmt(b.cpu / a.cpu, 2)}× cpu  ${target(`${what}: ${large}/${small}`, ratio, limit).replace(/^\S+ /, '')}`);
  });
}
const floor20k = rows.find((r) => r.corpus === 'corpus-20000' && r.what === 'plan validate');
const startup = rows.find((r) => r.what === 'plan --version');
console.log('\ntargets');
if (floor20k) console.log(`  plan validate, 20,000 documents, × js-yaml floor: ${target('plan validate × floor at 20000', floor20k.ratioWall, 1.5)}`);
if (startup) console.log(`  plan --version × node -e 0: ${target('startup × node -e 0', startup.ratioWall, 1.3)}`);
const failed = targets.filter((t) => !t.pass);
console.log(`  ${targets.length - failed.length} of ${targets.length} targets met${failed.length ? `; not met: ${failed.map((t) => t.what).join('; ')}` : ''}`);

writeFileSync(JSON_OUT, `${JSON.stringify({ commit, machine, runs: RUNS, date: new Date().toISOString(), rows, targets }, null, 2)}\n`);
console.log(`\nresults: ${JSON_OUT}`);
