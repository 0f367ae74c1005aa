import { toPlain } from '../../model/okonomiplan/decimal.js';
import type { TargetName } from '../../model/okonomiplan/model.js';
import { okonomiplanOf } from '../../model/okonomiplan/resolve.js';
import { checkedBudgets } from './budget-shared.js';
import type { RepositoryRule } from './rule.js';

/** What each target measures, for messages, and the field of the row it is reported at (the row itself for a computed line). */
const TARGETS: Record<TargetName, { what: string; field: string | null }> = {
  netOperatingResult: { what: 'netOperatingResult', field: null },
  unrestrictedFund: { what: 'unrestrictedFundBalance', field: 'unrestrictedFundBalance' },
  netDebt: { what: 'netDebt', field: 'netDebt' },
};

/**
 * A financial target (finansielt måltall, kommuneloven § 14-2) that a plan year misses,
 * or cannot be checked for lack of figures. A warning by default: the council sets
 * the targets, and a plan may miss one for a year on purpose.
 */
export const budgetFinancialTarget: RepositoryRule = {
  id: 'budget-financial-target',
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
              message: `financial target ${result.target} cannot be checked for ${y.year}: the row needs totalOperatingIncome${field ? ` and ${field}` : ''}`,
              hint: 'the targets are shares of brutto driftsinntekter (totalOperatingIncome)',
            });
            return;
          }
          const bound = [result.min !== null ? `at least ${toPlain(result.min)} %` : '', result.max !== null ? `at most ${toPlain(result.max)} %` : ''].filter(Boolean).join(' and ');
          ctx.report(budget, field ? ['operating', row, field] : ['operating', row], field ? 'value' : 'start', {
            rule: this.id,
            message: `${y.year}: ${what} is ${toPlain(y.percent!)} % of totalOperatingIncome; financial target ${result.target} is ${bound}`,
          });
        });
      }
    }
  },
};
