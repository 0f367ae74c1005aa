import { activeIn, reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';

/**
 * An ongoing or planned measure of the plan, running in the report's year, that the
 * report does not mention: the council would not hear how it goes.
 */
export const reportMeasureMissing: RepositoryRule = {
  id: 'report-measure-missing',
  run(ctx) {
    const measures = ctx.repo.ofKind('Measure', true);
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const plan = reportPlan(ctx.repo, report);
      if (!plan) continue;
      const listed = new Set((report.data.measures ?? []).map((m) => m.measure));
      for (const measure of measures) {
        if (measure.data.plan !== plan.id || listed.has(measure.id)) continue;
        const status = measure.data.status ?? 'planned';
        if ((status !== 'ongoing' && status !== 'planned') || !activeIn(measure, report.data.period.year, plan)) continue;
        ctx.report(report, report.data.measures ? ['measures'] : ['plan'], 'key', {
          rule: this.id,
          message: `measure "${measure.id}" (${status}) is not in the report`,
          hint: `add { measure: ${measure.id}, progress: … } to measures`,
        });
      }
    }
  },
};
