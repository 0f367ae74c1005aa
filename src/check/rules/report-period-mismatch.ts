import { defineRule } from '../../diagnostics/rule-info.js';
import { budgetOfPlan, framesOfYear } from '../../model/status-report/frames.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A StatusReport's period does not fit its type or its plan. */
export const reportPeriodMismatchInfo = defineRule({
  id: 'report-period-mismatch',
  severity: 'error',
  configurable: true,
  summary: "A StatusReport's period does not fit: a tertial report without a tertial, an annual one with one, or a year outside the plan.",
  explanation: `
The period does not fit the report: a tertial report needs \`tertial\` (1:
January–April, 2: May–August, 3: September–December), an annual report
(årsberetning) has none, and the year is a year of the plan's period or the
\`basisYear\` of its Budget (the adopted budget the økonomiplan was rolled
from, which the årsberetning before the plan's first year reports on).
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
period: { year: 2027 }   # which tertial?
asOf: 2027-04-30
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
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
`,
  },
});

/**
 * A period that does not fit the report: a tertial report without its tertial, an annual
 * report with one, or a year that is neither a year of the plan nor the basisYear of its
 * Budget (the adopted budget the årsberetning before the plan's first year reports on).
 */
export const reportPeriodMismatch: RepositoryRule = {
  id: reportPeriodMismatchInfo.id,
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const { type, period } = report.data;
      if (type === 'tertial' && (period.tertial === undefined || period.tertial === null)) {
        ctx.report(report, ['period'], 'value', { rule: this.id, message: ruleText(ctx)['report-period-mismatch'].needsTertial, hint: ruleText(ctx)['report-period-mismatch'].needsTertialHint });
        continue;
      }
      if (type === 'annual' && period.tertial !== undefined && period.tertial !== null) {
        ctx.report(report, ['period', 'tertial'], 'key', { rule: this.id, message: ruleText(ctx)['report-period-mismatch'].annualNoTertial, hint: ruleText(ctx)['report-period-mismatch'].annualNoTertialHint });
        continue;
      }
      const plan = reportPlan(ctx.repo, report);
      const planPeriod = plan?.data.period;
      if (!plan || !planPeriod || planPeriod.start > planPeriod.end) continue;
      if (period.year >= planPeriod.start && period.year <= planPeriod.end) continue;
      const basis = budgetOfPlan(ctx.repo, plan.id)?.data.basisYear;
      if (basis === period.year && framesOfYear(ctx.repo, plan.id, period.year)) continue;
      ctx.report(report, ['period', 'year'], 'value', {
        rule: this.id,
        message: ruleText(ctx)['report-period-mismatch'].notPlanYear(period.year, plan.id, planPeriod.start, planPeriod.end),
        hint: basis ? ruleText(ctx)['report-period-mismatch'].basisHint(basis) : ruleText(ctx)['report-period-mismatch'].planYearHint,
      });
    }
  },
};
