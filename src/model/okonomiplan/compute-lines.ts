import { add, dec, sub, sum, type Decimal } from './decimal.js';
import { INVESTMENT_INPUTS, OPERATING_INPUTS, OPERATING_KEY_FIGURES, type InvestmentLine, type OperatingKeyFigure, type OperatingLine } from './lines.js';

type Row = Record<string, unknown> | undefined;

function amount(row: Row, key: string): Decimal {
  const v = row?.[key];
  return typeof v === 'number' ? dec(v) : dec(0);
}

/**
 * The 25 lines of bevilgningsoversikt drift, del 1, for one year: the row's amounts
 * (a missing amount is 0) and the computed lines exactly as docs/FORMAT.md defines them.
 * `netAppropriations` is the sum of the year's frames (del 2).
 */
export function operatingLines(row: Row, netAppropriations: Decimal): Record<OperatingLine, Decimal> {
  const v = Object.fromEntries(OPERATING_INPUTS.map((k) => [k, amount(row, k)])) as Record<(typeof OPERATING_INPUTS)[number], Decimal>;
  const generalIncome = sum([v.generalGrant, v.incomeTax, v.propertyTax, v.otherGeneralIncome]);
  const netOperatingExpenses = add(netAppropriations, v.depreciation);
  const grossOperatingResult = sub(generalIncome, netOperatingExpenses);
  const netFinance = sub(sum([v.interestIncome, v.dividends, v.financialGains]), add(v.interestExpenses, v.loanRepayments));
  const depreciationOffset = v.depreciation;
  const netOperatingResult = sum([grossOperatingResult, netFinance, depreciationOffset]);
  const dispositions = sum([v.transferToInvestment, v.toRestrictedFunds, sub(dec(0), v.fromRestrictedFunds), v.toUnrestrictedFunds, sub(dec(0), v.fromUnrestrictedFunds), v.coverPriorDeficit]);
  const carriedForward = sub(netOperatingResult, dispositions);
  return { ...v, generalIncome, netAppropriations, netOperatingExpenses, grossOperatingResult, netFinance, depreciationOffset, netOperatingResult, dispositions, carriedForward };
}

/** The optional key figures of an operating row: null where not written. */
export function keyFigures(row: Row): Record<OperatingKeyFigure, Decimal | null> {
  return Object.fromEntries(OPERATING_KEY_FIGURES.map((k) => [k, typeof row?.[k] === 'number' ? dec(row[k] as number) : null])) as Record<OperatingKeyFigure, Decimal | null>;
}

/**
 * The lines of bevilgningsoversikt investering, del 1, for one year, as docs/FORMAT.md
 * defines them. `measureInvestments` is the sum of the plan's measures in that year (del 2);
 * `fixedAssetInvestments` (forskrift line 1) is it plus `otherInvestments`.
 */
export function investmentLines(row: Row, measureInvestments: Decimal): Record<InvestmentLine, Decimal> {
  const v = Object.fromEntries(INVESTMENT_INPUTS.map((k) => [k, amount(row, k)])) as Record<(typeof INVESTMENT_INPUTS)[number], Decimal>;
  const fixedAssetInvestments = add(measureInvestments, v.otherInvestments);
  const investmentExpenditure = sum([fixedAssetInvestments, v.grantsToOthers, v.shares, v.lending]);
  const investmentIncome = sum([v.vatCompensation, v.grants, v.assetSales, v.borrowing]);
  const netTransfers = add(sub(v.transferFromOperating, v.toInvestmentFunds), v.fromInvestmentFunds);
  const investmentUncovered = sub(sub(investmentExpenditure, investmentIncome), netTransfers);
  return { ...v, measureInvestments, fixedAssetInvestments, investmentExpenditure, investmentIncome, netTransfers, investmentUncovered };
}
