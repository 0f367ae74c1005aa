import { abs } from '../../model/okonomiplan/decimal.js';
import { computeDeviations } from '../../model/status-report/deviations.js';
import { framesOfYear } from '../../model/status-report/frames.js';
import { amountText } from './budget-shared.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';

/** A forecast more than 1 % off the unit's frame with no comment: the council is owed the why. */
export const reportDeviationWithoutComment: RepositoryRule = {
  id: 'report-deviation-without-comment',
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const plan = reportPlan(ctx.repo, report);
      const frames = plan ? framesOfYear(ctx.repo, plan.id, report.data.period.year) : undefined;
      if (!frames) continue;
      for (const row of computeDeviations(report.data, frames).rows) {
        if (!row.significant || row.comment) continue;
        ctx.report(report, ['units', row.index, 'forecast'], 'value', {
          rule: this.id,
          message: `the forecast for "${row.unit}" is ${amountText(abs(row.deviation))} ${row.deviation.coef > 0n ? 'over' : 'under'} its frame of ${amountText(row.frame)} (more than 1 %) and has no comment`,
          hint: 'say why in comment, and what is done about it',
        });
      }
    }
  },
};
