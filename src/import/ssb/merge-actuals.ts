import type { YearValue } from './match.js';

export type ActualStatus = 'preliminary' | 'final';

/** An actual as the document has it (the schema's item). */
export interface Actual {
  year: number;
  value: number;
  status?: ActualStatus;
}

/** A year the import adds or changes, with what was there before. */
export interface YearChange {
  year: number;
  value: number;
  status?: ActualStatus;
  before?: { value: number; status?: ActualStatus };
}

/** The edits to one `actuals` list: items to update in place and new items, each before an existing index. */
export interface ActualsPlan {
  /** The list after the import, in year order. */
  result: Actual[];
  updates: { index: number; value?: number; status?: ActualStatus }[];
  /** `before` is the index of the existing item the new one goes in front of (the length: at the end). */
  inserts: { before: number; item: Actual }[];
  added: YearChange[];
  changed: YearChange[];
  unchanged: number[];
}

/**
 * Merges imported values into an indicator's actuals: a new year is added before
 * the first later year, a year whose value (or status) differs is changed, the rest
 * is left alone. `status` (the --status flag) overrides what the dataset says; a
 * year without either keeps the status it has. Years the dataset lacks are kept.
 */
export function mergeActuals(existing: readonly Actual[], imported: readonly YearValue[], status?: ActualStatus): ActualsPlan {
  const plan: ActualsPlan = { result: existing.map((a) => ({ ...a })), updates: [], inserts: [], added: [], changed: [], unchanged: [] };
  const at = new Map(existing.map((a, i) => [a.year, i]));
  for (const v of [...imported].sort((a, b) => a.year - b.year)) {
    const wanted = status ?? v.status;
    const i = at.get(v.year);
    if (i === undefined) {
      const item: Actual = wanted ? { year: v.year, value: v.value, status: wanted } : { year: v.year, value: v.value };
      const before = existing.findIndex((a) => a.year > v.year);
      plan.inserts.push({ before: before === -1 ? existing.length : before, item });
      plan.added.push({ ...item });
      continue;
    }
    const old = existing[i]!;
    const newValue = old.value !== v.value;
    const newStatus = wanted !== undefined && old.status !== wanted;
    if (!newValue && !newStatus) {
      plan.unchanged.push(v.year);
      continue;
    }
    plan.updates.push({ index: i, ...(newValue && { value: v.value }), ...(newStatus && { status: wanted }) });
    const after: Actual = { ...old, value: v.value, ...(wanted && { status: wanted }) };
    plan.result[i] = after;
    plan.changed.push({ year: v.year, value: v.value, ...(after.status && { status: after.status }), before: { value: old.value, ...(old.status && { status: old.status }) } });
  }
  for (const { before, item } of [...plan.inserts].reverse()) plan.result.splice(before, 0, item);
  return plan;
}
