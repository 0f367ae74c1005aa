import { abs, cmp, isZero, ZERO } from '../../model/okonomiplan/decimal.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { amountText, checkedBudgets } from './budget-shared.js';
import { ruleText } from '../context.js';

/** A year's investments are not exactly financed (investmentUncovered ≠ 0). */
export const budgetInvestmentUnbalancedInfo = defineRule({
  id: 'budget-investment-unbalanced',
  severity: 'error',
  configurable: true,
  summary: "A year's investments are not exactly financed (investmentUncovered ≠ 0).",
  explanation: `
A year's investments are not exactly financed: \`investmentUncovered\`
(fremført til inndekning i senere år, udekket beløp) is not 0. Either some
of the expenditure has no financing, or there is more financing than
expenditure (borrowing more than needed). The investments of the plan's
measures count as expenditure, so a new measure with an investment budget
needs its financing here. Reported at the year's investment row.
`,
  bad: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml
kind: Budget
id: okonomiplan-2027-2030
title: Økonomiplan 2027–2030
plan: handlingsprogram-2027-2030
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500 }   # the measures' operating budget 2027 is 1500
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 3000 }   # investments of 4000: 1000 uncovered
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
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500 }   # the measures' operating budget 2027 is 1500
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 4000 }   # investmentUncovered 0
  - { year: 2028 }
  - { year: 2029 }
  - { year: 2030 }
`,
  },
});

/** A year whose investments are not fully financed, or financed twice (investmentUncovered ≠ 0). */
export const budgetInvestmentUnbalanced: RepositoryRule = {
  id: budgetInvestmentUnbalancedInfo.id,
  run(ctx) {
    for (const budget of checkedBudgets(ctx.repo)) {
      for (const year of okonomiplanOf(ctx.repo, budget).investment) {
        const left = year.lines.investmentUncovered;
        if (year.row === null || isZero(left)) continue;
        const uncovered = cmp(left, ZERO) > 0;
        ctx.report(budget, ['investment', year.row], 'start', {
          rule: this.id,
          message: (uncovered ? ruleText(ctx)['budget-investment-unbalanced'].uncovered : ruleText(ctx)['budget-investment-unbalanced'].over)(year.year, amountText(abs(left)), amountText(year.lines.investmentExpenditure), amountText(year.lines.investmentIncome), amountText(year.lines.netTransfers)),
          hint: (uncovered ? ruleText(ctx)['budget-investment-unbalanced'].uncoveredHint : ruleText(ctx)['budget-investment-unbalanced'].overHint)(amountText(abs(left))),
        });
      }
    }
  },
};
