import { abs, cmp, isZero, ZERO } from '../../model/okonomiplan/decimal.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { amountText, checkedBudgets } from './budget-shared.js';

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
# okonomiplan/okonomiplan-2027-2030.yaml: netOperatingResult 2027 is 126900
operating:
  - year: 2027
    # … the income, finance and depreciation lines
    transferToInvestment: 25000
    toRestrictedFunds: 4000
    fromRestrictedFunds: 6000
    toUnrestrictedFunds: 110000   # dispositions 133000: a deficit of 6100
`,
  },
  good: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-2027-2030.yaml: netOperatingResult 2027 is 126900
operating:
  - year: 2027
    # … the income, finance and depreciation lines
    transferToInvestment: 25000
    toRestrictedFunds: 4000
    fromRestrictedFunds: 6000
    toUnrestrictedFunds: 103900   # dispositions 126900: carriedForward 0
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
          message: surplus
            ? `${year.year} does not balance: a surplus of ${amountText(left)} is not disposed (netOperatingResult ${amountText(year.lines.netOperatingResult)}, dispositions ${amountText(year.lines.dispositions)})`
            : `${year.year} does not balance: a deficit of ${amountText(abs(left))} (netOperatingResult ${amountText(year.lines.netOperatingResult)}, dispositions ${amountText(year.lines.dispositions)})`,
          hint: surplus
            ? `dispose of it, e.g. raise toUnrestrictedFunds by ${amountText(left)}`
            : `cover it: more income, smaller frames, or less in dispositions (e.g. fromUnrestrictedFunds +${amountText(abs(left))})`,
        });
      }
    }
  },
};
