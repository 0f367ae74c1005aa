/**
 * The lines of the økonomiplan's statutory tables, in the order of budsjett- og
 * regnskapsforskriften §§ 5-4 and 5-5, named as docs/FORMAT.md names the fields and
 * computed lines. The model, the rules, the tables and the JSON all read this list,
 * so a line cannot be in one and missing from another.
 */

/** Amounts written on an operating row (`operating[]`), besides `year`. */
export const OPERATING_INPUTS = [
  'generalGrant',
  'incomeTax',
  'propertyTax',
  'otherGeneralIncome',
  'depreciation',
  'interestIncome',
  'dividends',
  'financialGains',
  'interestExpenses',
  'loanRepayments',
  'transferToInvestment',
  'toRestrictedFunds',
  'fromRestrictedFunds',
  'toUnrestrictedFunds',
  'fromUnrestrictedFunds',
  'coverPriorDeficit',
] as const;

/** Key figures of an operating row for the financial targets: optional, null when not written. */
export const OPERATING_KEY_FIGURES = ['totalOperatingIncome', 'unrestrictedFundBalance', 'netDebt'] as const;

/** Amounts written on an investment row (`investment[]`), besides `year`. */
export const INVESTMENT_INPUTS = [
  'otherInvestments',
  'grantsToOthers',
  'shares',
  'lending',
  'vatCompensation',
  'grants',
  'assetSales',
  'borrowing',
  'transferFromOperating',
  'toInvestmentFunds',
  'fromInvestmentFunds',
] as const;

export type OperatingInput = (typeof OPERATING_INPUTS)[number];
export type OperatingKeyFigure = (typeof OPERATING_KEY_FIGURES)[number];
export type InvestmentInput = (typeof INVESTMENT_INPUTS)[number];

export type OperatingComputed =
  | 'generalIncome'
  | 'netAppropriations'
  | 'netOperatingExpenses'
  | 'grossOperatingResult'
  | 'netFinance'
  | 'depreciationOffset'
  | 'netOperatingResult'
  | 'dispositions'
  | 'carriedForward';

export type InvestmentComputed = 'measureInvestments' | 'fixedAssetInvestments' | 'investmentExpenditure' | 'investmentIncome' | 'netTransfers' | 'investmentUncovered';

export type OperatingLine = OperatingInput | OperatingComputed;
export type InvestmentLine = InvestmentInput | InvestmentComputed;

/** One line of a table: its key, the line number in the forskrift (null: planverk's own), and whether it is a sum. */
export interface LineDef<K extends string> {
  key: K;
  /** The line number in the forskrift's list (§ 5-4 første ledd, § 5-5 første ledd). */
  number: number | null;
  /** A computed line (shown in bold); the others are written in the Budget. */
  sum: boolean;
  /** A breakdown of the line above it ("herav"), not a line of its own in the forskrift. */
  detail?: boolean;
}

/** Bevilgningsoversikt drift, del 1: the 25 lines of § 5-4 første ledd. */
export const OPERATING_LINES: readonly LineDef<OperatingLine>[] = [
  { key: 'generalGrant', number: 1, sum: false },
  { key: 'incomeTax', number: 2, sum: false },
  { key: 'propertyTax', number: 3, sum: false },
  { key: 'otherGeneralIncome', number: 4, sum: false },
  { key: 'generalIncome', number: 5, sum: true },
  { key: 'netAppropriations', number: 6, sum: true },
  { key: 'depreciation', number: 7, sum: false },
  { key: 'netOperatingExpenses', number: 8, sum: true },
  { key: 'grossOperatingResult', number: 9, sum: true },
  { key: 'interestIncome', number: 10, sum: false },
  { key: 'dividends', number: 11, sum: false },
  { key: 'financialGains', number: 12, sum: false },
  { key: 'interestExpenses', number: 13, sum: false },
  { key: 'loanRepayments', number: 14, sum: false },
  { key: 'netFinance', number: 15, sum: true },
  { key: 'depreciationOffset', number: 16, sum: false },
  { key: 'netOperatingResult', number: 17, sum: true },
  { key: 'transferToInvestment', number: 18, sum: false },
  { key: 'toRestrictedFunds', number: 19, sum: false },
  { key: 'fromRestrictedFunds', number: 20, sum: false },
  { key: 'toUnrestrictedFunds', number: 21, sum: false },
  { key: 'fromUnrestrictedFunds', number: 22, sum: false },
  { key: 'coverPriorDeficit', number: 23, sum: false },
  { key: 'dispositions', number: 24, sum: true },
  { key: 'carriedForward', number: 25, sum: true },
];

/**
 * Bevilgningsoversikt investering, del 1: the lines of § 5-5 første ledd that the
 * format holds, numbered as in the forskrift (the lines it leaves out are listed in
 * docs/okonomiplan.md). Line 1 is split into the plan's measures and the rest;
 * the funds are not split into bundne and ubundne (lines 21–24), so they have no number.
 */
export const INVESTMENT_LINES: readonly LineDef<InvestmentLine>[] = [
  { key: 'fixedAssetInvestments', number: 1, sum: true },
  { key: 'measureInvestments', number: null, sum: false, detail: true },
  { key: 'otherInvestments', number: null, sum: false, detail: true },
  { key: 'grantsToOthers', number: 2, sum: false },
  { key: 'shares', number: 3, sum: false },
  { key: 'lending', number: 4, sum: false },
  { key: 'investmentExpenditure', number: 6, sum: true },
  { key: 'vatCompensation', number: 7, sum: false },
  { key: 'grants', number: 8, sum: false },
  { key: 'assetSales', number: 9, sum: false },
  { key: 'borrowing', number: 13, sum: false },
  { key: 'investmentIncome', number: 14, sum: true },
  { key: 'transferFromOperating', number: 20, sum: false },
  { key: 'toInvestmentFunds', number: null, sum: false },
  { key: 'fromInvestmentFunds', number: null, sum: false },
  { key: 'netTransfers', number: 26, sum: true },
  { key: 'investmentUncovered', number: 27, sum: true },
];
