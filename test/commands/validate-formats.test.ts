import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyExample, edit } from '../helpers/plan-cli.js';
import { planHere } from '../helpers/plan-here.js';

// A broken copy of the example: a goal refers to an indicator that does not exist.
let root: string;
let line: number;
const FILE = 'goals/tjenester.yaml';

beforeAll(async () => {
  root = copyExample();
  line = edit(join(root, FILE), 'indicators: [hjemmeboende-over-80', 'indicators: [hjemmeboende-over-90');
});

describe('plan validate --format on a broken example', { timeout: 60_000 }, () => {
  it('github: an ::error annotation at the file and line', async () => {
    const r = await planHere(['validate', root, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${FILE},line=${line},col=\\d+,endLine=${line},endColumn=\\d+,title=ref/unknown-id::`, 'm'));
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^plan validate: 1 error, \d+ warnings? in \d+ documents in \d+ files$/);
  });

  it('sarif: a result at the file and line', async () => {
    const r = await planHere(['validate', root, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const result = log.runs[0]!.results.find((x) => x.ruleId === 'ref/unknown-id')!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe(FILE);
    expect(result.locations[0]!.physicalLocation.region.startLine).toBe(line);
  });

  it('junit: a failure in the testcase of the broken document, naming file and line', async () => {
    const r = await planHere(['validate', root, '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase', 'failure'].includes(n) }).parse(r.stdout) as {
      testsuites: { failures: string; testsuite: { name: string; testcase: { name: string; failure?: { type: string; '#text': string }[] }[] }[] };
    };
    expect(xml.testsuites.failures).toBe('1');
    const suite = xml.testsuites.testsuite.find((s) => s.name === FILE)!;
    const failed = suite.testcase.filter((c) => c.failure);
    expect(failed.map((c) => c.name)).toEqual(['Goal mestring-i-eget-liv']);
    expect(failed[0]!.failure![0]!.type).toBe('ref/unknown-id');
    expect(failed[0]!.failure![0]!['#text']).toContain(`${FILE}:${line}:`);
  });

  it('writes several outputs in one run: stylish on stdout, sarif and junit to files', async () => {
    const out = copyExample();
    const r = await planHere(['validate', root, '--format', 'stylish', '--format', 'sarif', '--output-file', 'sarif=plan.sarif', '--output-file', 'junit=junit.xml'], { cwd: out });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(FILE);
    expect(r.stdout).toContain(`${line}:`);
    expect(JSON.parse(readFileSync(join(out, 'plan.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<testsuites');

    // The files exist now: a second run still checks and prints, leaves the file alone and exits 2; --force replaces them.
    writeFileSync(join(out, 'plan.sarif'), 'old');
    const again = await planHere(['validate', root, '--output-file', 'sarif=plan.sarif'], { cwd: out });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/plan\.sarif finnes; bruk --force/);
    expect(again.stdout).toContain(FILE);
    expect(readFileSync(join(out, 'plan.sarif'), 'utf8')).toBe('old');
    expect((await planHere(['validate', root, '--output-file', 'sarif=plan.sarif', '--force'], { cwd: out })).code).toBe(1);
    expect(readFileSync(join(out, 'plan.sarif'), 'utf8')).toContain('"version": "2.1.0"');
  });

  it('refuses two formats on stdout and bad --output-file values (exit 2)', async () => {
    const two = await planHere(['validate', root, '--format', 'json', '--format', 'sarif']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/bare ett format kan gå til stdout/);
    expect((await planHere(['validate', root, '--output-file', 'plan'])).code).toBe(2);
    const html = await planHere(['validate', root, '--output-file', 'plan.html'], { env: { LANG: 'nb_NO.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(html.code).toBe(2);
    expect(html.stderr).toMatch(/plan validate kan ikke skrive html/);
    expect((await planHere(['validate', root, '--output-file', 'xml=plan.xml'])).code).toBe(2);
    expect((await planHere(['validate', root, '--format', 'html'])).code).toBe(2);
  });

  it('takes the format of --output-file from its extension: plan.sarif, junit.xml, report.json', async () => {
    const dir = copyExample();
    const r = await planHere(['validate', root, '--output-file', join(dir, 'plan.sarif'), '-o', join(dir, 'junit.xml'), '-o', join(dir, 'report.json')]);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'plan.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(/^<\?xml[^]*<testsuites /);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBeGreaterThan(0);
  });

  it('appends a Markdown table of all diagnostics to $GITHUB_STEP_SUMMARY with --format github', async () => {
    const summary = join(copyExample(), 'summary.md');
    writeFileSync(summary, '# Earlier step output\n');
    const r = await planHere(['validate', root, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# Earlier step output\n')).toBe(true);
    expect(md).toContain(`| ❌ error | ${FILE} | ${line} | \`ref/unknown-id\` |`);
    // Other formats leave the summary alone.
    const other = join(copyExample(), 'other.md');
    (await planHere(['validate', root, '--format', 'json'], { env: { GITHUB_STEP_SUMMARY: other } }));
    expect(existsSync(other)).toBe(false);
  });

  it('prefixes paths with the folder of the repository inside its git checkout', async () => {
    const r = await planHere(['validate', 'examples/nye-asker', '--format', 'junit'], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name="examples/nye-asker/plan.yaml"');
  });
});
