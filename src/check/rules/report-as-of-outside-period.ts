import { defineRule } from '../../diagnostics/rule-info.js';
import { periodDays } from '../../model/status-report/period.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A StatusReport's asOf lies outside the period it reports on. */
export const reportAsOfOutsidePeriodInfo = defineRule({
  id: 'report-as-of-outside-period',
  severity: 'error',
  configurable: true,
  summary: "A StatusReport's asOf lies outside the tertial or year it reports on.",
  explanation: `
\`asOf\`, the day the figures are as of, lies outside the period reported on:
the figures would belong to another tertial or year. A tertial report is
usually as of the last day of its tertial (30 April, 31 August, 31
December), an årsberetning as of 31 December.
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
asOf: 2027-05-15   # the first tertial ends on 30 April
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

/** An asOf outside the period reported on: the figures would be of another tertial or year. */
export const reportAsOfOutsidePeriod: RepositoryRule = {
  id: reportAsOfOutsidePeriodInfo.id,
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      if (report.data.type === 'tertial' && !report.data.period.tertial) continue; // report-period-mismatch
      const { from, to } = periodDays(report.data);
      const asOf = report.data.asOf;
      if (asOf >= from && asOf <= to) continue;
      ctx.report(report, ['asOf'], 'value', {
        rule: this.id,
        message: ruleText(ctx)['report-as-of-outside-period'].outside(asOf, from, to),
        hint: report.data.type === 'tertial' ? ruleText(ctx)['report-as-of-outside-period'].tertialHint(to) : ruleText(ctx)['report-as-of-outside-period'].annualHint(to),
      });
    }
  },
};
