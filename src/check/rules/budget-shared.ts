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
 * The valid Budgets whose sums mean something: their plan is a valid handlingsprogram,
 * and every measure that names the plan passed its schema. For another plan the
 * measures and years would be the wrong ones (ref/unknown-id or ref/plan-type says what
 * to fix); with an invalid measure its money would be missing from the frames, and one
 * typo in a measure would become a balance error in every year.
 */
export function checkedBudgets(repo: Repository): Entry<'Budget'>[] {
  const incomplete = new Set(repo.ofKind('Measure').flatMap((m) => (!m.valid && typeof (m.data as { plan?: unknown } | null)?.plan === 'string' ? [m.data.plan as string] : [])));
  return repo.ofKind('Budget', true).filter((b) => planPeriod(repo, b) !== undefined && !incomplete.has(b.data.plan));
}

/** The year lists of a Budget: its two kinds of row, and the amounts of each frame change. */
export function yearLists(budget: Entry<'Budget'>): { path: (string | number)[]; years: number[] }[] {
  const lists: { path: (string | number)[]; years: number[] }[] = [
    { path: ['operating'], years: budget.data.operating.map((r) => r.year) },
    { path: ['investment'], years: budget.data.investment.map((r) => r.year) },
  ];
  (budget.data.frames ?? []).forEach((frame, f) =>
    (frame.changes ?? []).forEach((change, c) => lists.push({ path: ['frames', f, 'changes', c, 'amounts'], years: change.amounts.map((a) => a.year) })),
  );
  return lists;
}
