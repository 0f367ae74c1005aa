import { framesOfYear } from '../../model/status-report/frames.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';

/**
 * A report names a measure of another plan, a benefit of a measure of another plan, or a
 * unit without a frame in the plan's Budget for the report's year: a report reports on
 * its own handlingsprogram only, and a forecast needs a frame to be measured against.
 * Unknown ids are ref/unknown-id; this rule sees only ids that resolve.
 */
export const reportOutsidePlan: RepositoryRule = {
  id: 'report-outside-plan',
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const plan = reportPlan(ctx.repo, report);
      if (!plan) continue;
      (report.data.measures ?? []).forEach((entry, i) => {
        const measure = ctx.repo.get(entry.measure, 'Measure');
        if (!measure?.valid || measure.data.plan === plan.id) return;
        ctx.report(report, ['measures', i, 'measure'], 'value', { rule: this.id, message: `measure "${measure.id}" belongs to ${measure.data.plan ? `plan "${measure.data.plan}"` : 'no plan'}, not to "${plan.id}"`, hint: 'report a measure in the reports of its own plan' });
      });
      (report.data.benefits ?? []).forEach((entry, i) => {
        const benefit = ctx.repo.get(entry.benefit, 'Benefit');
        const measure = benefit?.valid ? ctx.repo.get(benefit.data.measure, 'Measure') : undefined;
        if (!measure?.valid || measure.data.plan === plan.id) return;
        ctx.report(report, ['benefits', i, 'benefit'], 'value', { rule: this.id, message: `benefit "${benefit!.id}" comes from measure "${measure.id}", which is not a measure of "${plan.id}"`, hint: 'report a benefit in the reports of the plan of its measure' });
      });
      const frames = framesOfYear(ctx.repo, plan.id, report.data.period.year);
      if (!frames) continue;
      (report.data.units ?? []).forEach((entry, i) => {
        if (frames.frames.has(entry.unit) || !ctx.repo.unitIds().has(entry.unit)) return;
        ctx.report(report, ['units', i, 'unit'], 'value', { rule: this.id, message: `unit "${entry.unit}" has no frame in ${frames.year} in Budget "${frames.budget}"`, hint: `units with a frame: ${[...frames.frames.keys()].join(', ') || 'none'}` });
      });
    }
  },
};
