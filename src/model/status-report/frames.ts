import { okonomiplanOf } from '../okonomiplan/resolve.js';
import type { Decimal } from '../okonomiplan/decimal.js';
import type { Entry, Repository } from '../repository.js';

/** The net frame (ramme) of one unit in one year, as the plan's Budget gives it. */
export interface YearFrame {
  unit: string;
  title: string;
  frame: Decimal;
}

/** The frames of a plan's Budget in a year, by unit; `budget` names the Budget. */
export interface FramesOfYear {
  budget: string;
  year: number;
  frames: Map<string, YearFrame>;
}

/** The one valid Budget of a plan (the first, when budget-plan-duplicate reports a second). */
export function budgetOfPlan(repo: Repository, planId: string): Entry<'Budget'> | undefined {
  return repo.ofKind('Budget', true).find((b) => b.data.plan === planId);
}

/**
 * The frames of `year` in the plan's Budget: in a plan year the computed total of each
 * unit (base + changes + measures, FORMAT.md), in the Budget's basisYear the `base` of
 * each frame entry (the adopted budget the økonomiplan was rolled from, which is what
 * the årsberetning of that year reports against). Undefined when the plan has no valid
 * Budget or the year is neither.
 */
export function framesOfYear(repo: Repository, planId: string, year: number): FramesOfYear | undefined {
  const budget = budgetOfPlan(repo, planId);
  if (!budget) return undefined;
  const model = okonomiplanOf(repo, budget);
  const index = model.years.indexOf(year);
  const frames = new Map<string, YearFrame>();
  if (index !== -1) {
    for (const f of model.frames) frames.set(f.unit, { unit: f.unit, title: f.title, frame: f.total[index]! });
  } else if (model.basisYear === year) {
    for (const f of model.frames) if (f.frame !== null) frames.set(f.unit, { unit: f.unit, title: f.title, frame: f.base });
  } else {
    return undefined;
  }
  return { budget: budget.id, year, frames };
}
