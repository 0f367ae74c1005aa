import { abs, cmp, isZero, ZERO } from '../../model/okonomiplan/decimal.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { amountText, checkedBudgets } from './budget-shared.js';
import { ruleText } from '../context.js';

/** A year of the økonomiplan does not balance: the net operating result is not fully disposed (carriedForward ≠ 0). */
export const budgetUnbalancedInfo = defineRule({
  id: 'budget-unbalanced',
  severity: 'error',
  configurable: true,
  summary: 'A year of the økonomiplan does not balance: the net operating result is not fully disposed (carriedForward ≠ 0).',
  explanation: `
A year of the økonomiplan does not balance: the net operating result
(netto driftsresultat) is not fully disposed, so \`carriedForward\`
(fremført til inndekning i senere år) is not 0. Kommuneloven § 14-4 requires
the økonomiplan to balance in every year. The problem is reported at the
year's operating row and says by how much and which way: a deficit
(merforbruk: more is disposed than the result allows) or a surplus that is
not disposed. The comparison is exact: amounts are added as decimals, not
as binary floating point, so 0.1 + 0.2 is 0.3 here. docs/okonomiplan.md shows
how every line is computed.
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
  - { year: 2027 }   # the measures cost 1500 and nothing pays for it: a deficit of 1500
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
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
operating:
  - { year: 2027, fromUnrestrictedFunds: 1500 }   # covered from the disposition fund: carriedForward 0
  - { year: 2028, fromUnrestrictedFunds: 1200 }
  - { year: 2029 }
  - { year: 2030 }
investment:
  - { year: 2027, borrowing: 4000 }                # the measures' investments 2027 are 4000
  - { year: 2028 }
  - { year: 2029 }
  - { year: 2030 }
`,
  },
});

/**
 * A year whose net operating result is not fully disposed (carriedForward ≠ 0):
 * kommuneloven § 14-4 requires the økonomiplan to balance in every year.
 * Reported at the year's operating row, with the amount and the direction.
 */
export const budgetUnbalanced: RepositoryRule = {
  id: budgetUnbalancedInfo.id,
  run(ctx) {
    for (const budget of checkedBudgets(ctx.repo)) {
      for (const year of okonomiplanOf(ctx.repo, budget).operating) {
        const left = year.lines.carriedForward;
        if (year.row === null || isZero(left)) continue;
        const surplus = cmp(left, ZERO) > 0;
        ctx.report(budget, ['operating', year.row], 'start', {
          rule: this.id,
          message: (surplus ? ruleText(ctx)['budget-unbalanced'].surplus : ruleText(ctx)['budget-unbalanced'].deficit)(year.year, amountText(abs(left)), amountText(year.lines.netOperatingResult), amountText(year.lines.dispositions)),
          hint: (surplus ? ruleText(ctx)['budget-unbalanced'].surplusHint : ruleText(ctx)['budget-unbalanced'].deficitHint)(amountText(abs(left))),
        });
      }
    }
  },
};
