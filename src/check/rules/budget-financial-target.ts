import { toPlain } from '../../model/okonomiplan/decimal.js';
import type { TargetName } from '../../model/okonomiplan/model.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { checkedBudgets } from './budget-shared.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** What each target measures, for messages, and the field of the row it is reported at (the row itself for a computed line). */
const TARGETS: Record<TargetName, { what: string; field: string | null }> = {
  netOperatingResult: { what: 'netOperatingResult', field: null },
  unrestrictedFund: { what: 'unrestrictedFundBalance', field: 'unrestrictedFundBalance' },
  netDebt: { what: 'netDebt', field: 'netDebt' },
};

/** A plan year misses a financial target of the Budget, or lacks the figures to check it. */
export const budgetFinancialTargetInfo = defineRule({
  id: 'budget-financial-target',
  severity: 'warning',
  configurable: true,
  summary: 'A plan year misses a financial target of the Budget, or lacks the figures to check it.',
  explanation: `
A plan year misses one of the Budget's \`financialTargets\` (finansielle
måltall, kommuneloven § 14-2): the net operating result, the disposisjonsfond
(\`unrestrictedFundBalance\`) or the net debt (\`netDebt\`) in % of
\`totalOperatingIncome\` is below its \`min\` or above its \`max\`. The comparison
is exact; the message rounds the percentage to one decimal, or more where
one decimal would make a miss look like the bound. A year whose row lacks
\`totalOperatingIncome\` or the measured figure is reported too, as a target
that cannot be checked. A warning by default: the council sets the targets,
and a plan may miss one for a year on purpose; set the rule to \`error\` in
\`plan.yaml\` to hold the plan to them.
`,
  bad: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml
kind: Budget
id: okonomiplan-2027-2030
title: Økonomiplan 2027–2030
plan: handlingsprogram-2027-2030
financialTargets:
  netDebt: { max: 90 }
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500, totalOperatingIncome: 6150000, netDebt: 5805200 }   # 94.4 %
  - { year: 2028, fromUnrestrictedFunds: 1200, totalOperatingIncome: 6300000, netDebt: 5600000 }
  - { year: 2029, totalOperatingIncome: 6450000, netDebt: 5500000 }
  - { year: 2030, totalOperatingIncome: 6600000, netDebt: 5400000 }
investment:
  - { year: 2027, borrowing: 4000 }                # the measures' investments 2027 are 4000
  - { year: 2028 }
  - { year: 2029 }
  - { year: 2030 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml
kind: Budget
id: okonomiplan-2027-2030
title: Økonomiplan 2027–2030
plan: handlingsprogram-2027-2030
financialTargets:
  netDebt: { max: 100 }
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500, totalOperatingIncome: 6150000, netDebt: 5805200 }   # 94.4 %
  - { year: 2028, fromUnrestrictedFunds: 1200, totalOperatingIncome: 6300000, netDebt: 5600000 }
  - { year: 2029, totalOperatingIncome: 6450000, netDebt: 5500000 }
  - { year: 2030, totalOperatingIncome: 6600000, netDebt: 5400000 }
investment:
  - { year: 2027, borrowing: 4000 }                # the measures' investments 2027 are 4000
  - { year: 2028 }
  - { year: 2029 }
  - { year: 2030 }
`,
  },
});

/**
 * A financial target (finansielt måltall, kommuneloven § 14-2) that a plan year misses,
 * or cannot be checked for lack of figures. A warning by default: the council sets
 * the targets, and a plan may miss one for a year on purpose.
 */
export const budgetFinancialTarget: RepositoryRule = {
  id: budgetFinancialTargetInfo.id,
  run(ctx) {
    for (const budget of checkedBudgets(ctx.repo)) {
      const model = okonomiplanOf(ctx.repo, budget);
      for (const result of model.targets) {
        const { what, field } = TARGETS[result.target];
        result.years.forEach((y, i) => {
          const row = model.operating[i]!.row;
          if (row === null || y.met === true) return;
          if (y.met === null) {
            ctx.report(budget, ['operating', row], 'start', {
              rule: this.id,
              message: ruleText(ctx)['budget-financial-target'].unchecked(result.target, y.year, field ?? undefined),
              hint: ruleText(ctx)['budget-financial-target'].uncheckedHint,
            });
            return;
          }
          const t = ruleText(ctx)['budget-financial-target'];
          const bound = [result.min !== null ? t.atLeast(toPlain(result.min)) : '', result.max !== null ? t.atMost(toPlain(result.max)) : ''].filter(Boolean).join(` ${t.and} `);
          ctx.report(budget, field ? ['operating', row, field] : ['operating', row], field ? 'value' : 'start', {
            rule: this.id,
            message: t.missed(y.year, what, toPlain(y.percent!), result.target, bound),
          });
        });
      }
    }
  },
};
