import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { BASE, writeTree } from '../helpers/tree.js';

/*
 * Issue 13, findings 8, 10 and 11: what `plan` prints lands in a CI log, where a line
 * that starts with `::` (after whitespace, which GitHub skips) is a workflow command,
 * and `##vso[` (Azure) or `##[group]` anywhere in a line is one too. A pull request
 * controls file names, YAML values and the comments a code frame shows.
 */

/** The CI commands a hostile value carries, unbroken. */
const COMMAND = /::(add-mask|stop-commands|error|warning|set-output|group)|##\[|##vso\[/i;

/** Lines that would speak to the runner: `::` first (after whitespace), or `##[` / `##vso[` anywhere; planverk's own annotations aside. */
function commandLines(text: string, own: RegExp = /^$/): string[] {
  return text.split('\n').filter((line) => !own.test(line) && (/^\s*::/.test(line) || /##\[|##vso\[/i.test(line)));
}

const EVIL_FILE = '::stop-commands::x.yaml';
const TREE = {
  ...BASE,
  // An error in a file whose name is a workflow command.
  [EVIL_FILE]: 'kind: Goal\nid: g2\ntitle: G\nplan: kp\nfocusArea: helse\ntitel: x\n',
  // An error on a line whose comment carries Azure and GitHub logging commands (stylish shows the line)…
  'goal.yaml': `${BASE['goal.yaml']}unknown: 1 # ##vso[task.prependpath]/tmp ##[group]x ::add-mask::y\n`,
  // …and an id that carries them, with ESC, BEL, C1, bidi and U+2028, into every format's message.
  'bad-id.yaml': 'kind: Goal\nid: "g\\e]0;title\\a\\x9b\\u202e\\u2028 ##vso[task.prependpath]/tmp\\n::add-mask::y"\ntitle: G\nplan: kp\nfocusArea: helse\n',
};

describe('validate in every format, on a pull request that writes to the CI log', () => {
  const dir = writeTree(TREE);
  for (const format of ['stylish', 'json', 'github', 'sarif', 'junit']) {
    it(`--format ${format}`, async () => {
      const r = await run(['validate', dir, '--format', format], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('stop-commands');
      expect(r.stdout).toContain('prependpath');
      expect(commandLines(r.stdout, /^::(error|warning) file=/)).toEqual([]);
      // The github format's own `::error file=…::` prefix aside: the properties hold %3A, never ::.
      expect(r.stdout.replace(/^::(error|warning) [^:\n]*::/gm, '')).not.toMatch(COMMAND);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    });
  }
});

describe('plan status --format text and plan arshjul on stderr', () => {
  it('starts no line with a title: ::add-mask:: in a plan title stays text', async () => {
    const dir = writeTree({ ...BASE, 'plans.yaml': BASE['plans.yaml']!.replace('title: Kommuneplan', 'title: "::add-mask::secret"').replace('{ id: helse, title: Helse }', '{ id: helse, title: "##[group]Helse" }') });
    const r = await run(['status', dir, '--format', 'text', '--year', '2021'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('add-mask');
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stdout).not.toMatch(COMMAND);
  });

  it('prints the errors of plan arshjul escaped, the stylish way: no line of the log is forged', async () => {
    const dir = writeTree({ ...BASE, 'calendar.yaml': BASE['calendar.yaml']!.replace('id: budsjett', 'id: "budsjett\\n::error file=x::forged\\n::add-mask::y"') });
    const r = await run(['arshjul', dir, '--year', '2027'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('forged');
    for (const line of r.stderr.trimEnd().split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(r.stderr).not.toMatch(COMMAND);
  });
});
