import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { planPeriod, yearLists } from './budget-shared.js';
import { ruleText } from '../context.js';

/** A budget year lies outside the measure's period or its plan's period, or a Budget row outside its plan's period. */
export const budgetOutsidePeriodInfo = defineRule({
  id: 'budget-outside-period',
  severity: 'error',
  configurable: true,
  summary: "A budget year lies outside the measure's period or its plan's period, or a Budget row outside its plan's period.",
  explanation: `
A budget year lies outside the measure's \`period\`. When the measure has no
period of its own, the period of its plan is used. Money is then planned for
a year that the measure or plan does not cover, usually because of a typo in
the year or a period that was not extended. The rule also covers a Budget:
an \`operating\` or \`investment\` row, or an amount of a frame change, for a
year outside the period of its handlingsprogram (the basis year belongs in
\`basisYear\` and \`frames[].base\`, not in a row).
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: [god-helse]
responsible: velferd
period: { start: 2027, end: 2029 }
budget:
  - { year: 2027, operating: 1500, investment: 4000 }
  - { year: 2028, operating: 1200 }
  - { year: 2030, operating: 800 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: [god-helse]
responsible: velferd
period: { start: 2027, end: 2030 }
budget:
  - { year: 2027, operating: 1500, investment: 4000 }
  - { year: 2028, operating: 1200 }
  - { year: 2030, operating: 800 }
`,
  },
});

/**
 * A budget year outside the measure's period (or, without one, its plan's
 * period) is money the plan does not cover.
 */
export const budgetOutsidePeriod: RepositoryRule = {
  id: budgetOutsidePeriodInfo.id,
  run(ctx) {
    for (const measure of ctx.repo.ofKind('Measure', true)) {
      const plan = ctx.repo.get(measure.data.plan, 'Plan');
      const period = measure.data.period ?? (plan?.valid ? plan.data.period : undefined);
      // A reversed period is period-reversed's one problem: no year fits it, so do not cascade.
      if (!period || period.end < period.start) continue;
      const own = measure.data.period !== undefined && measure.data.period !== null;
      (measure.data.budget ?? []).forEach((row, i) => {
        if (row.year >= period.start && row.year <= period.end) return;
        ctx.report(measure, ['budget', i, 'year'], 'value', {
          rule: this.id,
          message: own ? ruleText(ctx)['budget-outside-period'].measure(row.year, period.start, period.end) : ruleText(ctx)['budget-outside-period'].plan(row.year, plan!.id, period.start, period.end),
          hint: ruleText(ctx)['budget-outside-period'].measureHint,
        });
      });
    }
  },
};

/** A Budget row or frame change for a year outside its plan's period (the same rule as for measures). */
export const budgetRowOutsidePeriod: RepositoryRule = {
  id: budgetOutsidePeriodInfo.id,
  run(ctx) {
    for (const budget of ctx.repo.ofKind('Budget', true)) {
      const period = planPeriod(ctx.repo, budget);
      if (!period) continue;
      for (const { path, years } of yearLists(budget)) {
        years.forEach((year, i) => {
          if (year >= period.start && year <= period.end) return;
          ctx.report(budget, [...path, i, 'year'], 'value', {
            rule: this.id,
            message: ruleText(ctx)['budget-outside-period'].budget(year, period.id, period.start, period.end),
            hint: ruleText(ctx)['budget-outside-period'].budgetHint,
          });
        });
      }
    }
  },
};
