#!/usr/bin/env node
// Writes docs/diff-example.md: what `plan diff --format md` shows a reviewer for a
// realistic change to examples/nye-asker. Needs `npm run build:dist` first.
// Usage: node scripts/diff-example.mjs [--check]   (--check: exit 1 when the file is out of date)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(here, 'docs', 'diff-example.md');
const dir = mkdtempSync(join(tmpdir(), 'planverk-example-'));
const env = {
  PATH: process.env.PATH,
  HOME: dir,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Eksempel',
  GIT_AUTHOR_EMAIL: 'plan@example.org',
  GIT_COMMITTER_NAME: 'Eksempel',
  GIT_COMMITTER_EMAIL: 'plan@example.org',
  GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z',
};
const git = (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });

/** Replaces text in a file of the copy; fails loudly when the example no longer has it. */
function edit(path, from, to) {
  const abs = join(dir, path);
  const text = readFileSync(abs, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} no longer contains ${JSON.stringify(from)}; update scripts/diff-example.mjs`);
  writeFileSync(abs, text.replace(from, to));
}

try {
  cpSync(join(here, 'examples', 'nye-asker'), dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Handlingsprogram 2027–2030: kommunedirektørens forslag');
  git('checkout', '-q', '-b', 'vedtak-handlingsprogram');

  // The council adopts the action programme with changes.
  edit('plans/handlingsprogram-2027-2030.yaml', 'status: draft\nadopted: null               # vedtas av kommunestyret i desember 2026',
    'status: adopted\nadopted: { date: 2026-12-15, body: Kommunestyret, caseNumber: "26/4711" }');
  edit('measures/velferd.yaml', 'period: { start: 2027, end: 2029 }', 'period: { start: 2027, end: 2030 }');
  edit('measures/velferd.yaml', '  - { year: 2028, operating: 1200 }', '  - { year: 2028, operating: 1600 }');
  edit('measures/velferd.yaml', '  - { year: 2029, operating: -800 }      # gevinst: færre korttidsopphold',
    '  - { year: 2029, operating: -800 }      # gevinst: færre korttidsopphold\n  - { year: 2030, operating: -1200 }');
  const measures = readFileSync(join(dir, 'measures/samfunnstjenester.yaml'), 'utf8');
  writeFileSync(join(dir, 'measures/samfunnstjenester.yaml'), `${measures.trimEnd()}\n---
kind: Measure
id: solceller-formalsbygg
title: Solceller på skoler og sykehjem
plan: handlingsprogram-2027-2030
goals: [lavere-klimagassutslipp]
responsible: samfunnstjenester
type: change
status: planned
period: { start: 2028, end: 2029 }
budget:
  - { year: 2028, investment: 12000 }
  - { year: 2029, operating: -150, investment: 8000 }
`);
  // The økonomiplan follows the measures, so that every year still balances: the operating
  // changes (2028 +400, 2029 −150, 2030 −1200) go to or from the disposisjonsfond, the new
  // investments (2028 12000, 2029 8000) are borrowed.
  const budget = 'okonomiplan/okonomiplan-2027-2030.yaml';
  edit(budget, 'toUnrestrictedFunds: 112600', 'toUnrestrictedFunds: 112200');
  edit(budget, 'toUnrestrictedFunds: 142500', 'toUnrestrictedFunds: 142650');
  edit(budget, 'toUnrestrictedFunds: 167700', 'toUnrestrictedFunds: 168900');
  edit(budget, 'unrestrictedFundBalance: 776500', 'unrestrictedFundBalance: 776100');
  edit(budget, 'unrestrictedFundBalance: 919000', 'unrestrictedFundBalance: 918750');
  edit(budget, 'unrestrictedFundBalance: 1086700', 'unrestrictedFundBalance: 1087650');
  edit(budget, 'borrowing: 440500', 'borrowing: 452500');
  edit(budget, 'borrowing: 403000', 'borrowing: 411000');
  edit(budget, 'netDebt: 5969700', 'netDebt: 5981700');
  edit(budget, 'netDebt: 6083700', 'netDebt: 6103700');
  edit(budget, 'netDebt: 6146200', 'netDebt: 6166200');
  edit('indicators/helse-og-omsorg.yaml', '{ year: 2030, value: 50 }', '{ year: 2030, value: 55 }');
  edit('goals/klima.yaml', 'sdgTargets: ["13.1", "3.d"]', 'sdgTargets: ["13.1", "11.5"]');
  // A goal moves to another file: the diff mentions it, but it is no change.
  const klima = readFileSync(join(dir, 'goals/klima.yaml'), 'utf8').split(/^---\n/m);
  const moved = klima.find((d) => d.includes('id: sirkulaer-okonomi'));
  if (!moved) throw new Error('goals/klima.yaml no longer holds sirkulaer-okonomi; update scripts/diff-example.mjs');
  writeFileSync(join(dir, 'goals/klima.yaml'), klima.filter((d) => d !== moved).join('---\n'));
  writeFileSync(join(dir, 'goals/samfunnsutvikling.yaml'), `${readFileSync(join(dir, 'goals/samfunnsutvikling.yaml'), 'utf8').trimEnd()}\n---\n${moved}`);
  git('add', '-A');
  git('commit', '-q', '-m', 'Kommunestyrets vedtak');

  const md = execFileSync(process.execPath, [join(here, 'bin', 'plan.js'), 'diff', 'main...vedtak-handlingsprogram', '--format', 'md'], { cwd: dir, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  const doc = `# Example: what a reviewer sees

This is the output of \`plan diff main...vedtak-handlingsprogram --format md\` for a
pull request to \`examples/nye-asker\` in which the council adopts the action
programme 2027–2030 with changes: a budget increase and a new year for one measure,
a new measure, a higher indicator target, a goal that trades an SDG target, and a
goal moved to another file (mentioned, but not a change). The report speaks the
workspace locale (\`nb\`). Regenerate with \`npm run build:dist && node scripts/diff-example.mjs\`;
npm test fails while this page is out of date.

---

${md}`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {}
    if (current !== doc) {
      process.stderr.write('docs/diff-example.md is out of date: run node scripts/diff-example.mjs\n');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(out, doc);
    process.stdout.write(`wrote ${out}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
