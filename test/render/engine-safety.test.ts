import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalog } from '../../src/catalog/catalog.js';
import { renderTemplate } from '../../src/output/templates/engine.js';
import type { TemplateSource } from '../../src/output/templates/template-sources.js';

const base = { locale: 'nb' as const, catalog: builtInCatalog(), amountUnit: 1000, currency: 'NOK', years: [2027] };
const src = (name: string, text: string): TemplateSource => ({ name, file: `templates/${name}.md.hbs`, text });
const render = (text: string, data: object, format: 'md' | 'html', limits?: { steps: number; chars: number }, partials: TemplateSource[] = []) =>
  renderTemplate({ template: src('main', text), partials }, data, { ...base, format }, limits);

afterEach(() => vi.restoreAllMocks());

describe('report templates: values escaped for the format (issue 13, findings 9 and 13)', () => {
  const title = 'Mål\n\n# Injected\n<img src=x onerror=alert(1)> ::add-mask::x ##[group] \u001b[2J\u202e';

  it('Markdown: one line, no HTML, CI commands broken, controls shown', () => {
    const out = render('# {{title}}\n\n- {{title}}\n', { title }, 'md').output!;
    expect(out).toBe(
      '# Mål # Injected &lt;img src=x onerror=alert(1)&gt; &#58;:add-mask&#58;:x &#35;#\\[group\\] \\u001b\\[2J\\u202e\n\n- Mål # Injected &lt;img src=x onerror=alert(1)&gt; &#58;:add-mask&#58;:x &#35;#\\[group\\] \\u001b\\[2J\\u202e\n',
    );
  });

  it('HTML: the one XML escaper (line breaks as references), {{{raw}}} values and template text without controls', () => {
    const out = render('<h1 title="{{title}}">{{title}}</h1>{{{title}}}\u0007', { title }, 'html').output!;
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(out).toContain('<h1 title="Mål&#10;&#10;# Injected&#10;&lt;img src&#61;x onerror&#61;alert(1)&gt; &#58;:add-mask');
    expect(out.endsWith('\\u001b[2J\\u202e\\u0007')).toBe(true);
  });

  it('has no log helper: {{log}} cannot write to the process stdout or stderr', () => {
    const spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'info'), vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'debug')];
    const r = render('{{log "::add-mask::secret" level="error"}}{{#each items}}{{log this}}{{/each}}', { items: ['\u001b[2J'] }, 'md');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['template/unknown-helper', 'template/unknown-helper']);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('report templates: a work budget (issue 13, finding 14)', () => {
  // Small enough that the same templates finish on a planverk without the budget (4^8 and 2^16 calls), large enough to pass these limits.
  const measures = Array.from({ length: 4 }, (_, i) => ({ title: `m${i}` }));
  const nested = (n: number): string => (n === 0 ? '{{title}}' : `{{#each @root.measures}}${nested(n - 1)}{{/each}}`);

  it('stops eight nested #each over @root.measures with template/work-limit at the innermost loop', () => {
    const r = render(`first line\n${nested(8)}`, { measures }, 'md', { steps: 10_000, chars: 1e9 });
    expect(r.output).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'template/work-limit', file: 'templates/main.md.hbs', line: 2, column: 1 + 7 * '{{#each @root.measures}}'.length })]);
  });

  it('counts inline and registered partials that call each other twice over many levels', () => {
    const levels = Array.from({ length: 16 }, (_, i) => `{{#*inline "p${i + 1}"}}{{> p${i}}}{{> (concat "p" ${i})}}{{/inline}}`).join('\n');
    const inline = render(`{{#*inline "p0"}}x{{/inline}}\n${levels}\n{{> p16}}`, {}, 'md', { steps: 10_000, chars: 1e9 });
    expect(inline.diagnostics.map((d) => d.rule)).toEqual(['template/work-limit']);
    const partials = Array.from({ length: 16 }, (_, i) => src(`q${i + 1}`, `{{> q${i}}}{{> q${i}}}`));
    const registered = render('{{> q16}}', {}, 'md', { steps: 10_000, chars: 1e9 }, [src('q0', 'x'), ...partials]);
    expect(registered.diagnostics.map((d) => d.rule)).toEqual(['template/work-limit']);
  });

  it('counts characters: helpers that double their input cannot fill the memory', () => {
    const doubling = `${'{{#with (concat this this)}}'.repeat(40)}{{length this}}${'{{/with}}'.repeat(40)}`;
    const r = render(`{{#with big}}${doubling}{{/with}}`, { big: 'x'.repeat(1000) }, 'md', { steps: 1e9, chars: 1e7 });
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['template/work-limit']);
  });

  it('lets the built-in kind of work through: each over a list, with its items counted', () => {
    const r = render('{{#each measures}}- {{title}}\n{{/each}}{{join measures ", " "title"}}', { measures }, 'md', { steps: 100, chars: 10_000 });
    expect(r.diagnostics).toEqual([]);
    expect(r.work).toEqual({ steps: 8, chars: expect.any(Number) });
  });
});
