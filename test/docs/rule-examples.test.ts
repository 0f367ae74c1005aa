import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { today } from '../../src/i18n/today.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ExampleFile, RuleExample } from '../../src/diagnostics/rule-info.js';
import { RULES } from '../../src/diagnostics/rules.js';
import { loadRepository } from '../../src/workspace/load-repository.js';

/**
 * Every Bad example of docs/rules.md fires its rule and every Good example does not:
 * each is written into a copy of the repository the page describes
 * (test/fixtures/rule-examples/) and validated the way `plan validate` does. A YAML example is
 * the file its first line names; its documents take the place of the documents with the
 * same ids elsewhere in the repository, so an example can show a goal on its own.
 */
// "Today" for the date rules (report-overdue): 2027-09-15T12:00Z, as docs/rules.md says.
vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2027, 8, 15, 12) / 1000));
// Test files share a process (vitest.config.ts, isolate: false): give the variable back.
afterAll(() => vi.unstubAllEnvs());
const BASE = new URL('../fixtures/rule-examples/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'planverk-rule-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let count = 0;

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));

/** The file a YAML example shows: `# goals/helse.yaml`, maybe followed by a remark. */
function pathOf(example: RuleExample): string {
  const m = /^# ([\w./-]+\.yaml)/.exec(example.text.trim());
  if (!m) throw new Error(`the example does not start with "# path.yaml":\n${example.text}`);
  return m[1]!;
}

/** Drops the documents with one of `ids` from a multi-document file, keeping the rest as written. */
function withoutIds(text: string, ids: Set<string>): string {
  const docs = text.split(/^---$/m);
  const kept = docs.filter((doc) => !ids.has(/^id: (\S+)/m.exec(doc)?.[1] ?? ''));
  return kept.length === docs.length ? text : kept.join('---');
}

function write(dir: string, path: string, file: ExampleFile): void {
  const at = join(dir, path);
  if (file === null) return rmSync(at, { force: true });
  mkdirSync(dirname(at), { recursive: true });
  rmSync(at, { force: true });
  if (typeof file === 'object' && 'link' in file) symlinkSync(file.link, at);
  else if (typeof file === 'object' && 'unreadable' in file) {
    // Root reads files without read permission, so the test makes the path a link to a
    // named pipe, which planverk cannot read either.
    execFileSync('mkfifo', [`${at}.pipe`]);
    symlinkSync(`${at}.pipe`, at);
  }
  else writeFileSync(at, file);
}

/** What `plan validate` reports for the example repository with `example` in it. */
function check(example: RuleExample): Diagnostic[] {
  const dir = join(work, String(count++));
  cpSync(BASE, dir, { recursive: true });
  if (example.files) {
    for (const [path, file] of Object.entries(example.files())) write(dir, path, file);
  } else {
    const path = pathOf(example);
    const ids = new Set([...example.text.matchAll(/^id: (\S+)/gm)].map((m) => m[1]!));
    for (const file of yamlFiles(dir)) {
      if (relative(dir, file) === path) continue;
      const text = readFileSync(file, 'utf8');
      const kept = withoutIds(text, ids);
      if (kept !== text) writeFileSync(file, kept.trim() === '' ? '' : kept);
      if (kept.trim() === '') rmSync(file);
    }
    write(dir, path, example.text.trim() + '\n');
  }
  const loaded = loadRepository(dir);
  return checkRepository({ ...loaded, locale: 'en', today: today(process.env) }).diagnostics;
}

describe('the examples of docs/rules.md', () => {
  it('the example repository itself is valid', () => {
    expect(checkRepository(loadRepository(BASE)).diagnostics).toEqual([]);
  });

  for (const rule of RULES.filter((r) => !r.id.startsWith('template/'))) {
    it(`${rule.id}: the Bad example fires it, the Good example does not`, () => {
      expect(check(rule.bad).map((d) => d.rule), 'Bad').toContain(rule.id);
      const good = check(rule.good);
      expect(good.map((d) => d.rule), 'Good').not.toContain(rule.id);
      // Not clean by accident: the file a Good example shows passes its schema, so the rule did run on it.
      if (!rule.good.files) expect(good.filter((d) => d.file === pathOf(rule.good) && d.rule.startsWith('schema/')), 'Good').toEqual([]);
    });
  }
});
