import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { BASE, checkTree, writeTree, type Tree } from '../helpers/tree.js';

/*
 * Issue 13, finding 15: an SVG written with --out was malformed XML when a title held
 * ESC or U+0001 (C0 controls are no XML characters, not even as references). HTML
 * outputs get the same escaper.
 */
const EVIL = '\\x01\\e[31m\\x7f\\x85\\u202e\\u2028\\uFFFE & <x> \\"q\\" \'a\'';
const title = (plain: string) => `"${plain} ${EVIL}"`;
const HOSTILE: Tree = {
  ...BASE,
  'materiality.yaml': BASE['materiality.yaml']!.replace('title: Vesentlighet', `title: ${title('Vesentlighet')}`),
  'plans.yaml': BASE['plans.yaml']!.replace('title: Kommuneplan', `title: ${title('Kommuneplan')}`),
  'indicator.yaml': BASE['indicator.yaml']!.replace('title: Andel aktive', `title: ${title('Andel aktive')}`),
  'calendar.yaml': BASE['calendar.yaml']!.replace('title: Årshjul', `title: ${title('Årshjul')}`).replace('title: Budsjett', `title: ${title('Budsjett')}`),
};

// XML 1.0 characters are tab, LF, CR and U+0020 up; besides, no raw C1, bidi or separator may pass.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]/;

describe('SVG and HTML written with --out from hostile titles', () => {
  it('the repository really holds the characters (the test is not empty)', () => {
    const result = checkTree(HOSTILE);
    expect(result.summary.errors).toBe(0);
    expect(result.repo.get('vesentlighet', 'MaterialityAssessment')!.data.title).toContain('\u0001\u001b');
  });

  const dir = writeTree(HOSTILE);
  const outputs: [string, string[]][] = [
    ['matrix.svg', ['matrix', '--root', dir]],
    ['arshjul.svg', ['arshjul', dir, '--year', '2027']],
    ['arshjul.html', ['arshjul', dir, '--year', '2027']],
    ['report.html', ['report', 'handlingsprogram', '--plan', 'hp', '--format', 'html', '--root', dir]],
  ];
  for (const [name, args] of outputs) {
    it(`${name} holds no character XML forbids or a terminal acts on${name.endsWith('.svg') ? ', and is well-formed XML' : ''}`, async () => {
      const r = await run([...args, '--out', name], dir);
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text).toContain('\\u0001\\u001b[31m');
      expect(text).not.toMatch(ILLEGAL);
      if (name.endsWith('.svg')) expect(XMLValidator.validate(text)).toBe(true);
    });
  }
});
