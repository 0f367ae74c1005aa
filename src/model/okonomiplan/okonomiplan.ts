import type { Budget, Measure } from '../schema-types.js';
import { investmentLines, keyFigures, operatingLines } from './compute-lines.js';
import { buildFrames, buildMeasureInvestments, framesTotal, type UnitInfo } from './frames.js';
import type { Okonomiplan } from './model.js';
import { evaluateTargets } from './targets.js';
import { sum } from './decimal.js';

/** What the økonomiplan is computed from: the Budget, its plan's years and measures, and the Workspace. */
export interface OkonomiplanInput {
  budget: Budget;
  /** The plan years, in order (the plan's period). */
  years: readonly number[];
  planTitle: string | null;
  /** The measures of the plan (Measure.plan = Budget.plan). */
  measures: readonly Measure[];
  units: readonly UnitInfo[];
  amountUnit: number;
  currency: string;
}

/** The index of the first row for `year`, or null. */
function rowIndex(rows: readonly { year: number }[], year: number): number | null {
  const i = rows.findIndex((r) => r.year === year);
  return i === -1 ? null : i;
}

/**
 * Computes every line of the økonomiplan for each plan year: frames per unit (del 2),
 * drift del 1 with netAppropriations from the frames, the investments per measure
 * and investering del 1, and the financial targets. Pure and exact (see decimal.ts).
 * A plan year without a row counts as all zeros (budget-missing-year reports it);
 * of two rows for one year the first counts (budget-year-duplicate reports the second).
 */
export function computeOkonomiplan(input: OkonomiplanInput): Okonomiplan {
  const { budget, years, measures } = input;
  const frames = buildFrames(budget, measures, years, input.units);
  const totals = framesTotal(frames, years);
  const operating = years.map((year, i) => {
    const row = rowIndex(budget.operating, year);
    const data = row === null ? undefined : (budget.operating[row] as unknown as Record<string, unknown>);
    return { year, row, lines: operatingLines(data, totals[i]!), keyFigures: keyFigures(data) };
  });
  const measureInvestments = buildMeasureInvestments(measures, years);
  const investment = years.map((year, i) => {
    const row = rowIndex(budget.investment, year);
    const data = row === null ? undefined : (budget.investment[row] as unknown as Record<string, unknown>);
    return { year, row, lines: investmentLines(data, sum(measureInvestments.map((m) => m.amounts[i]!))) };
  });
  return {
    budget: budget.id,
    title: budget.title,
    plan: budget.plan,
    planTitle: input.planTitle,
    basisYear: budget.basisYear ?? null,
    years: [...years],
    amountUnit: input.amountUnit,
    currency: input.currency,
    operating,
    investment,
    frames,
    framesTotal: totals,
    measureInvestments,
    targets: evaluateTargets(budget, operating),
  };
}
