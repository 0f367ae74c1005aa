import { describe, expect, it } from 'vitest';
import { github } from '../../src/output/diagnostics/github.js';
import { markdownSummary } from '../../src/output/diagnostics/markdown-summary.js';
import { CLEAN, REPORT } from '../fixtures/formatters/report.js';

describe('github formatter', () => {
  const lines = github(REPORT, { locale: 'nb', color: false }).trimEnd().split('\n');

  it('writes one workflow command per diagnostic with position and rule as title, then a summary', () => {
    expect(lines).toHaveLength(REPORT.diagnostics.length + 1);
    expect(lines[0]).toBe(
      '::error file=plan/goals/helse.yaml,line=7,col=5,endLine=7,endColumn=17,title=ref/unknown-id::' +
        'unknown Indicator "fysisk-aktiv" <&> "quoted", 100%25%0Adid you mean "fysisk-aktive-ungdom"?',
    );
    expect(lines[1]).toMatch(/^::warning file=plan\/goals\/helse\.yaml,line=12,col=1,endLine=12,endColumn=4,title=goal-without-indicator::/);
    expect(lines.at(-1)).toBe('plan validate: 3 errors, 1 warning in 3 documents in 3 files');
  });

  it('escapes commas and colons in properties and line breaks in messages', () => {
    expect(lines[2]).toBe('::error file=plan/plans/kommuneplan%2C 2040.yaml,line=2,col=3,endLine=2,endColumn=4,title=yaml/syntax::bad indentation%0Aof a mapping entry, col: 3');
  });

  it('prints only the summary when there is nothing wrong', () => {
    expect(github(CLEAN, { locale: 'nb', color: false })).toBe('plan validate: 0 errors, 0 warnings in 3 documents in 3 files\n');
  });
});

describe('job summary table', () => {
  it('has a row per diagnostic, one line each, with pipes escaped', () => {
    const md = markdownSummary(REPORT);
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(2 + REPORT.diagnostics.length);
    expect(rows[2]).toBe('| ❌ error | plan/goals/helse.yaml | 7 | `ref/unknown-id` | unknown Indicator "fysisk-aktiv" &lt;&amp;&gt; "quoted", 100% (did you mean "fysisk-aktive-ungdom"?) |');
    expect(rows[3]).toContain('no indicator \\| pipe');
    expect(rows[4]).toContain('bad indentation of a mapping entry');
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
  });

  it('keeps a row on one line when a message holds a lone CR, U+2028 or a pipe (issue 13, finding 17)', () => {
    const d = { ...REPORT.diagnostics[0]!, message: 'first\rsecond\u2028third | <b>x</b>\r\n@team' };
    const md = markdownSummary({ ...REPORT, diagnostics: [d] });
    const rows = md.split(/\r\n|\r|\n/).filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe('| ❌ error | plan/goals/helse.yaml | 7 | `ref/unknown-id` | first second\\u2028third \\| &lt;b&gt;x&lt;/b&gt; @&#8203;team (did you mean "fysisk-aktive-ungdom"?) |');
  });

  it('says so when there are no problems', () => {
    expect(markdownSummary(CLEAN)).toContain('3 documents in 3 files: no problems');
    expect(markdownSummary(CLEAN)).not.toContain('|');
  });
});
