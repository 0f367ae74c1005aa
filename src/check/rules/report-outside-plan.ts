import { defineRule } from '../../diagnostics/rule-info.js';
import { framesOfYear } from '../../model/status-report/frames.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

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
        ctx.report(report, ['measures', i, 'measure'], 'value', { rule: this.id, message: ruleText(ctx)['report-outside-plan'].measure(measure.id, measure.data.plan ?? undefined, plan.id), hint: ruleText(ctx)['report-outside-plan'].measureHint });
      });
      (report.data.benefits ?? []).forEach((entry, i) => {
        const benefit = ctx.repo.get(entry.benefit, 'Benefit');
        const measure = benefit?.valid ? ctx.repo.get(benefit.data.measure, 'Measure') : undefined;
        if (!measure?.valid || measure.data.plan === plan.id) return;
        ctx.report(report, ['benefits', i, 'benefit'], 'value', { rule: this.id, message: ruleText(ctx)['report-outside-plan'].benefit(benefit!.id, measure.id, plan.id), hint: ruleText(ctx)['report-outside-plan'].benefitHint });
      });
      const frames = framesOfYear(ctx.repo, plan.id, report.data.period.year);
      if (!frames) continue;
      (report.data.units ?? []).forEach((entry, i) => {
        if (frames.frames.has(entry.unit) || !ctx.repo.unitIds().has(entry.unit)) return;
        ctx.report(report, ['units', i, 'unit'], 'value', { rule: this.id, message: ruleText(ctx)['report-outside-plan'].unit(entry.unit, frames.year, frames.budget), hint: ruleText(ctx)['report-outside-plan'].unitHint([...frames.frames.keys()].join(', ') || ruleText(ctx).common.none) });
      });
    }
  },
};
