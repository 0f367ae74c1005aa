import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { buildScorecard } from '../../src/model/scorecard.js';
import { printableDeep, printableDocument } from '../../src/output/terminal.js';
import { StatusApp } from '../../src/ui/status-app.js';
import { GitRepo } from '../helpers/git-repo.js';
import { run } from '../helpers/run.js';
import { BASE, checkTree, writeTree, type Tree } from '../helpers/tree.js';

/**
 * Every output shows control characters and bidi overrides from the repository as
 * escapes (SECURITY.md, "Output cannot steer the terminal"), on stdout and in files
 * written with --out alike, each in its medium's way (Markdown escapes the `[`, ICS
 * the backslash).
 */

// Double-quoted YAML escapes: the values really hold ESC (clear screen) and RIGHT-TO-LEFT OVERRIDE.
const EVIL = '\\e[2J\\u202E';
const HOSTILE: Tree = {
  ...BASE,
  'materiality.yaml': BASE['materiality.yaml']!.replace('title: Vesentlighet', `title: "Vesentlighet ${EVIL}"`),
  'plans.yaml': BASE['plans.yaml']!.replace('title: Kommuneplan', `title: "Kommuneplan ${EVIL}"`).replace('{ id: helse, title: Helse }', `{ id: helse, title: "Helse ${EVIL}" }`),
  'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', `title: "God helse ${EVIL}"`),
  'indicator.yaml': BASE['indicator.yaml']!.replace('title: Andel aktive', `title: "Andel aktive ${EVIL}"`),
  'measure.yaml': BASE['measure.yaml']!.replace('title: Tiltak', `title: "Tiltak ${EVIL}"`),
  'calendar.yaml': BASE['calendar.yaml']!.replace('title: Budsjett', `title: "Budsjett ${EVIL}"`),
};

// eslint-disable-next-line no-control-regex
const RAW = /\u001b\[2J|\u202e/;

const SHOWN = { text: '\\u001b[2J\\u202e', md: '\\u001b\\[2J\\u202e', ics: '\\\\u001b[2J\\\\u202e' };

function expectEscaped(text: string, what: string, form: keyof typeof SHOWN = 'text'): void {
  expect(text, what).not.toMatch(RAW);
  expect(text, what).toContain(SHOWN[form]);
}

afterEach(() => cleanup());

describe('outputs printed to a terminal', () => {
  it('the repository really holds the characters (the test is not empty)', () => {
    const result = checkTree(HOSTILE);
    expect(result.summary.errors).toBe(0);
    expect(result.repo.get('god-helse', 'Goal')!.data.title).toBe('God helse \u001b[2J\u202e');
  });

  const dir = writeTree(HOSTILE);
  const commands: [string, string[], keyof typeof SHOWN][] = [
    ['report handlingsprogram (md)', ['report', 'handlingsprogram', '--plan', 'hp', '--root', dir], 'md'],
    ['report handlingsprogram (html)', ['report', 'handlingsprogram', '--plan', 'hp', '--format', 'html', '--root', dir], 'text'],
    ['matrix (md)', ['matrix', '--format', 'md', '--root', dir], 'md'],
    ['matrix (svg)', ['matrix', '--root', dir], 'text'],
    ['trace (md)', ['trace', '--root', dir], 'md'],
    ['arshjul (md)', ['arshjul', dir, '--year', '2027', '--format', 'md'], 'md'],
    ['arshjul (ics)', ['arshjul', dir, '--year', '2027', '--format', 'ics'], 'ics'],
    ['status (md)', ['status', dir, '--format', 'md', '--year', '2021'], 'md'],
    ['status (text)', ['status', dir, '--format', 'text', '--year', '2021'], 'text'],
  ];
  for (const [what, args, form] of commands) {
    it(`plan ${what}`, async () => {
      const r = await run(args, dir);
      expect(r.stderr, what).toBe('');
      expect(r.code, what).toBe(0);
      expectEscaped(r.stdout, what, form);
    });
  }

  it('plan diff --format md and text', async () => {
    const repo = new GitRepo({ ...BASE });
    repo.commit({ 'goal.yaml': HOSTILE['goal.yaml']!, 'measure.yaml': HOSTILE['measure.yaml']! });
    for (const format of ['md', 'text'] as const) {
      const r = await run(['diff', 'HEAD~1', 'HEAD', '--format', format], repo.dir);
      expect(r.code, format).toBe(0);
      expectEscaped(r.stdout, format, format);
    }
  });

  it('a document written with --out is escaped as on stdout: the renderers escape, not the terminal', async () => {
    for (const [format, form] of [['md', 'md'], ['svg', 'text']] as const) {
      const r = await run(['matrix', '--format', format, '--root', dir, '--out', `matrix.${format}`], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expectEscaped(readFileSync(join(dir, `matrix.${format}`), 'utf8'), format, form);
    }
  });

  it('the interactive status view', async () => {
    const card = buildScorecard(checkTree(HOSTILE).repo, { year: 2021, today: '2026-08-31' });
    const app = render(<StatusApp card={card} locale="nb" />);
    let frame = '';
    for (let i = 0; i < 4000 && !frame.includes('Helse'); i++) {
      await new Promise((r) => setTimeout(r, 5));
      frame = app.lastFrame() ?? '';
    }
    expect(frame).toContain('Helse \\u001b[2J\\u202e');
    expect(frame).not.toMatch(RAW);
  });
});

describe('printable helpers', () => {
  it('keep line feeds, CRLF and tabs in documents, escape every other control and bidi character', () => {
    expect(printableDocument('a\tb\nc\r\u0000\u007f\u0085\u200e\u2066\u2028\r\n')).toBe('a\tb\nc\\u000d\\u0000\\u007f\\u0085\\u200e\\u2066\\u2028\r\n');
  });

  it('copy plain data with every string made printable, keeping what is shared', () => {
    const shared = { title: 'x\u001b' };
    const out = printableDeep({ a: shared, b: [shared, 1, null, 'ok'] });
    expect(out).toEqual({ a: { title: 'x\\u001b' }, b: [{ title: 'x\\u001b' }, 1, null, 'ok'] });
    expect(out.a).toBe(out.b[0]);
    expect(shared.title).toBe('x\u001b');
  });
});
