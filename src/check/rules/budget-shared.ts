import { toPlain, type Decimal } from '../../model/okonomiplan/decimal.js';
import type { Entry, Repository } from '../../model/repository.js';

/** An amount in a message: the exact decimal, in the Workspace's amountUnit, as the planner wrote amounts. */
export function amountText(d: Decimal): string {
  return toPlain(d);
}

/**
 * The period of a Budget's plan, when the plan is a valid handlingsprogram with a period
 * that runs forward. For any other plan ref/plan-type is the one problem to report: the
 * years of a kommuneplan are not the years of an økonomiplan.
 */
export function planPeriod(repo: Repository, budget: Entry<'Budget'>): { start: number; end: number; id: string } | undefined {
  const plan = repo.get(budget.data.plan, 'Plan');
  const period = plan?.valid && plan.data.type === 'handlingsprogram' ? plan.data.period : undefined;
  return period && period.start <= period.end ? { start: period.start, end: period.end, id: plan!.id } : undefined;
}

/**
 * The valid Budgets whose plan is a valid handlingsprogram: the ones whose sums mean
 * something. For another plan the measures and years would be the wrong ones, and
 * ref/unknown-id or ref/plan-type already says what to fix.
 */
export function checkedBudgets(repo: Repository): Entry<'Budget'>[] {
  return repo.ofKind('Budget', true).filter((b) => planPeriod(repo, b) !== undefined);
}
