import { defineRule } from '../../diagnostics/rule-info.js';
import { periodKey, reportDeadlines } from '../../model/status-report/period.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

const T2 = `# reports/tertial-2-2027.yaml
kind: StatusReport
id: tertial-2-2027
title: 2. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 2 }
asOf: 2027-08-31
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
`;

/** A report deadline of the årshjul has passed and no StatusReport fulfils it. */
export const reportOverdueInfo = defineRule({
  id: 'report-overdue',
  severity: 'warning',
  configurable: true,
  summary: 'A tertial report or årsberetning of a reporting handlingsprogram is overdue.',
  explanation: `
The built-in årshjul has the report deadlines of every year of a handlingsprogram:
the tertial reports (kommuneloven § 14-5) as of 30 April and 31 August, and the
årsberetning (§ 14-7) by 31 March of the next year. When a deadline has passed
and no StatusReport of the plan covers that period, the report is overdue.
"Today" is the day of the run (\`SOURCE_DATE_EPOCH\` fixes it, as in the examples
here, which are checked as of 15 September 2027). Only handlingsprogram plans that some
StatusReport names are checked, so a repository that does not report in
planverk is not warned about it.
`,
  bad: {
    lang: 'yaml',
    // reports/ holds the 1st tertial report only; on 15 September 2027 the 2nd (31 August) is overdue.
    text: `
# reports/tertial-1-2027.yaml — the only report; reports/tertial-2-2027.yaml is missing
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
    files: () => ({ 'reports/tertial-2-2027.yaml': null }),
  },
  good: { lang: 'yaml', text: `\n${T2}` },
});

/** Per plan that a StatusReport names, every deadline before today without a report of its period. */
export const reportOverdue: RepositoryRule = {
  id: reportOverdueInfo.id,
  run(ctx) {
    const day = ctx.today;
    const byPlan = new Map<string, Set<string>>();
    for (const r of ctx.repo.ofKind('StatusReport', true)) {
      const keys = byPlan.get(r.data.plan) ?? new Set<string>();
      keys.add(periodKey(r.data));
      byPlan.set(r.data.plan, keys);
    }
    for (const [planId, keys] of byPlan) {
      const plan = ctx.repo.get(planId, 'Plan');
      if (!plan?.valid || plan.data.type !== 'handlingsprogram' || !plan.data.period) continue; // a report on another plan is ref/plan-type
      for (const d of reportDeadlines(plan.data.period.start, plan.data.period.end)) {
        if (d.due >= day || keys.has(d.key)) continue;
        const t = ruleText(ctx)['report-overdue'];
        const what = d.type === 'annual' ? t.annual(d.year) : t.tertial(d.tertial ?? 1, d.year);
        ctx.report(plan, ['period'], 'value', {
          rule: this.id,
          message: t.overdue(what, d.due, planId),
          hint: t.hint(planId, d.type, `{ year: ${d.year}${d.tertial ? `, tertial: ${d.tertial}` : ''} }`),
        });
      }
    }
  },
};
