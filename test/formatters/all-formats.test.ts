import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/output/diagnostics/index.js';
import { CLEAN, REPORT } from '../fixtures/formatters/report.js';

describe('every validate format, on the shared diagnostics fixture', () => {
  it('is registered under the names FORMAT.md lists', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
  });

  for (const [name, format] of Object.entries(FORMATTERS)) {
    it(`${name}: names every problem's rule, file and line; no colour unless asked; ends with a newline`, () => {
      const out = format(REPORT, { locale: 'nb', color: false });
      expect(out.endsWith('\n')).toBe(true);
      expect(out).not.toMatch(/\u001b\[/);
      for (const d of REPORT.diagnostics) {
        expect(out).toContain(d.rule);
        expect(out).toContain(String(d.line));
      }
      expect(out).toContain('goals/helse.yaml');
      expect(format(REPORT, { locale: 'nb', color: false })).toBe(out);
      expect(format(CLEAN, { locale: 'nb', color: false }).endsWith('\n')).toBe(true);
    });
  }

  it('keeps colour out of the machine formats even when asked', () => {
    for (const name of ['json', 'github', 'sarif', 'junit']) {
      expect(FORMATTERS[name]!(REPORT, { locale: 'nb', color: true })).toBe(FORMATTERS[name]!(REPORT, { locale: 'nb', color: false }));
    }
  });
});
