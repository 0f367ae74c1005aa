import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as formats } from 'ajv-formats';
import { parse, parseAllDocuments } from 'yaml';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDir } from '../helpers/plan-cli.js';
import { planHere } from '../helpers/plan-here.js';

const addFormats = formats as unknown as typeof formats.default;

/** Every file under `dir` with its content and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = `${statSync(p).mtimeMs} ${readFileSync(p, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

/** `*` and `**` globs as the YAML extension reads them, enough for our settings. */
function globMatches(glob: string, path: string): boolean {
  const re = glob.replace(/\./g, '\\.').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*');
  return new RegExp(`^${re}$`).test(path);
}

describe('plan init', { timeout: 60_000 }, () => {
  it('creates a repository that validates clean, and a second init exits 2 and changes nothing', async () => {
    const dir = join(tempDir(), 'x');
    const first = await planHere(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const validated = await planHere(['validate', dir, '--format', 'json']);
    expect(validated.code).toBe(0);
    expect(JSON.parse(validated.stdout)).toMatchObject({ diagnostics: [], summary: { errors: 0, warnings: 0, documents: 10 } });

    const before = snapshot(dir);
    const second = await planHere(['init', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('ingenting ble skrevet');
    expect(second.stderr).toMatch(/^ {2}plan\.yaml$/m);
    expect(second.stderr).toMatch(/^ {2}\.vscode\/settings\.json$/m);
    expect(snapshot(dir)).toEqual(before);
  });

  it('has one document of each kind, the schemas, a CI workflow and editor settings wiring the schemas', async () => {
    const dir = join(tempDir(), 'kinds');
    expect((await planHere(['init', dir])).code).toBe(0);
    const files = Object.keys(snapshot(dir));
    const yamlFiles = files.filter((f) => f.endsWith('.yaml') && !f.startsWith('.'));
    const kinds = yamlFiles.flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => (d.toJS() as { kind: string }).kind));
    expect(kinds.sort()).toEqual(['Benefit', 'Budget', 'Calendar', 'Goal', 'Indicator', 'MaterialityAssessment', 'Measure', 'Plan', 'Plan', 'Workspace']);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('node_modules/');
    const workflow = parse(readFileSync(join(dir, '.github/workflows/plan.yml'), 'utf8')) as { jobs: { validate: { steps: { uses?: string }[] } } };
    expect(workflow.jobs.validate.steps.some((s) => /\/planverk@v\d/.test(s.uses ?? ''))).toBe(true);

    // The settings point the YAML extension at a schema file that exists, for every document.
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const [[schemaPath, globs]] = Object.entries(settings['yaml.schemas']) as [[string, string[]]];
    for (const f of yamlFiles) expect(globs.some((g) => globMatches(g, f)), f).toBe(true);
    expect(globs.some((g) => globMatches(g, '.github/workflows/plan.yml'))).toBe(false);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(dir, schemaPath), 'utf8')) as object);
    for (const f of yamlFiles) expect(validate(parse(readFileSync(join(dir, f), 'utf8'))), f).toBe(true);
  });

  it('takes --name, --number, --locale and --first-election-year without a terminal', async () => {
    const dir = join(tempDir(), 'flags');
    const r = await planHere(['init', dir, '--name', 'Nord-Fron kommune', '--number', '3436', '--locale', 'nn', '--first-election-year', '2019']);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'))).toMatchObject({ id: 'nord-fron', name: 'Nord-Fron kommune', municipalityNumber: '3436', locale: 'nn', firstElectionYear: 2019 });
    expect((await planHere(['validate', dir])).code).toBe(0);
  });

  it('writes a small balanced økonomiplan for the handlingsprogram, in every locale', async () => {
    for (const locale of ['nb', 'nn', 'en']) {
      const dir = join(tempDir(), `budget-${locale}`);
      expect((await planHere(['init', dir, '--locale', locale, '--first-election-year', '2027'])).code).toBe(0);
      expect((await planHere(['validate', dir])).code).toBe(0);
      const r = await planHere(['budget', dir, '--format', 'json']);
      expect(r.code).toBe(0);
      // The working is in src/init/scaffold.ts, budgetDocument.
      const json = JSON.parse(r.stdout) as { years: number[]; operating: Record<string, Record<string, number>>; investment: Record<string, Record<string, number>>; frames: { unit: string; total: Record<string, number> }[] };
      expect(json.years).toEqual([2028, 2029, 2030, 2031]);
      expect(json.operating.netAppropriations).toEqual({ 2028: 251500, 2029: 252500, 2030: 253000, 2031: 254000 });
      expect(json.operating.netOperatingResult).toEqual({ 2028: 1500, 2029: 2500, 2030: 4000, 2031: 5000 });
      expect(json.operating.carriedForward).toEqual({ 2028: 0, 2029: 0, 2030: 0, 2031: 0 });
      expect(json.investment.fixedAssetInvestments).toEqual({ 2028: 0, 2029: 1000, 2030: 0, 2031: 0 });
      expect(json.investment.investmentUncovered).toEqual({ 2028: 0, 2029: 0, 2030: 0, 2031: 0 });
    }
  });

  it('rejects bad flag values with exit 2 and writes nothing', async () => {
    const dir = join(tempDir(), 'bad');
    for (const args of [['--number', '12'], ['--locale', 'sv'], ['--first-election-year', '2024']]) {
      const r = await planHere(['init', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^plan: --/);
    }
    expect(() => readdirSync(dir)).toThrow();
    writeFileSync(dir, 'a file');
    const onFile = await planHere(['init', dir]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe(`plan: ${dir} er ikke en mappe\n`);
  });

  it('overwrites only with --force, and then validates clean again', async () => {
    const dir = join(tempDir(), 'force');
    expect((await planHere(['init', dir])).code).toBe(0);
    writeFileSync(join(dir, 'plan.yaml'), 'kind: Workspace\nid: gammel\nname: Gammel\n');
    expect((await planHere(['init', dir])).code).toBe(2);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('gammel');
    expect((await planHere(['init', dir, '--force', '--name', 'Ny kommune'])).code).toBe(0);
    expect(parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'))).toMatchObject({ id: 'ny', name: 'Ny kommune' });
    expect((await planHere(['validate', dir])).code).toBe(0);
  });

  it('asks its questions when stdin is a terminal (in-process, with a fake terminal)', async () => {
    const dir = join(tempDir(), 'tty');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    // Replies: locale, name, a bad number then a good one, election year (default).
    const replies = ['en', 'Asker kommune', '99', '3203', ''];
    const prompts: string[] = [];
    // Answers each prompt as it appears, like a person at the terminal.
    const stderr = new Writable({
      write: (chunk, _enc, done) => {
        const text = String(chunk);
        if (text.endsWith(': ')) {
          prompts.push(text);
          stdin.write(`${replies.shift() ?? ''}\n`);
        }
        done();
      },
    });
    const code = await main(['init', dir], { cwd: process.cwd(), env: {}, stdin, stdout: { write: () => true }, stderr });
    expect(code).toBe(0);
    expect(prompts).toHaveLength(5);
    expect(prompts[3]).toMatch(/^\(a municipality number has 4 digits/);
    expect(parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'))).toMatchObject({ id: 'asker', locale: 'en', municipalityNumber: '3203' });
  });
});
