import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { BASE, checkTree, writeTree, type Tree } from '../helpers/tree.js';

/*
 * Issue 13, finding 13: the Markdown of `plan matrix`, `plan trace`, `plan status` and
 * `plan arshjul` is published (GitHub, MkDocs, Pages); a title must stay text in its
 * heading, list item or table cell, as in `plan report`.
 */
const HTML = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const BREAKOUT = '\\n# Injected heading\\n- injected item\\n\\n| injected | row |';
const title = (plain: string) => `"${plain} ${HTML}${BREAKOUT}"`;
const HOSTILE: Tree = {
  ...BASE,
  'materiality.yaml': BASE['materiality.yaml']!.replace('title: Vesentlighet', `title: ${title('Vesentlighet')}`),
  'plans.yaml': BASE['plans.yaml']!.replace('title: Kommuneplan', `title: ${title('Kommuneplan')}`).replace('{ id: helse, title: Helse }', `{ id: helse, title: ${title('Helse')} }`),
  'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', `title: ${title('God helse')}`),
  'indicator.yaml': BASE['indicator.yaml']!.replace('title: Andel aktive', `title: ${title('Andel aktive')}`),
  'measure.yaml': BASE['measure.yaml']!.replace('title: Tiltak', `title: ${title('Tiltak')}`),
  'benefit.yaml': BASE['benefit.yaml']!.replace('title: Gevinst', `title: ${title('Gevinst')}`),
  'calendar.yaml': BASE['calendar.yaml']!.replace('title: Budsjett', `title: ${title('Budsjett')}`),
};

describe('Markdown outputs keep hostile titles as text', () => {
  it('the repository really holds them (the test is not empty)', () => {
    const result = checkTree(HOSTILE);
    expect(result.summary.errors).toBe(0);
    expect(result.repo.get('god-helse', 'Goal')!.data.title).toContain('<script>');
  });

  const dir = writeTree(HOSTILE);
  const commands: [string, string[]][] = [
    ['matrix', ['matrix', '--format', 'md', '--root', dir]],
    ['trace', ['trace', '--root', dir]],
    ['status', ['status', dir, '--format', 'md', '--year', '2021']],
    ['arshjul', ['arshjul', dir, '--year', '2027', '--format', 'md']],
    ['report', ['report', 'handlingsprogram', '--plan', 'hp', '--root', dir]],
  ];
  for (const [what, args] of commands) {
    it(`plan ${what} --format md`, async () => {
      const r = await run(args, dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('&lt;script&gt;');
      expect(r.stdout).not.toMatch(/<script|<img/);
      for (const line of r.stdout.split('\n')) expect(line, what).not.toMatch(/^(# Injected|- injected|\| injected)/);
    });
  }
});
