import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { semanticDiff } from '../../src/diff/semantic-diff.js';
import { diffMarkdown } from '../../src/output/diff/md.js';
import { markdownSummary } from '../../src/output/diagnostics/markdown-summary.js';
import { run } from '../helpers/run.js';
import { BASE, writeTree, type Tree } from '../helpers/tree.js';
import { edited, fixtureTree } from '../okonomiplan/fixture.js';

/*
 * Issue 14: every Markdown producer escapes table cells with the one escaper of
 * src/output/markdown.ts, so a title holding `|` and line breaks stays one cell of
 * one row. A row is checked as GFM reads it: cells are split at every `|` not
 * escaped by a backslash (an odd run of backslashes before it).
 */
const HOSTILE = 'Pipe a | b\\nneste linje | c\\r\\n| d';
const quoted = (plain: string) => `"${plain} ${HOSTILE}"`;

/** The cells of a GFM table row: split at unescaped pipes, without the outer ones. */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  let backslashes = 0;
  for (const ch of row.trim()) {
    if (ch === '|' && backslashes % 2 === 0) {
      out.push(current);
      current = '';
    } else current += ch;
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  out.push(current);
  return out.slice(1, -1);
}

/** Every table of a Markdown text (runs of lines starting with `|`), as rows of cells. */
function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('|')) (current ??= []).push(cells(line));
    else if (current) {
      found.push(current);
      current = undefined;
    }
  }
  if (current) found.push(current);
  return found;
}

/** Asserts the output has tables, that the hostile title sits in one of their cells, and that every row has its header's cell count. */
function expectWholeCells(markdown: string): void {
  const all = tables(markdown);
  expect(all.length).toBeGreaterThan(0);
  for (const table of all) {
    const width = table[0]!.length;
    for (const row of table) expect(row, JSON.stringify(row)).toHaveLength(width);
  }
  const hostile = all.flat(2).filter((cell) => cell.includes('Pipe a \\| b'));
  expect(hostile.length).toBeGreaterThan(0);
  for (const cell of hostile) expect(cell).toMatch(/Pipe a \\\| b neste linje \\\| c \\\| d/);
}

const TREE: Tree = {
  ...BASE,
  'goal.yaml': BASE['goal.yaml']!.replace('title: God helse', `title: ${quoted('God helse')}`),
  'indicator.yaml': BASE['indicator.yaml']!.replace('title: Andel aktive', `title: ${quoted('Andel aktive')}`),
  'measure.yaml': BASE['measure.yaml']!.replace('title: Tiltak', `title: ${quoted('Tiltak')}`),
  'calendar.yaml': BASE['calendar.yaml']!.replace('title: Budsjett', `title: ${quoted('Budsjett')}`),
};

describe('Markdown table cells from every producer hold | and line breaks as one cell', () => {
  const dir = writeTree(TREE);
  const commands: [string, string[], string][] = [
    ['matrix', ['matrix', '--format', 'md', '--root', dir], dir],
    ['status', ['status', dir, '--format', 'md', '--year', '2021'], dir],
    ['arshjul', ['arshjul', dir, '--year', '2027', '--format', 'md'], dir],
    ['report', ['report', 'handlingsprogram', '--plan', 'hp', '--root', dir], dir],
  ];
  for (const [what, args] of commands) {
    it(`plan ${what} --format md`, async () => {
      const r = await run(args, dir);
      expect(r.code, r.stderr).toBe(0);
      expectWholeCells(r.stdout);
    });
  }

  it('plan budget --format md', async () => {
    const tree = edited(fixtureTree('small'), 'measures.yaml', 'title: Velferdsteknologi', `title: ${quoted('Velferdsteknologi')}`);
    const r = await run(['budget', '--format', 'md'], writeTree(tree));
    expect(r.code, r.stderr).toBe(0);
    expectWholeCells(r.stdout);
  });

  it('plan diff --format md (the pull-request comment)', () => {
    const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
    const files = (tree: Tree) => Object.entries(tree).map(([path, text]) => file(path, text));
    const changed = { ...TREE, 'measure.yaml': TREE['measure.yaml']!.replace('operating: 1500', 'operating: 1700') };
    const result = semanticDiff({ label: 'main', snapshot: snapshot(checkRepository({ files: files(TREE) })) }, { label: 'pr', snapshot: snapshot(checkRepository({ files: files(changed) })) });
    expectWholeCells(diffMarkdown(result));
  });

  it('the job summary of plan validate', () => {
    const text = markdownSummary({
      diagnostics: [{ rule: 'ref/unknown-id', severity: 'error', message: `Pipe a | b\nneste linje | c\r\n| d`, file: 'goals/x|y.yaml', line: 2, column: 1, endLine: 2, endColumn: 4, path: [] }],
      summary: { files: 1, documents: 1, errors: 1, warnings: 0 },
    });
    expectWholeCells(text);
  });
});
