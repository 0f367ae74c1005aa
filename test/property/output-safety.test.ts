import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeIo } from '../helpers/fake-io.js';
import { GitRepo } from '../helpers/git-repo.js';
import { BASE } from '../helpers/tree.js';
import { fcParams } from './config.js';

/*
 * Issue 13, "done when": no output format prints a raw control character, bidi
 * override, U+2028/9, a line that starts with repository text, or an unbroken
 * `##vso[` / `##[` / `::cmd::` sequence taken from the repository. Random hostile
 * strings go into every text field and into file names; every command and format
 * runs in-process through main(), and its stdout, stderr and --out files are
 * checked (files also: SVG and JUnit well-formed XML, no character XML forbids).
 */

/** What a value starts with and what follows each line break in it: a line that starts with it starts with repository text. */
const MARK = 'Ωpv';
const FRAGMENTS = [
  ...['\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u001b[2J', '\u001b]0;t\u0007', '\u007f', '\u0085', '\u009b', '\u009d'],
  ...['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069', '\u2028', '\u2029'],
  ...['::add-mask::pv', '::stop-commands::pv', '::error file=x::pv', '::set-output name=a::b', ':::', '##[group]pv', '##[error]pv', '##vso[task.prependpath]/pv', '##VSO[x]', '##teamcity[pv]', '###[', '\u00a0::warning::pv'],
  ...['<script>pv</script>', '<img src=x onerror=pv>', '<!--', '-->', '|', '`', '``', '*', '_', '[x](y)', '@pvuser', '@pvorg/team', '&', '&amp;', '\\', '"', "'", '#', '# h', '- li', '> q', '\t', ' ', '  '],
  ...['\n', `\n${MARK}`, `\r\n${MARK}`, `\r${MARK}`, `\n\n${MARK}`, `\u2028${MARK}`, 'Plan 2027–2030', 'æøå', '🙂'],
];
const hostileText = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((parts) => `${MARK} ${parts.join('')}`);

/** A YAML double-quoted scalar that holds `text` exactly: every character YAML could read otherwise as an escape. */
function yamlString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x61c || (c >= 0x200e && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

type Values = Record<'workspace' | 'unit' | 'plan' | 'area' | 'description' | 'goal' | 'strategy' | 'indicator' | 'unitText' | 'measure' | 'benefit' | 'calendar' | 'event' | 'body' | 'materiality' | 'badId', string>;
const valuesArb: fc.Arbitrary<Values> = fc.record({
  workspace: hostileText, unit: hostileText, plan: hostileText, area: hostileText, description: hostileText, goal: hostileText, strategy: hostileText, indicator: hostileText,
  unitText: hostileText, measure: hostileText, benefit: hostileText, calendar: hostileText, event: hostileText, body: hostileText, materiality: hostileText, badId: hostileText,
});

/** A valid repository with hostile text in every text field, and one broken document whose id is hostile. */
function hostileTree(v: Values, fileName: string): Record<string, string> {
  const y = (key: keyof Values) => yamlString(v[key]);
  return {
    'plan.yaml': BASE['plan.yaml']!.replace('name: Testkommune', `name: ${y('workspace')}\ndescription: ${y('description')}`).replace('title: Velferd }', `title: ${y('unit')} }`),
    'materiality.yaml': BASE['materiality.yaml']!.replace('title: Vesentlighet', `title: ${y('materiality')}\ndescription: ${y('description')}`),
    'plans.yaml': BASE['plans.yaml']!
      .replace('title: Kommuneplan', `title: ${y('plan')}\ndescription: ${y('description')}\nvision: ${y('description')}`)
      .replace('{ id: helse, title: Helse }', `{ id: helse, title: ${y('area')}, description: ${y('description')} }`),
    'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', `title: ${y('goal')}\ndescription: ${y('description')}\nstrategies: [${y('strategy')}]`),
    'indicator.yaml': BASE['indicator.yaml']!.replace('title: Andel aktive', `title: ${y('indicator')}\nunit: ${y('unitText')}\ndescription: ${y('description')}`),
    'measure.yaml': BASE['measure.yaml']!.replace('title: Tiltak', `title: ${y('measure')}\ndescription: ${y('description')}`),
    'benefit.yaml': BASE['benefit.yaml']!.replace('title: Gevinst', `title: ${y('benefit')}`),
    'calendar.yaml': BASE['calendar.yaml']!
      .replace('title: Årshjul', `title: ${y('calendar')}\ndescription: ${y('description')}`)
      .replace('title: Budsjett,', `title: ${y('event')}, body: ${y('body')}, legalBasis: ${y('body')}, description: ${y('description')},`),
    [fileName]: `kind: Goal\nid: ${y('badId')}\ntitle: ${y('goal')}\nplan: kp\nfocusArea: helse\n# ${v.strategy.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')}\nnot-a-key: ${y('strategy')}\n`,
  };
}

/** File names a pull request can commit: CI commands, markup, controls (not for git, whose own quoting is not under test here). */
const fileNameArb = fc.constantFrom('::stop-commands::pv.yaml', '##vso[task.prependpath]pv.yaml', '##[group]pv.yaml', '<b>|pv@x.yaml', 'pv\u001b[2J\u202e.yaml', `pv\n::error::x\n${MARK}.yaml`);
const GIT_SAFE_NAME = '::stop-commands:: ##vso[pv] ##[group] <b>|@pv.yaml';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\r(?!\n)/;
const XML_ILLEGAL = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const GITHUB_OWN = /^::(error|warning) file=[^:\n]*::/gm;

/** Everything wrong with one output, as readable lines (empty when all is well). */
function problems(name: string, text: string, options: { crlf?: boolean; lineStarts?: boolean; github?: boolean } = {}): string[] {
  const out: string[] = [];
  const body = options.github ? text.replace(GITHUB_OWN, '') : text;
  const raw = RAW_CONTROL.exec(options.crlf ? text : text.replace(/\r\n/g, '\u0001'));
  if (raw) out.push(`${name}: raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${raw.index}`);
  if (XML_ILLEGAL.test(text)) out.push(`${name}: a lone surrogate or U+FFFE/FFFF`);
  if (body.includes('::')) out.push(`${name}: an unbroken :: near ${JSON.stringify(body.slice(Math.max(0, body.indexOf('::') - 30), body.indexOf('::') + 30))}`);
  const hash = /##[A-Za-z]*\[/i.exec(body);
  if (hash) out.push(`${name}: an unbroken ${hash[0]}`);
  // Mentions survive only broken (@&#8203;) in Markdown; text formats show the name, never as Markdown.
  for (const line of text.split(/\r\n|\n/)) {
    const start = line.trimStart();
    if (/^(::|##[A-Za-z]*\[)/.test(start) && !(options.github && /^::(error|warning) file=/.test(start))) out.push(`${name}: a line starts with a CI command: ${JSON.stringify(line.slice(0, 60))}`);
    if (options.lineStarts !== false && start.startsWith(MARK)) out.push(`${name}: a line starts with repository text: ${JSON.stringify(line.slice(0, 60))}`);
  }
  return out;
}

interface Run {
  name: string;
  args: string[];
  /** --out / --output-file targets to check, by the name they are written to. */
  files?: string[];
  /** The output is a template's (report): lines may start with what the template puts there. */
  template?: boolean;
  crlf?: boolean;
  github?: boolean;
  /** Exit codes this run may end with (the repository has a bad id: the rendering commands exit 1, error-policy.ts). */
  codes?: number[];
}

function runs(dir: string, out: string): Run[] {
  const o = (name: string) => join(out, name);
  return [
    ...['stylish', 'json', 'sarif', 'junit'].map((f) => ({ name: `validate ${f}`, args: ['validate', dir, '--format', f], codes: [1] })),
    { name: 'validate github', args: ['validate', dir, '--format', 'github', '--output-file', `sarif=${o('v.sarif')}`, '--output-file', `junit=${o('v.xml')}`, '--output-file', `json=${o('v.json')}`], files: ['v.sarif', 'v.xml', 'v.json', 'summary.md'], github: true, codes: [1] },
    { name: 'report md', args: ['report', 'handlingsprogram', '--plan', 'hp', '--root', dir], template: true, codes: [1] },
    { name: 'report html', args: ['report', 'handlingsprogram', '--plan', 'hp', '--format', 'html', '--root', dir], template: true, codes: [1] },
    { name: 'report md --out', args: ['report', 'handlingsprogram', '--plan', 'hp', '--root', dir, '--out', o('r.md')], files: ['r.md'], template: true, codes: [1] },
    { name: 'report html --out', args: ['report', 'handlingsprogram', '--plan', 'hp', '--format', 'html', '--root', dir, '--out', o('r.html')], files: ['r.html'], template: true, codes: [1] },
    { name: 'matrix svg', args: ['matrix', '--root', dir], codes: [1] },
    { name: 'matrix svg --out', args: ['matrix', '--root', dir, '--out', o('m.svg')], files: ['m.svg'], codes: [1] },
    { name: 'matrix md', args: ['matrix', '--format', 'md', '--root', dir], codes: [1] },
    { name: 'trace md', args: ['trace', '--root', dir, '--out', o('t.md')], files: ['t.md'], codes: [1] },
    { name: 'trace json', args: ['trace', '--format', 'json', '--root', dir], codes: [1] },
    ...['svg', 'html', 'md'].map((f) => ({ name: `arshjul ${f}`, args: ['arshjul', dir, '--year', '2027', '--format', f, '--out', o(`a.${f}`)], files: [`a.${f}`], codes: [1] })),
    { name: 'arshjul ics', args: ['arshjul', dir, '--year', '2027', '--format', 'ics'], crlf: true, codes: [1] },
    { name: 'arshjul ics --out', args: ['arshjul', dir, '--year', '2027', '--format', 'ics', '--out', o('a.ics')], files: ['a.ics'], crlf: true, codes: [1] },
    ...['text', 'md', 'json'].map((f) => ({ name: `status ${f}`, args: ['status', dir, '--format', f, '--year', '2021', '--as-of', '2026-06-15'], codes: [1] })),
    ...['txt', 'md', 'json'].map((ext) => ({ name: `status --out s.${ext}`, args: ['status', dir, '--year', '2021', '--as-of', '2026-06-15', '--out', o(`s.${ext}`)], files: [`s.${ext}`], codes: [1] })),
    { name: 'schema', args: ['schema'] },
  ];
}

async function check(run: Run, cwd: string, out: string): Promise<string[]> {
  const { io, stdout, stderr } = makeIo(cwd, { env: { GITHUB_STEP_SUMMARY: join(out, 'summary.md'), SOURCE_DATE_EPOCH: '1781000000' } });
  const code = await main(run.args, io);
  const found: string[] = [];
  if (!(run.codes ?? [0]).includes(code)) found.push(`${run.name}: exit ${code}: ${stderr.text.slice(0, 300)}`);
  const lineStarts = !run.template && !run.crlf;
  found.push(...problems(`${run.name} stdout`, stdout.text, { crlf: run.crlf, lineStarts, github: run.github }));
  found.push(...problems(`${run.name} stderr`, stderr.text));
  for (const name of run.files ?? []) {
    const path = join(out, name);
    if (!existsSync(path)) {
      found.push(`${run.name}: ${name} was not written`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    found.push(...problems(`${run.name} ${name}`, text, { crlf: run.crlf, lineStarts: !run.template && !run.crlf }));
    if (/\.(svg|xml)$/.test(name)) {
      const valid = XMLValidator.validate(text);
      if (valid !== true) found.push(`${run.name} ${name}: not well-formed XML: ${valid.err.msg}`);
    }
    rmSync(path);
  }
  return found;
}

describe('property: no output carries what a terminal or CI log would act on', () => {
  it('every command and format, on stdout, stderr and --out files, over hostile text and file names', async () => {
    await fc.assert(
      fc.asyncProperty(valuesArb, fileNameArb, async (values, fileName) => {
        const dir = mkdtempSync(join(tmpdir(), 'planverk-out-'));
        const out = join(dir, '.out');
        try {
          for (const [path, text] of Object.entries(hostileTree(values, fileName))) {
            mkdirSync(dirname(join(dir, path)), { recursive: true });
            writeFileSync(join(dir, path), text);
          }
          mkdirSync(out);
          const found: string[] = [];
          for (const run of runs(dir, out)) found.push(...(await check(run, dir, out)));
          expect(readdirSync(out)).toEqual([]);
          expect(found).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { ...fcParams(3), endOnFailure: true },
    );
  });

  it("a repository's own template: its text is repository text too, and stdout breaks what it would say to the CI log", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planverk-out-'));
    try {
      for (const [path, text] of Object.entries(BASE)) writeFileSync(join(dir, path), text);
      mkdirSync(join(dir, 'templates'));
      writeFileSync(join(dir, 'templates/evil.md.hbs'), '::add-mask::{{plan.title}}\n  ::stop-commands::x\n##[group]\u001b[2J {{{plan.title}}} ##vso[task.prependpath]/tmp\u202e\u0007\n');
      const { io, stdout, stderr } = makeIo(dir);
      expect(await main(['report', 'evil', '--plan', 'hp', '--root', dir], io)).toBe(0);
      // Values are escaped as everywhere; of the template's own text, stdout breaks what a runner reads: `::` first on a line, `##[` anywhere.
      const text = stdout.text;
      expect(text).toContain('add-mask');
      expect(text).not.toMatch(/^\s*::|##[A-Za-z]*\[/im);
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text.split('\n').filter((line) => line.includes('::'))).toEqual(['\\u003a:add-mask::Handlingsprogram', '  \\u003a:stop-commands::x']);
      expect(stderr.text).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('plan diff in every format, on a pull request that adds the hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(valuesArb, async (values) => {
        const repo = new GitRepo({ ...BASE });
        try {
          repo.commit(hostileTree(values, GIT_SAFE_NAME));
          const found: string[] = [];
          for (const format of ['text', 'md', 'json']) {
            const { io, stdout, stderr } = makeIo(repo.dir);
            const code = await main(['diff', 'HEAD~1', 'HEAD', '--format', format], io);
            if (code !== 0) found.push(`diff ${format}: exit ${code}: ${stderr.text.slice(0, 300)}`);
            found.push(...problems(`diff ${format} stdout`, stdout.text), ...problems(`diff ${format} stderr`, stderr.text));
            const mention = /.{0,40}(?<![A-Za-z0-9_])@(?!&#8203;)pv.{0,20}/.exec(stdout.text);
            if (format === 'md' && mention) found.push(`diff md: an unbroken @mention: ${JSON.stringify(mention[0])}`);
          }
          expect(found).toEqual([]);
        } finally {
          rmSync(repo.dir, { recursive: true, force: true });
        }
      }),
      { ...fcParams(3), endOnFailure: true },
    );
  });
});
