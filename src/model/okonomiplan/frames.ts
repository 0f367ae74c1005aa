import type { Budget, Measure } from '../schema-types.js';
import { add, dec, sum, ZERO, type Decimal } from './decimal.js';
import type { FrameChange, FrameMeasure, MeasureInvestment, UnitFrame } from './model.js';

/** A unit of the Workspace, as the tables name it. */
export interface UnitInfo {
  id: string;
  title: string;
}

/** The amounts of a measure's budget in each of `years` (several rows for one year add up). */
function measureAmounts(measure: Measure, field: 'operating' | 'investment', years: readonly number[]): Decimal[] {
  return years.map((year) => sum((measure.budget ?? []).filter((r) => r.year === year).map((r) => dec(r[field]))));
}

const hasAny = (amounts: readonly Decimal[]) => amounts.some((a) => a.coef !== 0n);

/**
 * Del 2: the net frame of each unit in each plan year = base + the unit's changes in
 * that year + the operating budget of every measure of the plan whose `responsible`
 * is the unit. Units come in the order of `frames[]`, then units that only have
 * measures (base 0) in the order of the Workspace, then unknown units. Two entries
 * for one unit (an id/duplicate error) are added together.
 */
export function buildFrames(budget: Budget, measures: readonly Measure[], years: readonly number[], units: readonly UnitInfo[]): UnitFrame[] {
  const byUnit = new Map<string, UnitFrame>();
  const titleOf = (id: string) => units.find((u) => u.id === id)?.title ?? id;
  const frameOf = (unit: string, index: number | null) => {
    let frame = byUnit.get(unit);
    if (!frame) byUnit.set(unit, (frame = { unit, title: titleOf(unit), frame: index, base: ZERO, changes: [], measures: [], total: [] }));
    return frame;
  };
  (budget.frames ?? []).forEach((entry, index) => {
    const frame = frameOf(entry.unit, index);
    frame.base = add(frame.base, dec(entry.base));
    for (const change of entry.changes ?? []) frame.changes.push(changeOf(change, years));
  });
  const ordered = [...measures].sort((a, b) => unitRank(a, units) - unitRank(b, units));
  for (const measure of ordered) {
    if (!measure.responsible) continue;
    const amounts = measureAmounts(measure, 'operating', years);
    if (!hasAny(amounts)) continue;
    const entry: FrameMeasure = { id: measure.id, title: measure.title, amounts };
    frameOf(measure.responsible, null).measures.push(entry);
  }
  for (const frame of byUnit.values()) {
    frame.total = years.map((_, i) => sum([frame.base, ...frame.changes.map((c) => c.amounts[i]!), ...frame.measures.map((m) => m.amounts[i]!)]));
  }
  return [...byUnit.values()];
}

function unitRank(measure: Measure, units: readonly UnitInfo[]): number {
  const i = units.findIndex((u) => u.id === measure.responsible);
  return i === -1 ? units.length : i;
}

function changeOf(change: NonNullable<NonNullable<Budget['frames']>[number]['changes']>[number], years: readonly number[]): FrameChange {
  return {
    id: change.id,
    title: change.title,
    type: change.type ?? null,
    // Of two amounts for one year (budget-year-duplicate) the first counts, as for the rows.
    amounts: years.map((year) => dec(change.amounts.find((a) => a.year === year)?.amount)),
  };
}

/** The sum of the frames in each plan year: netAppropriations. */
export function framesTotal(frames: readonly UnitFrame[], years: readonly number[]): Decimal[] {
  return years.map((_, i) => sum(frames.map((f) => f.total[i]!)));
}

/** Investering del 2: the plan's measures with an investment budget in a plan year, in file order. */
export function buildMeasureInvestments(measures: readonly Measure[], years: readonly number[]): MeasureInvestment[] {
  return measures.flatMap((m) => {
    const amounts = measureAmounts(m, 'investment', years);
    return hasAny(amounts) ? [{ id: m.id, title: m.title, unit: m.responsible ?? null, amounts, total: sum(amounts) }] : [];
  });
}
