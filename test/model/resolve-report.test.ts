import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { expectedPlan, PLAN_ID, YEARS } from '../helpers/example-data.js';
import { EXAMPLE } from '../helpers/run.js';

const { repo, catalog } = checkRepository(loadRepository(EXAMPLE));
const model = resolveReport(repo, catalog, { planId: PLAN_ID, locale: 'nb' })!;
const expected = expectedPlan();

describe('resolveReport for the handlingsprogram', () => {
  it('borrows vision, focus areas and goals from the samfunnsdel it belongs to', () => {
    expect(model.source.id).toBe(expected.plan.parent);
    expect(model.source.vision).toBeTruthy();
    expect(model.years).toEqual(YEARS);
    expect(model.goals.map((g) => g.id).sort()).toEqual(expected.goals.map((g) => g.id).sort());
    expect(model.measures.map((m) => m.id).sort()).toEqual(expected.measures.map((m) => m.id).sort());
  });

  it('joins goals to focus areas, SDG titles, indicators with status and measures', () => {
    const goal = model.goals.find((g) => g.id === 'god-helse')!;
    expect(goal.focusArea?.id).toBe('tjenester');
    expect(goal.sdgTargets[0]).toMatchObject({ id: '3.4', prioritised: true });
    expect(goal.sdgTargets[0]!.title).not.toBe('3.4');
    expect(goal.indicators.map((i) => i.id)).toEqual(['fysisk-aktive-ungdom', 'reinnleggelser']);
    expect(goal.indicators.every((i) => i.status !== undefined)).toBe(true);
    expect(goal.measures.map((m) => m.id)).toContain('digital-hjemmeoppfolging');
  });

  it('counts each measure budget in one focus area, so the areas add up to the plan', () => {
    const byYear = YEARS.map((_, i) => model.focusAreas.reduce((s, f) => s + f.budget.years[i]!.total, 0));
    expect(byYear).toEqual(expected.perYear.map((y) => y.total));
    expect(model.budget.total).toEqual(expected.total);
  });

  it('finds the materiality assessment through the parent plan', () => {
    expect(model.materiality?.id).toBe('vesentlighet-2019');
  });

  it('lists measures without budget as open questions', () => {
    expect(model.openQuestions.withoutBudget.map((m) => m.id)).toEqual(expected.measures.filter((m) => !(m.budget ?? []).length).map((m) => m.id));
  });

  it('returns undefined for an unknown plan', () => {
    expect(resolveReport(repo, catalog, { planId: 'nope', locale: 'nb' })).toBeUndefined();
  });
});

describe('resolveReport with a measure outside every focus area', () => {
  it('keeps its budget in a row of its own, so the summary adds up', async () => {
    const { copyExample } = await import('../helpers/run.js');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = copyExample();
    const file = join(dir, 'goals/innovasjon.yaml');
    // A goal without a focus area, and a measure that serves only that goal.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^focusArea: innovasjon\n/m, ''));
    writeFileSync(
      join(dir, 'measures/ekstra.yaml'),
      `kind: Measure\nid: ekstra\ntitle: Ekstra\nplan: ${PLAN_ID}\ngoals: [smart-kommune]\nresponsible: velferd\nperiod: { start: 2027, end: 2028 }\nbudget:\n  - { year: 2027, operating: 100, investment: 50 }\n`,
    );
    const r = checkRepository(loadRepository(dir));
    const m = resolveReport(r.repo, r.catalog, { planId: PLAN_ID, locale: 'nb' })!;
    expect(m.goalsWithoutFocusArea.map((g) => g.id)).toContain('smart-kommune');
    const areas = m.focusAreas.reduce((s, f) => s + f.budget.total.total, 0);
    expect(m.budgetWithoutFocusArea?.total).toMatchObject({ operating: 100, investment: 50 });
    expect(areas + m.budgetWithoutFocusArea!.total.total).toBe(m.budget.total.total);
    // The new measure's money is in no line of the example's økonomiplan: only its balance rules object.
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['budget-unbalanced', 'budget-investment-unbalanced']);
  });
});
