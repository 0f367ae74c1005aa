import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so
 * `titel` is one edit from `title`: used for "did you mean" hints.
 */
export function editDistance(a: string, b: string): number {
  return distance(a, b, Number.POSITIVE_INFINITY);
}

/** Three rows of the distance table, reused from call to call (closest() makes thousands). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The edit distance of `a` and `b` when it is at most `limit`; otherwise some number
 * above `limit` (the table is given up once two rows in a row exceed it: no later
 * cell can come back under, since each derives from the two rows above it).
 */
function distance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const n = b.length;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, above, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) above[j] = j;
  let aboveMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit && aboveMin > limit) return limit + 1;
    [before, above, row] = [above, row, before];
    aboveMin = rowMin;
  }
  return above[n]!;
}

/**
 * The candidates closest to `input`, best first: at most `max` of them, and only
 * those within a distance that still reads as a typo (a third of the length, at least 1).
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(1, Math.floor(input.length / 3));
  const lower = input.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  if (budget !== undefined && budget <= 0) return [];
  for (const c of new Set(candidates)) {
    if (budget !== undefined) {
      // Each candidate costs a little even when its length rules it out.
      budget -= Math.abs(c.length - input.length) > limit ? 1 : (input.length + 1) * (c.length + 1);
      if (budget < 0) return [];
    }
    if (Math.abs(c.length - input.length) > limit) continue;
    const d = distance(lower, c.toLowerCase(), limit);
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1));
  return scored.slice(0, max).map((s) => s.c);
}

/**
 * `did you mean "a" or "b"?` (in nb `mente du «a» eller «b»?`), or undefined when there
 * is nothing to suggest. English unless a locale is given.
 */
export function didYouMean(suggestions: readonly string[], locale: Locale = 'en'): string | undefined {
  if (suggestions.length === 0) return undefined;
  return words(locale).ruleText.common.didYouMean(suggestions);
}

/** Edit-distance cells still allowed in the current run; undefined outside withSuggestionBudget. */
let budget: number | undefined;

/**
 * Runs `fn` with a limit on the work "did you mean" hints may do: each unknown
 * id is compared with every known one, so 50,000 dangling references among
 * 50,000 documents would take hours. Once `cells` edit-distance cells are spent,
 * closest() suggests nothing more; hints are a courtesy, the diagnostics stay.
 * The checks run in a fixed order, so which hints survive is deterministic.
 */
export function withSuggestionBudget<T>(cells: number, fn: () => T): T {
  const outer = budget;
  budget = cells;
  try {
    return fn();
  } finally {
    budget = outer;
  }
}

/** How many entries a list in a hint shows before "… and N more". */
export const HINT_LIST_MAX = 8;

/**
 * The first `max` entries of a list, comma-separated, then "… and N more": a hint that
 * listed every unit, key or id would repeat the whole list in every diagnostic (20,000
 * unknown references to a 20,000-unit list ran out of memory). Reads only what it shows.
 */
export function someOf(items: readonly string[] | ReadonlySet<string>, max = HINT_LIST_MAX, locale: Locale = 'en'): string {
  const total = Array.isArray(items) ? items.length : (items as ReadonlySet<string>).size;
  const shown: string[] = [];
  for (const item of items) {
    if (shown.length === max) break;
    shown.push(item);
  }
  return total > shown.length ? words(locale).ruleText.common.more(shown.join(', '), total - shown.length) : shown.join(', ');
}
