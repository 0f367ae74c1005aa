import { toPlain, type Decimal } from '../../model/okonomiplan/decimal.js';
import type { Entry, Repository } from '../../model/repository.js';

/** An amount in a message: the exact decimal, in the Workspace's amountUnit, as the planner wrote amounts. */
export function amountText(d: Decimal): string {
  return toPlain(d);
}

/** The period of a Budget's plan, when the plan is a valid Plan with a period that runs forward. */
export function planPeriod(repo: Repository, budget: Entry<'Budget'>): { start: number; end: number; id: string } | undefined {
  const plan = repo.get(budget.data.plan, 'Plan');
  const period = plan?.valid ? plan.data.period : undefined;
  return period && period.start <= period.end ? { start: period.start, end: period.end, id: plan!.id } : undefined;
}
