import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { planPeriod } from './budget-shared.js';

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
# okonomiplan/okonomiplan-2027-2030.yaml (plan: handlingsprogram-2027-2030)
investment:
  - { year: 2027, borrowing: 417200, transferFromOperating: 25000 }
  - { year: 2028, borrowing: 440500, transferFromOperating: 25000 }
  - { year: 2029, borrowing: 403000, transferFromOperating: 30000 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml (plan: handlingsprogram-2027-2030)
investment:
  - { year: 2027, borrowing: 417200, transferFromOperating: 25000 }
  - { year: 2028, borrowing: 440500, transferFromOperating: 25000 }
  - { year: 2029, borrowing: 403000, transferFromOperating: 30000 }
  - { year: 2030, borrowing: 360500, transferFromOperating: 30000 }
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
            message: `plan year ${year} has no ${side} row`,
            hint: `add "- year: ${year}" with its amounts to ${side}: the økonomiplan covers every year of plan "${period.id}" (${period.start}–${period.end})`,
          });
        }
      }
    }
  },
};
