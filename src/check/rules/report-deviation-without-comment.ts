import { defineRule } from '../../diagnostics/rule-info.js';
import { abs } from '../../model/okonomiplan/decimal.js';
import { computeDeviations } from '../../model/status-report/deviations.js';
import { framesOfYear } from '../../model/status-report/frames.js';
import { amountText } from './budget-shared.js';
import { reportPlan } from './report-shared.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A unit's forecast is more than 1 % off its frame and has no comment. */
export const reportDeviationWithoutCommentInfo = defineRule({
  id: 'report-deviation-without-comment',
  severity: 'warning',
  configurable: true,
  summary: "A unit's forecast differs from its frame by more than 1 % and has no comment.",
  explanation: `
A unit's \`forecast\` differs from its frame in the plan's Budget for the
year by more than 1 % of the frame (|forecast − frame| × 100 > |frame|,
compared exactly), and the entry has no \`comment\` saying why and what is
done about it.
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
  # the velferd frame of 2027 is 1500 (base 0 + digital-hjemmeoppfolging): 100 over, 6.7 %
  - { unit: velferd, forecast: 1600 }
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
  - { unit: velferd, forecast: 1600, comment: Flere brukere i piloten enn ventet; tiltaket justeres i 2. tertial }
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
`,
  },
});

/** A forecast more than 1 % off the unit's frame with no comment: the council is owed the why. */
export const reportDeviationWithoutComment: RepositoryRule = {
  id: reportDeviationWithoutCommentInfo.id,
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      const plan = reportPlan(ctx.repo, report);
      const frames = plan ? framesOfYear(ctx.repo, plan.id, report.data.period.year) : undefined;
      if (!frames) continue;
      for (const row of computeDeviations(report.data, frames).rows) {
        if (!row.significant || row.comment) continue;
        ctx.report(report, ['units', row.index, 'forecast'], 'value', {
          rule: this.id,
          message: ruleText(ctx)['report-deviation-without-comment'].deviation(row.unit, amountText(abs(row.deviation)), row.deviation.coef > 0n, amountText(row.frame)),
          hint: ruleText(ctx)['report-deviation-without-comment'].hint,
        });
      }
    }
  },
};
