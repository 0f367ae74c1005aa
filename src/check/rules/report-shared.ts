import type { Entry, Repository } from '../../model/repository.js';

/**
 * The handlingsprogram a valid StatusReport reports on, when that plan is valid and of
 * that type; for any other plan ref/unknown-id or ref/plan-type is the one problem to report.
 */
export function reportPlan(repo: Repository, report: Entry<'StatusReport'>): Entry<'Plan'> | undefined {
  const plan = repo.get(report.data.plan, 'Plan');
  return plan?.valid && plan.data.type === 'handlingsprogram' ? plan : undefined;
}

/** Whether a measure runs in `year`: its own period, else its plan's period, includes it. */
export function activeIn(measure: Entry<'Measure'>, year: number, plan: Entry<'Plan'>): boolean {
  const p = measure.data.period ?? plan.data.period;
  return !p || (p.start <= year && year <= p.end);
}
