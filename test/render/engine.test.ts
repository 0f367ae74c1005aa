import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/catalog/catalog.js';
import { renderTemplate } from '../../src/output/templates/engine.js';
import type { TemplateSource } from '../../src/output/templates/template-sources.js';

const ctx = { locale: 'nb' as const, catalog: builtInCatalog(), amountUnit: 1000, currency: 'NOK', years: [2027, 2028] };
const src = (name: string, text: string): TemplateSource => ({ name, file: `templates/${name}.md.hbs`, text });
const render = (text: string, data: object = {}, partials: TemplateSource[] = []) => renderTemplate({ template: src('main', text), partials }, data, ctx);

describe('renderTemplate', () => {
  it('escapes HTML in values', () => {
    expect(render('{{title}}', { title: '<b>"x" & y</b>' }).output).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
  });

  it.each([
    ['syntax error', 'line one\n{{#if x}}\n{{/each}}', 'template/syntax', 2],
    ['unclosed mustache', 'a\n\n{{foo bar}', 'template/syntax', 3],
    ['unknown helper', 'a\n  {{shout title}}', 'template/unknown-helper', 2],
    ['unknown helper in a sub-expression', '{{#each (filterz items)}}{{/each}}', 'template/unknown-helper', 1],
    ['missing partial', '\n\n{{> nowhere}}', 'template/missing-partial', 3],
    ['a helper that fails', '\n{{date d style="weird"}}', 'template/runtime', 2],
    ['unknown label', '{{t "no.such.key"}}', 'template/runtime', 1],
    ['unknown SDG id', '\n\n\n{{sdg-target "3.x"}}', 'template/runtime', 4],
  ])('reports a %s as a diagnostic with file and line', (_, text, rule, line) => {
    const r = render(text, { d: '2020-01-01', items: [] });
    expect(r.output).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule, file: 'templates/main.md.hbs', line, severity: 'error' });
  });

  it.each([
    ['an unclosed mustache', 'a\n\n- {{title}\n', 3, 11, 'en {{ blir ikke lukket med }} på denne linjen'],
    ['a mismatched block', '{{#each goals}}\n{{/if}}\n', 1, 4, '{{/if}} lukker blokken {{#each}}; lukk den med {{/each}}'],
    ['an incomplete expression', 'a\n{{foo bar=}}\n', 2, 12, 'uttrykket er ufullstendig: noe mangler før }}'],
    ['an unclosed block', '{{#each goals}}\n', 2, 16, 'malen slutter midt i en {{ … }} eller en åpen blokk'],
  ])('says what is wrong with %s in a plain sentence, at line and column', (_, text, line, column, message) => {
    const d = render(text).diagnostics[0]!;
    expect(d).toMatchObject({ rule: 'template/syntax', file: 'templates/main.md.hbs', line, message });
    expect(d.column).toBe(column);
    expect(d.message).not.toMatch(/CLOSE|OPEN_|INVALID|EOF/);
  });

  it('names the partial, not the caller, when the problem is in a partial', () => {
    const r = render('{{> row}}', { d: 'x' }, [src('row', 'ok\n\n{{nonsense 1}}')]);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'template/unknown-helper', file: 'templates/row.md.hbs', line: 3 });
    const late = render('a\n{{> row}}', { n: 'x' }, [src('row', '\n{{number n}}')]);
    expect(late.diagnostics[0]).toMatchObject({ rule: 'template/runtime', file: 'templates/row.md.hbs', line: 2 });
  });

  it('reports every static problem at once', () => {
    const r = render('{{a 1}}\n{{b 2}}\n{{> c}}');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['template/unknown-helper', 'template/unknown-helper', 'template/missing-partial']);
  });

  it('leaves a missing plain value empty rather than failing', () => {
    expect(render('[{{nothing}}][{{plan.nothing.deeper}}]').output).toBe('[][]');
  });
});

describe('helpers', () => {
  const h = (text: string, data: object = {}) => {
    const r = render(text, data);
    expect(r.diagnostics).toEqual([]);
    return r.output;
  };
  const measures = [
    { title: 'B', status: 'ongoing', budgetRows: [{ year: 2027, operating: 1500, investment: 4000 }, { year: 2028, operating: -800 }] },
    { title: 'A', status: 'planned', budgetRows: [{ year: 2028, operating: 200 }, { year: 2031, operating: 999 }] },
  ];

  it('formats numbers, amounts, the amount unit and dates in nb', () => {
    expect(h('{{number 1500}} {{number -800}} {{number 4.5 decimals=2}}')).toBe('1\u00a0500 \u2212800 4,50');
    expect(h('{{amount 4500}}|{{amount 4500 compact=true}}|{{amount 2300000 compact=true}}|{{amount 0.8 compact=true}}')).toBe('4\u00a0500|kr 4,5 mill.|kr 2,3 mrd.|kr 800');
    expect(h('{{amount-unit}}')).toBe('beløp i 1000 kr');
    expect(h('{{date "2020-06-16"}} / {{date "2020-06-16" style="short"}}')).toBe('16. juni 2020 / 16.06.2020');
    expect(h('{{period p}}', { p: { start: 2027, end: 2030 } })).toBe('2027–2030');
  });

  it('sums budgets by year and by operating and investment, within the plan years', () => {
    expect(h('{{budget-sum m}} {{budget-sum m kind="operating"}} {{budget-sum m year=2028 kind="investment"}} {{budget-sum m year=2031}}', { m: measures })).toBe('4900 900 0 999');
    expect(h('{{#with (budget m)}}{{#each years}}{{year}}:{{operating}}/{{investment}}/{{total}} {{/each}}= {{total.total}}{{/with}}', { m: measures })).toBe(
      '2027:1500/4000/5500 2028:-600/0/-600 = 4900',
    );
  });

  it('looks up SDG targets and says an indicator status', () => {
    expect(h('{{sdg-target "3.a"}}')).toMatch(/^3\.a \S/);
    const ind = { direction: 'increase', baseline: { year: 2020, value: 10 }, targets: [{ year: 2030, value: 20 }], actuals: [{ year: 2025, value: 16 }] };
    expect(h('{{indicator-status i}} {{indicator-status i key=true}} {{indicator-status i year=2024}}', { i: ind })).toBe('I rute on-track Ingen data');
  });

  it('sorts, groups, filters and joins', () => {
    expect(h('{{#each (sort m "title")}}{{title}}{{/each}} {{#each (sort m "title" desc=true)}}{{title}}{{/each}}', { m: measures })).toBe('AB BA');
    expect(h('{{#each (group-by m "status")}}{{key}}={{length items}} {{/each}}', { m: measures })).toBe('ongoing=1 planned=1 ');
    expect(h('{{join (where m "status" "planned") ", " "title"}}', { m: measures })).toBe('A');
    expect(h('{{cell t}}', { t: 'a | b\nc' })).toBe('a | b c');
  });

  it('cell, in Markdown, is the one Markdown escaper: one line, `|` escaped, no HTML', () => {
    const r = renderTemplate({ template: src('main', '| {{cell t}} |'), partials: [] }, { t: 'a | <b>\n c' }, { ...ctx, format: 'md' });
    expect(r.output).toBe('| a \\| &lt;b&gt; c |');
  });
});
