import { defineRule } from '../../diagnostics/rule-info.js';
import { periodKey } from '../../model/status-report/period.js';
import type { Entry } from '../../model/repository.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** Two StatusReports of one plan for the same period. */
export const reportPlanPeriodDuplicateInfo = defineRule({
  id: 'report-plan-period-duplicate',
  severity: 'error',
  configurable: true,
  summary: 'Two StatusReports of one plan for the same period (tertial or year).',
  explanation: `
Two StatusReports report on the same plan for the same period: the same
tertial of a year, or the same year for an årsberetning. \`plan report
tertialrapport\` and the årshjul could not tell which one holds. Reported at
the second report's \`period\`. To fix it, correct the period (as in the Good
example) or merge the two reports.
`,
  bad: {
    lang: 'yaml',
    text: `
# reports/tertial-2-2027.yaml, copied from reports/tertial-1-2027.yaml
kind: StatusReport
id: tertial-2-2027
title: 2. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 1 }   # still the period of tertial-1-2027
asOf: 2027-04-30
measures:
  - { measure: digital-hjemmeoppfolging, progress: at-risk, comment: Leverandøren er forsinket }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# reports/tertial-2-2027.yaml
kind: StatusReport
id: tertial-2-2027
title: 2. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 2 }
asOf: 2027-08-31
measures:
  - { measure: digital-hjemmeoppfolging, progress: at-risk, comment: Leverandøren er forsinket }
`,
  },
});

/** Two StatusReports of one plan for one period: `plan report --report` and the årshjul could not tell which holds. */
export const reportPlanPeriodDuplicate: RepositoryRule = {
  id: reportPlanPeriodDuplicateInfo.id,
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
        message: ruleText(ctx)['report-plan-period-duplicate'].duplicate(report.data.plan, seen.id, periodKey(report.data)),
        hint: ruleText(ctx)['report-plan-period-duplicate'].hint(seen.doc.source.path),
      });
    }
  },
};
