import { describe, expect, it } from 'vitest';
import { printable, printableDocument, printableLines } from '../../src/output/terminal.js';

describe('printable', () => {
  it('shows every control, bidi and separator character as a \\u escape, tabs left alone', () => {
    expect(printable('a\tb\u0000\u0007\u001b[2J\r\n\u007f\u0085\u009b\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029')).toBe(
      'a\tb\\u0000\\u0007\\u001b[2J\\u000d\\u000a\\u007f\\u0085\\u009b\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\\u2028\\u2029',
    );
  });

  it('breaks CI logging commands: every ::, and ## before [ or a word and [', () => {
    expect(printable('::stop-commands::x')).toBe('\\u003a:stop-commands\\u003a:x');
    expect(printable(':::')).toBe('\\u003a\\u003a:');
    expect(printable('##[group]x ##vso[task.prependpath]/tmp ##VSO[x] ##teamcity[y]')).toBe('\\u0023#[group]x \\u0023#vso[task.prependpath]/tmp \\u0023#VSO[x] \\u0023#teamcity[y]');
    expect(printable('###[ ## [ #1 a:b http://x')).toBe('#\\u0023#[ ## [ #1 a:b http://x');
    expect(printable('Plan 2027–2030: ★ «ok»')).toBe('Plan 2027–2030: ★ «ok»');
  });

  it('is linear: 200,000 characters of every kind in one pass', () => {
    const text = `${'#'.repeat(100_000)}${'a'.repeat(100_000)}${':'.repeat(100_000)}`;
    expect(printable(text)).not.toMatch(/::|##\[/);
  });
});

describe('printableLines', () => {
  it('keeps line feeds, escapes the rest', () => {
    expect(printableLines('a\nb\r\n::c')).toBe('a\nb\\u000d\n\\u003a:c');
  });
});

describe('printableDocument (the stdout net of whole documents)', () => {
  it('keeps LF, CRLF and tabs; breaks ##[ anywhere and :: at the start of a line, after any whitespace', () => {
    expect(printableDocument('a::b\n::add-mask::x\n \u00a0\t::error::y\r\n##[group] x ##vso[z]\r')).toBe(
      'a::b\n\\u003a:add-mask::x\n \u00a0\t\\u003a:error::y\r\n\\u0023#[group] x \\u0023#vso[z]\\u000d',
    );
  });
});
