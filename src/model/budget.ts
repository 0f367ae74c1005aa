import type { Measure } from './schema-types.js';

/** Operating, investment and their sum for one year (or a total over years). */
export interface BudgetCell {
  operating: number;
  investment: number;
  total: number;
}

/** Budget figures per year for a fixed list of years, plus the total over those years. */
export interface BudgetSummary {
  years: (BudgetCell & { year: number })[];
  total: BudgetCell;
  /** Whether any year has a non-zero operating (investment) figure: tables leave out empty rows. */
  hasOperating: boolean;
  hasInvestment: boolean;
}

type BudgetRow = NonNullable<Measure['budget']>[number];

/** Adds numbers without letting binary fractions leak into reports (0.1 + 0.2 stays 0.3). */
export function add(a: number, b: number): number {
  return Math.round((a + b) * 1e9) / 1e9;
}

function cell(operating: number, investment: number): BudgetCell {
  return { operating, investment, total: add(operating, investment) };
}

/**
 * Sums the budget rows of measures for each year in `years`; rows for other
 * years are left out (a budget table shows the plan's years only). Missing
 * operating or investment figures count as 0.
 */
export function sumBudgets(measures: readonly { budget?: readonly BudgetRow[] | null }[], years: readonly number[]): BudgetSummary {
  const rows = years.map((year) => {
    let operating = 0;
    let investment = 0;
    for (const m of measures) {
      for (const row of m.budget ?? []) {
        if (row.year !== year) continue;
        operating = add(operating, row.operating ?? 0);
        investment = add(investment, row.investment ?? 0);
      }
    }
    return { year, ...cell(operating, investment) };
  });
  const operating = rows.reduce((s, r) => add(s, r.operating), 0);
  const investment = rows.reduce((s, r) => add(s, r.investment), 0);
  return {
    years: rows,
    total: cell(operating, investment),
    hasOperating: rows.some((r) => r.operating !== 0),
    hasInvestment: rows.some((r) => r.investment !== 0),
  };
}

/** The years from start to end, inclusive. */
export function yearRange(start: number, end: number): number[] {
  const out: number[] = [];
  for (let y = start; y <= end; y++) out.push(y);
  return out;
}
