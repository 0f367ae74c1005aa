import { abs, cmp, sub } from '../../model/okonomiplan/decimal.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { amountText, checkedBudgets } from './budget-shared.js';
import { ruleText } from '../context.js';

/** The operating budget's transfer to investment differs from the investment budget's transfer from operating. */
export const budgetTransferMismatchInfo = defineRule({
  id: 'budget-transfer-mismatch',
  severity: 'error',
  configurable: true,
  summary: "The operating budget's transfer to investment differs from the investment budget's transfer from operating.",
  explanation: `
The operating row's \`transferToInvestment\` (overføring til investering) and
the investment row's \`transferFromOperating\` (overføring fra drift) of the
same year differ. They are one amount seen from both budgets; when they
differ, one of the two budgets balances on money the other does not send.
Reported at \`transferFromOperating\`.
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
  - { year: 2027, fromUnrestrictedFunds: 2500, transferToInvestment: 1000 }
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 2500, transferFromOperating: 1500 }   # operating sends 1000
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
  - { year: 2027, fromUnrestrictedFunds: 2500, transferToInvestment: 1000 }
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 3000, transferFromOperating: 1000 }
  - { year: 2028 }
  - { year: 2029 }
  - { year: 2030 }
`,
  },
});

/** The operating budget's transfer to investment differs from what the investment budget receives. */
export const budgetTransferMismatch: RepositoryRule = {
  id: budgetTransferMismatchInfo.id,
  run(ctx) {
    for (const budget of checkedBudgets(ctx.repo)) {
      const model = okonomiplanOf(ctx.repo, budget);
      model.investment.forEach((inv, i) => {
        const op = model.operating[i]!;
        if (inv.row === null || op.row === null) return;
        const sent = op.lines.transferToInvestment;
        const received = inv.lines.transferFromOperating;
        if (cmp(sent, received) === 0) return;
        ctx.report(budget, ['investment', inv.row, 'transferFromOperating'], 'value', {
          rule: this.id,
          message: ruleText(ctx)['budget-transfer-mismatch'].mismatch(inv.year, amountText(received), amountText(sent), amountText(abs(sub(received, sent)))),
          hint: ruleText(ctx)['budget-transfer-mismatch'].hint,
        });
      });
    }
  },
};
