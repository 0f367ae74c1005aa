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
 * is left alone. Years the dataset lacks are kept.
 *
 * Status: what the dataset says of a year, unless `status` (the --status flag)
 * applies, which it does to the figures this import adds or changes, and, for
 * `final`, to the years marked preliminary that the table now confirms: the June
 * run makes March's figures final, and the March run marks only the new figures
 * preliminary, never years that are final already. A year neither speaks of keeps
 * the status it has.
 */
export function mergeActuals(existing: readonly Actual[], imported: readonly YearValue[], status?: ActualStatus): ActualsPlan {
  const plan: ActualsPlan = { result: existing.map((a) => ({ ...a })), updates: [], inserts: [], added: [], changed: [], unchanged: [] };
  const at = new Map(existing.map((a, i) => [a.year, i]));
  for (const v of [...imported].sort((a, b) => a.year - b.year)) {
    const i = at.get(v.year);
    if (i === undefined) {
      const wanted = status ?? v.status;
      const item: Actual = wanted ? { year: v.year, value: v.value, status: wanted } : { year: v.year, value: v.value };
      const before = existing.findIndex((a) => a.year > v.year);
      plan.inserts.push({ before: before === -1 ? existing.length : before, item });
      plan.added.push({ ...item });
      continue;
    }
    const old = existing[i]!;
    const newValue = old.value !== v.value;
    const flagApplies = status !== undefined && (newValue || (status === 'final' && old.status === 'preliminary'));
    const wanted = flagApplies ? status : v.status;
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
