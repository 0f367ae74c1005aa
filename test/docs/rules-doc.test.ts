import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/catalog/catalog.js';
import { RULES } from '../../src/diagnostics/rules.js';
import { renderRulesDoc, renderRuleTable, replaceBetween } from '../../src/diagnostics/rules-doc.js';
import { renderTemplate } from '../../src/output/templates/engine.js';
import type { TemplateSource } from '../../src/output/templates/template-sources.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('is generated from the catalogue (run `npm run gen:rules-doc` when this fails)', () => {
    expect(read('docs/rules.md')).toBe(renderRulesDoc(RULES));
  });

  it('docs/templates.md lists the template rules from the catalogue', () => {
    const text = read('docs/templates.md');
    expect(text).toBe(replaceBetween(text, 'template-rules', renderRuleTable(RULES.filter((r) => r.id.startsWith('template/')))));
    expect(text).toContain('| [`template/work-limit`](rules.md#templatework-limit) |');
  });

  it('gives every rule a summary, an explanation, a Bad and a Good example', () => {
    for (const rule of RULES) {
      expect(rule.summary, rule.id).toMatch(/^[A-Z`].*\.$/);
      expect(rule.explanation.trim().length, rule.id).toBeGreaterThan(40);
      expect(rule.bad.text.trim(), rule.id).not.toBe('');
      expect(rule.good.text.trim(), rule.id).not.toBe('');
    }
  });
});

describe('docs/rules.md, template rules', () => {
  const ctx = { locale: 'nb' as const, catalog: builtInCatalog(), amountUnit: 1000, currency: 'NOK', years: [2027] };
  // Ten goals, so that loops nested over them (the Bad example of template/work-limit) multiply.
  const data = { goals: Array.from({ length: 10 }, (_, i) => ({ title: `Trygge barn ${i + 1}`, indicators: [] })) };
  // The Good example of template/missing-partial has its partial beside it.
  const partials: TemplateSource[] = [{ name: 'goal-table', file: 'templates/partials/goal-table.md.hbs', text: '| {{title}} |' }];

  for (const rule of RULES.filter((r) => r.id.startsWith('template/'))) {
    it(`${rule.id}: the bad example gives exactly that rule, the good one renders`, () => {
      expect([rule.bad.lang, rule.good.lang]).toEqual(['handlebars', 'handlebars']);
      const render = (text: string, withPartials: TemplateSource[]) => renderTemplate({ template: { name: 'main', file: 'templates/main.md.hbs', text }, partials: withPartials }, data, ctx);
      const bad = render(rule.bad.text, []);
      expect(bad.diagnostics.map((d) => d.rule)).toEqual([rule.id]);
      const good = render(rule.good.text, partials);
      expect(good.diagnostics).toEqual([]);
      expect(typeof good.output).toBe('string');
    });
  }
});
