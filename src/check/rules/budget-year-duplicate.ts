import type { Entry } from '../../model/repository.js';
import type { RuleId } from '../../diagnostics/rules.js';
import type { CheckContext } from '../context.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { yearLists } from './budget-shared.js';
import { ruleText } from '../context.js';

/** A measure, or a list of rows in a Budget, has two rows for the same year. */
export const budgetYearDuplicateInfo = defineRule({
  id: 'budget-year-duplicate',
  severity: 'error',
  configurable: true,
  summary: 'A measure, or a list of rows in a Budget, has two rows for the same year.',
  explanation: `
A measure has two budget rows for the same year. Nobody can tell whether
the amounts are meant to be added or whether one row replaces the other.
The rule also covers a Budget: two \`operating\` rows, two \`investment\` rows,
or two amounts of one frame change for the same year (the økonomiplan counts
the first).
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
  - { year: 2027, operating: 1500 }
  - { year: 2027, investment: 4000 }
  - { year: 2028, operating: 1200 }
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
period: { start: 2027, end: 2029 }
budget:
  - { year: 2027, operating: 1500, investment: 4000 }
  - { year: 2028, operating: 1200 }
`,
  },
});

/** Two budget rows for one year leave it unclear which amount holds. */
export const budgetYearDuplicate: RepositoryRule = {
  id: budgetYearDuplicateInfo.id,
  run(ctx) {
    for (const measure of ctx.repo.ofKind('Measure', true)) {
      const seen = new Set<number>();
      (measure.data.budget ?? []).forEach((row, i) => {
        if (seen.has(row.year)) {
          ctx.report(measure, ['budget', i, 'year'], 'value', { rule: this.id, message: ruleText(ctx)['budget-year-duplicate'].measure(row.year), hint: ruleText(ctx)['budget-year-duplicate'].hint });
        }
        seen.add(row.year);
      });
    }
  },
};

/** Two rows for one year in a Budget (operating, investment, or one frame change): which amount holds is unclear. */
export const budgetRowYearDuplicate: RepositoryRule = {
  id: budgetYearDuplicateInfo.id,
  run(ctx) {
    for (const budget of ctx.repo.ofKind('Budget', true)) reportRepeats(ctx, budget, this.id);
  },
};

function reportRepeats(ctx: CheckContext, budget: Entry<'Budget'>, rule: RuleId): void {
  for (const { path, years } of yearLists(budget)) {
    const seen = new Set<number>();
    years.forEach((year, i) => {
      if (seen.has(year)) ctx.report(budget, [...path, i, 'year'], 'value', { rule, message: ruleText(ctx)['budget-year-duplicate'].year(year), hint: ruleText(ctx)['budget-year-duplicate'].hint });
      seen.add(year);
    });
  }
}
