import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/catalog/catalog.js';
import { RULES, RULES_BY_ID } from '../../src/diagnostics/rules.js';
import { renderTemplate } from '../../src/render/engine.js';
import { TEMPLATE_RULES } from '../../src/render/template-lint.js';
import type { TemplateSource } from '../../src/render/template-sources.js';

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

describe('docs/rules.md, template rules', () => {
  const ctx = { locale: 'nb' as const, catalog: builtInCatalog(), amountUnit: 1000, currency: 'NOK', years: [2027] };
  // Ten goals, so that loops nested over them (the Bad example of template/work-limit) multiply.
  const data = { goals: Array.from({ length: 10 }, (_, i) => ({ title: `Trygge barn ${i + 1}`, indicators: [] })) };
  // The Good example of template/missing-partial has its partial beside it.
  const partials: TemplateSource[] = [{ name: 'goal-table', file: 'templates/partials/goal-table.md.hbs', text: '| {{title}} |' }];
  const block = (section: string, label: 'Bad' | 'Good') => new RegExp(`\\n${label}:\\n\\n\`\`\`handlebars\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];

  it('every template rule id is in the catalogue', () => {
    for (const id of Object.values(TEMPLATE_RULES)) expect(RULES_BY_ID.get(id), id).toBeDefined();
  });

  for (const rule of RULES.filter((r) => r.id.startsWith('template/'))) {
    it(`${rule.id}: the bad example gives exactly that rule, the good one renders`, () => {
      const section = sections[RULES.indexOf(rule)]!;
      const render = (text: string, withPartials: TemplateSource[]) => renderTemplate({ template: { name: 'main', file: 'templates/main.md.hbs', text }, partials: withPartials }, data, ctx);
      const bad = render(block(section, 'Bad')!, []);
      expect(bad.diagnostics.map((d) => d.rule)).toEqual([rule.id]);
      const good = render(block(section, 'Good')!, partials);
      expect(good.diagnostics).toEqual([]);
      expect(typeof good.output).toBe('string');
    });
  }
});
