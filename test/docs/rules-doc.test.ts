import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/diagnostics/rules.js';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
const sections = doc.split(/^## /m).slice(1);

describe('docs/rules.md', () => {
  it('documents every rule of the catalogue, in its order, and no others', () => {
    expect(sections.map((s) => /^`([^`]+)`/.exec(s)?.[1])).toEqual(RULES.map((r) => r.id));
  });

  it('gives each rule its catalogue severity, a bad and a good example', () => {
    for (const [i, rule] of RULES.entries()) {
      const s = sections[i]!;
      expect(s, rule.id).toContain(`Severity: ${rule.severity} · configurable: ${rule.configurable ? 'yes' : 'no'}`);
      expect(s, rule.id).toMatch(/\nBad:\n/);
      expect(s, rule.id).toMatch(/\nGood:\n/);
    }
  });
});
