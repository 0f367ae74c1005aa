import type { Entry } from '../../model/repository.js';
import type { CheckContext } from '../context.js';
import { planPeriod } from './budget-shared.js';
import type { RepositoryRule } from './rule.js';

/** The year lists of a Budget: its two kinds of row, and the amounts of each frame change. */
function yearLists(budget: Entry<'Budget'>): { path: (string | number)[]; years: number[] }[] {
  const lists: { path: (string | number)[]; years: number[] }[] = [
    { path: ['operating'], years: budget.data.operating.map((r) => r.year) },
    { path: ['investment'], years: budget.data.investment.map((r) => r.year) },
  ];
  (budget.data.frames ?? []).forEach((frame, f) =>
    (frame.changes ?? []).forEach((change, c) => lists.push({ path: ['frames', f, 'changes', c, 'amounts'], years: change.amounts.map((a) => a.year) })),
  );
  return lists;
}

/** A plan year without an operating or an investment row: the økonomiplan covers every year of its plan. */
export const budgetMissingYear: RepositoryRule = {
  id: 'budget-missing-year',
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

/** A Budget row or frame change for a year outside its plan's period (the same rule as for measures). */
export const budgetRowOutsidePeriod: RepositoryRule = {
  id: 'budget-outside-period',
  run(ctx) {
    for (const budget of ctx.repo.ofKind('Budget', true)) {
      const period = planPeriod(ctx.repo, budget);
      if (!period) continue;
      for (const { path, years } of yearLists(budget)) {
        years.forEach((year, i) => {
          if (year >= period.start && year <= period.end) return;
          ctx.report(budget, [...path, i, 'year'], 'value', {
            rule: this.id,
            message: `year ${year} is outside the period of plan "${period.id}" (${period.start}–${period.end})`,
            hint: 'the økonomiplan holds the plan years only; the basis year goes in basisYear and frames[].base',
          });
        });
      }
    }
  },
};

/** Two rows for one year in a Budget (operating, investment, or one frame change): which amount holds is unclear. */
export const budgetRowYearDuplicate: RepositoryRule = {
  id: 'budget-year-duplicate',
  run(ctx) {
    for (const budget of ctx.repo.ofKind('Budget', true)) reportRepeats(ctx, budget, this.id);
  },
};

function reportRepeats(ctx: CheckContext, budget: Entry<'Budget'>, rule: string): void {
  for (const { path, years } of yearLists(budget)) {
    const seen = new Set<number>();
    years.forEach((year, i) => {
      if (seen.has(year)) ctx.report(budget, [...path, i, 'year'], 'value', { rule, message: `year ${year} appears twice`, hint: 'merge the two rows into one' });
      seen.add(year);
    });
  }
}
