import type { RepositoryRule } from './rule.js';

/**
 * A budget year outside the measure's period (or, without one, its plan's
 * period) is money the plan does not cover.
 */
export const budgetOutsidePeriod: RepositoryRule = {
  id: 'budget-outside-period',
  run(ctx) {
    for (const measure of ctx.repo.ofKind('Measure', true)) {
      const plan = ctx.repo.get(measure.data.plan, 'Plan');
      const period = measure.data.period ?? (plan?.valid ? plan.data.period : undefined);
      if (!period) continue;
      const whose = measure.data.period ? 'the measure' : `plan "${plan!.id}"`;
      (measure.data.budget ?? []).forEach((row, i) => {
        if (row.year >= period.start && row.year <= period.end) return;
        ctx.report(measure, ['budget', i, 'year'], 'value', {
          rule: this.id,
          message: `budget year ${row.year} is outside the period of ${whose} (${period.start}–${period.end})`,
          hint: 'move the amount to a year inside the period, or widen the period',
        });
      });
    }
  },
};

/** Two budget rows for one year leave it unclear which amount holds. */
export const budgetYearDuplicate: RepositoryRule = {
  id: 'budget-year-duplicate',
  run(ctx) {
    for (const measure of ctx.repo.ofKind('Measure', true)) {
      const seen = new Set<number>();
      (measure.data.budget ?? []).forEach((row, i) => {
        if (seen.has(row.year)) {
          ctx.report(measure, ['budget', i, 'year'], 'value', { rule: this.id, message: `budget year ${row.year} appears twice`, hint: 'merge the two rows into one' });
        }
        seen.add(row.year);
      });
    }
  },
};
