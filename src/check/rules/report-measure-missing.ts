import { defineRule } from '../../diagnostics/rule-info.js';
import { activeIn, reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** An ongoing or planned measure of the plan is not in the StatusReport. */
export const reportMeasureMissingInfo = defineRule({
  id: 'report-measure-missing',
  severity: 'warning',
  configurable: true,
  summary: 'An ongoing or planned measure of the plan, running in the year, is not in the StatusReport.',
  explanation: `
An ongoing or planned measure of the plan that runs in the report's year
(its own period, else the plan's) has no entry under \`measures\`, so the
council does not hear how it goes. Done and cancelled measures need none.
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
# no entry for digital-hjemmeoppfolging (ongoing, 2027–2029)
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
  - { measure: digital-hjemmeoppfolging, progress: at-risk, comment: Leverandøren er forsinket }
`,
  },
});

/**
 * An ongoing or planned measure of the plan, running in the report's year, that the
 * report does not mention: the council would not hear how it goes.
 */
export const reportMeasureMissing: RepositoryRule = {
  id: reportMeasureMissingInfo.id,
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
          message: ruleText(ctx)['report-measure-missing'].missing(measure.id, status),
          hint: ruleText(ctx)['report-measure-missing'].hint(measure.id),
        });
      }
    }
  },
};
