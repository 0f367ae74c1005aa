import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/io.js';
import { chooseFormat } from '../../src/output/formats.js';

describe('chooseFormat: --format > --out extension > default', () => {
  it('takes --format when there is no --out, or the file has no extension or one no format claims', () => {
    expect(chooseFormat('matrix', { format: 'md' })).toBe('md');
    expect(chooseFormat('matrix', { format: 'md', out: 'matrise' })).toBe('md');
    expect(chooseFormat('trace', { format: 'json', out: 'trace.data' })).toBe('json');
  });

  it('takes the extension without --format, in any case, with the aliases .htm, .markdown and .txt', () => {
    expect(chooseFormat('arshjul', { out: 'hjul.SVG' })).toBe('svg');
    expect(chooseFormat('arshjul', { out: 'dir.v2/hjul.htm' })).toBe('html');
    expect(chooseFormat('report', { out: 'hp.markdown' })).toBe('md');
    expect(chooseFormat('budget', { out: 'budsjett.txt' })).toBe('text');
    expect(chooseFormat('budget', { out: 'budsjett.csv' })).toBe('csv');
    expect(chooseFormat('status', { out: 'status.json' })).toBe('json');
    expect(chooseFormat('diff', { out: 'pr.md' })).toBe('md');
    expect(chooseFormat('validate', { out: 'plan.sarif' })).toBe('sarif');
    expect(chooseFormat('validate', { out: 'junit.xml' })).toBe('junit');
  });

  it('falls back to the default without either', () => {
    expect(chooseFormat('matrix', {})).toBe('svg');
    expect(chooseFormat('arshjul', { out: 'hjul' })).toBe('md');
    expect(chooseFormat('report', {})).toBe('md');
    expect(chooseFormat('diff', {})).toBe('text');
  });

  it('accepts --format and an extension that agree', () => {
    expect(chooseFormat('report', { format: 'html', out: 'hp.HTML' })).toBe('html');
    expect(chooseFormat('status', { format: 'text', out: 'status.txt' })).toBe('text');
  });

  it('refuses a contradiction between --format and the extension', () => {
    expect(() => chooseFormat('report', { format: 'md', out: 'x.html' })).toThrow(UsageError);
    expect(() => chooseFormat('report', { format: 'md', out: 'x.html' })).toThrow('--format md contradicts --out x.html, whose extension means html; drop --format, or end the file name in .md');
    // An extension of a format the command cannot write contradicts --format too.
    expect(() => chooseFormat('matrix', { format: 'svg', out: 'x.pdf' })).toThrow(/contradicts --out x\.pdf/);
  });

  it('refuses an extension the command cannot write, naming the ones it can', () => {
    expect(() => chooseFormat('matrix', { out: 'x.ics' })).toThrow('plan matrix cannot write ics (--out x.ics); it writes svg, md: name the file .svg, .md, .markdown');
    expect(() => chooseFormat('budget', { out: 'x.docx' })).toThrow(/plan budget cannot write docx/);
    expect(() => chooseFormat('trace', { out: 'x.yaml' })).toThrow('plan trace cannot tell the format from --out x.yaml; name the file .md, .markdown, .json, or give --format (md, json)');
  });

  it('refuses a --format the command does not have (callers other than the CLI)', () => {
    expect(() => chooseFormat('matrix', { format: 'html' })).toThrow('plan matrix has no format "html"; one of: svg, md');
  });
});
