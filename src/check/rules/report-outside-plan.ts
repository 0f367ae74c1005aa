import { defineRule } from '../../diagnostics/rule-info.js';
import { framesOfYear } from '../../model/status-report/frames.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';

/** A StatusReport names something that is not part of its plan. */
export const reportOutsidePlanInfo = defineRule({
  id: 'report-outside-plan',
  severity: 'error',
  configurable: true,
  summary: "A StatusReport names a measure or benefit of another plan, or a unit without a frame in the plan's Budget that year.",
  explanation: `
A report reports on its own handlingsprogram only: every measure is a
measure of that plan, every benefit comes from one, and every unit has a
frame in the plan's Budget in the report's year (a forecast needs a frame to
be measured against). Ids that do not exist at all are \`ref/unknown-id\`.
`,
  bad: {
    lang: 'yaml',
    text: `
# reports/tertial-1-2027.yaml
kind: StatusReport
id: tertial-1-2027
title: 1. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 1 }
asOf: 2027-04-30
units:
  - { unit: velferd, forecast: 1500 }
  - { unit: oppvekst, forecast: 800 }   # the Budget has no frame for oppvekst
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# reports/tertial-1-2027.yaml
kind: StatusReport
id: tertial-1-2027
title: 1. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 1 }
asOf: 2027-04-30
units:
  - { unit: velferd, forecast: 1500 }
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
`,
  },
});

/**
 * A report names a measure of another plan, a benefit of a measure of another plan, or a
 * unit without a frame in the plan's Budget for the report's year: a report reports on
 * its own handlingsprogram only, and a forecast needs a frame to be measured against.
 * Unknown ids are ref/unknown-id; this rule sees only ids that resolve.
 */
export const reportOutsidePlan: RepositoryRule = {
  id: reportOutsidePlanInfo.id,
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
