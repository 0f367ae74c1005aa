import { periodKey } from '../../model/status-report/period.js';
import type { Entry } from '../../model/repository.js';
import type { RepositoryRule } from './rule.js';

/** Two StatusReports of one plan for one period: `plan report --report` and the årshjul could not tell which holds. */
export const reportPlanPeriodDuplicate: RepositoryRule = {
  id: 'report-plan-period-duplicate',
  run(ctx) {
    const first = new Map<string, Entry<'StatusReport'>>();
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const key = `${report.data.plan}\u0000${periodKey(report.data)}`;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, report);
        continue;
      }
      ctx.report(report, ['period'], 'value', {
        rule: this.id,
        message: `plan "${report.data.plan}" already has the report "${seen.id}" for ${periodKey(report.data)}`,
        hint: `one report per plan and period (${seen.doc.source.path}); merge the two, or correct the period`,
      });
    }
  },
};

const LISTS = [
  ['units', 'unit'],
  ['measures', 'measure'],
  ['benefits', 'benefit'],
] as const;

/** One unit, measure or benefit listed twice in one report: the two entries would contradict each other. */
export const reportEntryDuplicate: RepositoryRule = {
  id: 'report-entry-duplicate',
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      for (const [list, key] of LISTS) {
        const seen = new Map<string, number>();
        ((report.data[list] ?? []) as Record<string, unknown>[]).forEach((item, index) => {
          const id = item[key] as string;
          const before = seen.get(id);
          if (before === undefined) {
            seen.set(id, index);
            return;
          }
          ctx.report(report, [list, index, key], 'value', {
            rule: this.id,
            message: `${key} "${id}" is listed twice in this report`,
            hint: `the first is item ${before + 1} of ${list}; the first counts`,
          });
        });
      }
    }
  },
};
