import { dec, isZero } from '../../model/okonomiplan/decimal.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { planPeriod } from './budget-shared.js';
import { ruleText } from '../context.js';

/** A measure of a Budget's plan has an operating budget but no responsible unit, so it is in no frame. */
export const budgetMeasureWithoutUnitInfo = defineRule({
  id: 'budget-measure-without-unit',
  severity: 'error',
  configurable: true,
  summary: "A measure of a Budget's plan has an operating budget but no responsible unit, so it is in no frame.",
  explanation: `
A measure of a plan that has a Budget has an operating budget in the plan
years but no \`responsible\` unit. The frames of the økonomiplan are per unit,
and a measure's operating budget is added to the frame of its responsible
unit, so this money would be in no frame and the balance would leave it out.
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/innbyggertorg.yaml
kind: Measure
id: innbyggertorg
title: Innbyggertorg i alle kommunedelsentre
plan: handlingsprogram-2027-2030
goals: [god-helse]
budget:
  - { year: 2027, operating: 9500 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# measures/innbyggertorg.yaml
kind: Measure
id: innbyggertorg
title: Innbyggertorg i alle kommunedelsentre
plan: handlingsprogram-2027-2030
goals: [god-helse]
responsible: oppvekst
budget:
  - { year: 2027, operating: 9500 }
`,
  },
});

/**
 * A measure of a plan with a Budget that has an operating budget in the plan years but
 * no responsible unit: frames are per unit, so its money would be in no frame and the
 * økonomiplan would not balance what it spends.
 */
export const budgetMeasureWithoutUnit: RepositoryRule = {
  id: budgetMeasureWithoutUnitInfo.id,
  run(ctx) {
    const budgets = new Map(ctx.repo.ofKind('Budget', true).map((b) => [b.data.plan, b]));
    for (const measure of ctx.repo.ofKind('Measure', true)) {
      const budget = measure.data.plan ? budgets.get(measure.data.plan) : undefined;
      if (!budget || measure.data.responsible) continue;
      const period = planPeriod(ctx.repo, budget);
      const inPlan = (measure.data.budget ?? []).filter((r) => !period || (r.year >= period.start && r.year <= period.end));
      if (inPlan.every((r) => isZero(dec(r.operating)))) continue;
      ctx.report(measure, ['budget'], 'key', {
        rule: this.id,
        message: ruleText(ctx)['budget-measure-without-unit'].noUnit(measure.id, budget.id),
        hint: ruleText(ctx)['budget-measure-without-unit'].hint,
      });
    }
  },
};
