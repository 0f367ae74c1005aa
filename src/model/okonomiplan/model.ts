import type { Decimal } from './decimal.js';
import type { InvestmentLine, OperatingKeyFigure, OperatingLine } from './lines.js';

/** One plan year of bevilgningsoversikt drift, del 1. */
export interface OperatingYear {
  year: number;
  /** Index of the year's row in `operating[]`; null when the Budget has none (every input is then 0). */
  row: number | null;
  lines: Record<OperatingLine, Decimal>;
  /** The optional key figures of the row; null where not written. */
  keyFigures: Record<OperatingKeyFigure, Decimal | null>;
}

/** One plan year of bevilgningsoversikt investering, del 1. */
export interface InvestmentYear {
  year: number;
  /** Index of the year's row in `investment[]`; null when the Budget has none. */
  row: number | null;
  lines: Record<InvestmentLine, Decimal>;
}

/** A named change to a frame; `amounts` by plan year, in the order of `Okonomiplan.years`. */
export interface FrameChange {
  id: string;
  title: string;
  type: string | null;
  amounts: Decimal[];
}

/** A measure's operating budget in its unit's frame, by plan year. */
export interface FrameMeasure {
  id: string;
  title: string;
  amounts: Decimal[];
}

/** Del 2: the net frame of one unit, by plan year: base + changes + measures = total. */
export interface UnitFrame {
  unit: string;
  title: string;
  /** Index of the unit's (first) entry in `frames[]`; null for a unit that only has measures. */
  frame: number | null;
  base: Decimal;
  changes: FrameChange[];
  measures: FrameMeasure[];
  total: Decimal[];
}

/** Investering del 2: one measure's investment budget by plan year. */
export interface MeasureInvestment {
  id: string;
  title: string;
  unit: string | null;
  amounts: Decimal[];
  total: Decimal;
}

export type TargetName = 'netOperatingResult' | 'unrestrictedFund' | 'netDebt';

/** A financial target and how each plan year stands against it. */
export interface TargetResult {
  target: TargetName;
  min: Decimal | null;
  max: Decimal | null;
  years: {
    year: number;
    /** The figure in % of totalOperatingIncome, rounded to one decimal (more where one would blur a miss); null when it cannot be worked out. */
    percent: Decimal | null;
    /** Whether the exact (unrounded) figure meets the bounds; null when it cannot be worked out. */
    met: boolean | null;
  }[];
}

/** The whole økonomiplan of one Budget, every line computed, for the plan's years. */
export interface Okonomiplan {
  budget: string;
  title: string;
  plan: string;
  planTitle: string | null;
  basisYear: number | null;
  years: number[];
  amountUnit: number;
  currency: string;
  operating: OperatingYear[];
  investment: InvestmentYear[];
  frames: UnitFrame[];
  /** The sum of the frames per plan year (equals operating netAppropriations). */
  framesTotal: Decimal[];
  measureInvestments: MeasureInvestment[];
  targets: TargetResult[];
}
