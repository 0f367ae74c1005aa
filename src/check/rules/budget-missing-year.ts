import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { planPeriod } from './budget-shared.js';
import { ruleText } from '../context.js';

/** A plan year has no operating or no investment row in the Budget. */
export const budgetMissingYearInfo = defineRule({
  id: 'budget-missing-year',
  severity: 'error',
  configurable: true,
  summary: 'A plan year has no operating or no investment row in the Budget.',
  explanation: `
A year of the Budget's plan has no \`operating\` row or no \`investment\` row.
The økonomiplan covers every year of the handlingsprogram (kommuneloven
§ 14-4), so a missing year is an unplanned year, not a year of zeros. The
problem is reported at the \`operating\` or \`investment\` key, once per
missing year. A Budget whose plan is not a handlingsprogram is reported by
\`ref/plan-type\` instead.
`,
  bad: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml
kind: Budget
id: okonomiplan-2027-2030
title: Økonomiplan 2027–2030
plan: handlingsprogram-2027-2030
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500 }   # the measures' operating budget 2027 is 1500
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 4000 }
  - { year: 2028 }
  - { year: 2029 }                                 # no row for 2030
`,
  },
  good: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml
kind: Budget
id: okonomiplan-2027-2030
title: Økonomiplan 2027–2030
plan: handlingsprogram-2027-2030
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500 }   # the measures' operating budget 2027 is 1500
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 4000 }                # the measures' investments 2027 are 4000
  - { year: 2028 }
  - { year: 2029 }
  - { year: 2030 }
`,
  },
});

/** A plan year without an operating or an investment row: the økonomiplan covers every year of its plan. */
export const budgetMissingYear: RepositoryRule = {
  id: budgetMissingYearInfo.id,
  run(ctx) {
    for (const budget of ctx.repo.ofKind('Budget', true)) {
      const period = planPeriod(ctx.repo, budget);
      if (!period) continue;
      for (const side of ['operating', 'investment'] as const) {
        const years = new Set(budget.data[side].map((r) => r.year));
        for (let year = period.start; year <= period.end; year++) {
          if (years.has(year)) continue;
          ctx.report(budget, [side], 'key', {
            rule: this.id,
            message: ruleText(ctx)['budget-missing-year'].missing(year, side),
            hint: ruleText(ctx)['budget-missing-year'].hint(year, side, period.id, period.start, period.end),
          });
        }
      }
    }
  },
};
