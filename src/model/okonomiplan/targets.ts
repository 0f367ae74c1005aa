import type { Budget } from '../schema-types.js';
import { cmp, dec, mul, percentOf, type Decimal } from './decimal.js';
import type { OperatingYear, TargetName, TargetResult } from './model.js';

/** The targets in the order the tables list them. */
export const TARGET_NAMES: readonly TargetName[] = ['netOperatingResult', 'unrestrictedFund', 'netDebt'];

/** The figure a target measures in a year, before it is taken as a share of totalOperatingIncome. */
export function targetFigure(target: TargetName, year: OperatingYear): Decimal | null {
  if (year.row === null) return null;
  switch (target) {
    case 'netOperatingResult':
      return year.lines.netOperatingResult;
    case 'unrestrictedFund':
      return year.keyFigures.unrestrictedFundBalance;
    case 'netDebt':
      return year.keyFigures.netDebt;
  }
}

const HUNDRED = dec(100);

/**
 * Whether `figure` in % of `base` lies within [min, max], compared exactly by
 * cross-multiplying (figure × 100 against bound × base) instead of rounding the
 * percentage first: 1.95 % does not pass a 2.0 % minimum because it prints as 2.0.
 */
export function meets(figure: Decimal, base: Decimal, min: Decimal | null, max: Decimal | null): boolean {
  const scaled = mul(figure, HUNDRED);
  if (min !== null && cmp(scaled, mul(min, base)) < 0) return false;
  if (max !== null && cmp(scaled, mul(max, base)) > 0) return false;
  return true;
}

/**
 * The figure in % of base, rounded to one decimal, or to as many more (up to six) as it
 * takes for the rounded figure to tell the same story as the exact one: 1.96 % against a
 * 2 % minimum shows as 1.96 %, not as a failing 2.0 %.
 */
export function shownPercent(figure: Decimal, base: Decimal, min: Decimal | null, max: Decimal | null, met: boolean): Decimal {
  for (let places = 1; ; places++) {
    const shown = percentOf(figure, base, places)!;
    if (places === 6 || meets(shown, HUNDRED, min, max) === met) return shown;
  }
}

/** Each financial target of the Budget against each plan year; a year without totalOperatingIncome (or ≤ 0) cannot be measured. */
export function evaluateTargets(budget: Budget, operating: readonly OperatingYear[]): TargetResult[] {
  const given = budget.financialTargets ?? {};
  return TARGET_NAMES.flatMap((target) => {
    const bounds = given[target];
    if (!bounds || ((bounds.min ?? null) === null && (bounds.max ?? null) === null)) return [];
    const min = typeof bounds.min === 'number' ? dec(bounds.min) : null;
    const max = typeof bounds.max === 'number' ? dec(bounds.max) : null;
    const years = operating.map((year) => {
      const figure = targetFigure(target, year);
      const base = year.keyFigures.totalOperatingIncome;
      if (figure === null || base === null || base.coef <= 0n) return { year: year.year, percent: null, met: null };
      const met = meets(figure, base, min, max);
      return { year: year.year, percent: shownPercent(figure, base, min, max, met), met };
    });
    return [{ target, min, max, years }];
  });
}
