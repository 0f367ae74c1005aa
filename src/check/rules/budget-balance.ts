import { abs, cmp, isZero, sub, ZERO } from '../../model/okonomiplan/decimal.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { amountText, checkedBudgets } from './budget-shared.js';
import type { RepositoryRule } from './rule.js';

/**
 * A year whose net operating result is not fully disposed (carriedForward ≠ 0):
 * kommuneloven § 14-4 requires the økonomiplan to balance in every year.
 * Reported at the year's operating row, with the amount and the direction.
 */
export const budgetUnbalanced: RepositoryRule = {
  id: 'budget-unbalanced',
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

/** A year whose investments are not fully financed, or financed twice (investmentUncovered ≠ 0). */
export const budgetInvestmentUnbalanced: RepositoryRule = {
  id: 'budget-investment-unbalanced',
  run(ctx) {
    for (const budget of checkedBudgets(ctx.repo)) {
      for (const year of okonomiplanOf(ctx.repo, budget).investment) {
        const left = year.lines.investmentUncovered;
        if (year.row === null || isZero(left)) continue;
        const uncovered = cmp(left, ZERO) > 0;
        ctx.report(budget, ['investment', year.row], 'start', {
          rule: this.id,
          message: uncovered
            ? `investments ${year.year} are not financed: ${amountText(left)} uncovered (expenditure ${amountText(year.lines.investmentExpenditure)}, income ${amountText(year.lines.investmentIncome)}, net transfers ${amountText(year.lines.netTransfers)})`
            : `investments ${year.year} are financed ${amountText(abs(left))} more than they cost (expenditure ${amountText(year.lines.investmentExpenditure)}, income ${amountText(year.lines.investmentIncome)}, net transfers ${amountText(year.lines.netTransfers)})`,
          hint: uncovered ? `finance it, e.g. borrowing +${amountText(left)}` : `borrow less (borrowing −${amountText(abs(left))}) or set the rest aside (toInvestmentFunds)`,
        });
      }
    }
  },
};

/** The operating budget's transfer to investment differs from what the investment budget receives. */
export const budgetTransferMismatch: RepositoryRule = {
  id: 'budget-transfer-mismatch',
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
          message: `${inv.year}: the investment budget receives ${amountText(received)} from operating, but the operating budget transfers ${amountText(sent)} (a difference of ${amountText(abs(sub(received, sent)))})`,
          hint: 'operating transferToInvestment and investment transferFromOperating are one amount seen from both sides; make them equal',
        });
      });
    }
  },
};
