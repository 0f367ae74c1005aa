import { dec, isZero } from '../../model/okonomiplan/decimal.js';
import type { Entry } from '../../model/repository.js';
import { planPeriod } from './budget-shared.js';
import type { RepositoryRule } from './rule.js';

/** Two Budgets for one plan: a plan has one økonomiplan, and `plan budget` could not tell which holds. */
export const budgetPlanDuplicate: RepositoryRule = {
  id: 'budget-plan-duplicate',
  run(ctx) {
    const first = new Map<string, Entry<'Budget'>>();
    for (const budget of ctx.repo.ofKind('Budget', true)) {
      const seen = first.get(budget.data.plan);
      if (!seen) {
        first.set(budget.data.plan, budget);
        continue;
      }
      ctx.report(budget, ['plan'], 'value', {
        rule: this.id,
        message: `plan "${budget.data.plan}" already has the Budget "${seen.id}"`,
        hint: `one Budget per plan (${seen.doc.source.path}); merge the two, or point this one at its own handlingsprogram`,
      });
    }
  },
};

/**
 * A measure of a plan with a Budget that has an operating budget in the plan years but
 * no responsible unit: frames are per unit, so its money would be in no frame and the
 * økonomiplan would not balance what it spends.
 */
export const budgetMeasureWithoutUnit: RepositoryRule = {
  id: 'budget-measure-without-unit',
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
        message: `measure "${measure.id}" has an operating budget but no responsible unit, so it is in no frame of Budget "${budget.id}"`,
        hint: 'set responsible to the Workspace unit whose frame pays for it',
      });
    }
  },
};
