import { framesOfYear } from '../../model/status-report/frames.js';
import { periodDays } from '../../model/status-report/period.js';
import { budgetOfPlan } from '../../model/status-report/frames.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';

/**
 * A period that does not fit the report: a tertial report without its tertial, an annual
 * report with one, or a year that is neither a year of the plan nor the basisYear of its
 * Budget (the adopted budget the årsberetning before the plan's first year reports on).
 */
export const reportPeriodMismatch: RepositoryRule = {
  id: 'report-period-mismatch',
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const { type, period } = report.data;
      if (type === 'tertial' && (period.tertial === undefined || period.tertial === null)) {
        ctx.report(report, ['period'], 'value', { rule: this.id, message: 'a tertial report needs its tertial', hint: 'period: { year: 2027, tertial: 1 } (1: January–April, 2: May–August, 3: September–December)' });
        continue;
      }
      if (type === 'annual' && period.tertial !== undefined && period.tertial !== null) {
        ctx.report(report, ['period', 'tertial'], 'key', { rule: this.id, message: 'an annual report covers the whole year and has no tertial', hint: 'leave out tertial, or make the report type: tertial' });
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
        message: `${period.year} is not a year of plan "${plan.id}" (${planPeriod.start}–${planPeriod.end})`,
        hint: basis ? `the plan's years, or its Budget's basisYear ${basis}` : "a year of the plan's period",
      });
    }
  },
};

/** An asOf outside the period reported on: the figures would be of another tertial or year. */
export const reportAsOfOutsidePeriod: RepositoryRule = {
  id: 'report-as-of-outside-period',
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      if (report.data.type === 'tertial' && !report.data.period.tertial) continue; // report-period-mismatch
      const { from, to } = periodDays(report.data);
      const asOf = report.data.asOf;
      if (asOf >= from && asOf <= to) continue;
      ctx.report(report, ['asOf'], 'value', {
        rule: this.id,
        message: `asOf ${asOf} lies outside the period reported on (${from} to ${to})`,
        hint: report.data.type === 'tertial' ? `the last day of the tertial, ${to}, is the usual asOf` : `the årsberetning is as of the end of the year, ${to}`,
      });
    }
  },
};
