import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/catalog/catalog.js';
import { STATUS_FORMATTERS } from '../../src/output/status/index.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { buildScorecard } from '../../src/model/scorecard.js';
import { traceRepository } from '../../src/model/trace.js';
import { renderTemplate } from '../../src/output/templates/engine.js';
import { renderTraceMarkdown } from '../../src/output/markdown-views/trace-markdown.js';
import { findTemplates } from '../../src/output/templates/template-sources.js';
import { checkTree, BASE } from '../helpers/tree.js';

/*
 * Issue 13, finding 12: spreading a big array into a call (push(...rows),
 * Math.min(...values), Math.max(w, ...rows)) overflows the call stack ("Maximum call
 * stack size exceeded", exit 2). An indicator may hold 200,000 actuals (repeated
 * years are an indicator-years-order error, not a schema error, so it reaches
 * every view), a focus area as many indicators, a repository as many gaps; V8 takes
 * some 125,000 arguments, so 150,000 is enough. The
 * views are built from the small tree and then grown, so the test stays fast.
 */
const N = 150_000;
const { repo } = checkTree(BASE);
const points = Array.from({ length: N }, (_, i) => ({ year: 2000 + (i % 30), value: i % 97 }));

describe('views of 150,000 items', () => {
  it('plan status: a sparkline of 150,000 actuals and a table of 150,000 rows', () => {
    const card = buildScorecard(repo, { year: 2021, today: '2026-06-15' });
    const goal = card.plans[0]!.focusAreas[0]!.goals[0]!;
    const indicator = goal.indicators[0]!;
    goal.indicators = Array.from({ length: N }, (_, i) => ({ ...indicator, id: `i${i}`, series: i === 0 ? points : indicator.series }));
    for (const format of ['text', 'md'] as const) {
      const text = STATUS_FORMATTERS[format](card, { locale: 'nb', color: false });
      expect(text.split('\n').length, format).toBeGreaterThan(N);
    }
  });

  it('plan report --format html: the chart of an indicator with 150,000 actuals', () => {
    const catalog = builtInCatalog();
    const model = resolveReport(repo, catalog, { planId: 'hp', locale: 'nb' })!;
    const indicator = model.indicators[0]!;
    indicator.actuals = points;
    const set = findTemplates('handlingsprogram', 'html', 'nb', { root: '/nonexistent-planverk-repository' }, '/')!;
    const r = renderTemplate(set, model, { locale: 'nb', catalog, amountUnit: 1000, currency: 'NOK', years: model.years, format: 'html' });
    expect(r.diagnostics).toEqual([]);
    expect(r.output).toContain('class="planverk-chart"');
  });

  it('plan trace: 150,000 goals without indicators', () => {
    const trace = traceRepository(repo, builtInCatalog(), 'nb');
    trace.gaps.goalsWithoutIndicators = Array.from({ length: N }, (_, i) => ({ id: `g${i}`, title: `Mål ${i}` }));
    expect(renderTraceMarkdown(trace, 'nb')).toContain('- Mål 149999 (`g149999`)');
  });
});
