/**
 * Edit distance with adjacent transpositions (optimal string alignment), so
 * `titel` is one edit from `title`: used for "did you mean" hints.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidates closest to `input`, best first: at most `max` of them, and only
 * those within a distance that still reads as a typo (a third of the length, at least 1).
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(1, Math.floor(input.length / 3));
  const scored: { c: string; d: number }[] = [];
  if (budget !== undefined && budget <= 0) return [];
  for (const c of new Set(candidates)) {
    if (budget !== undefined) {
      // Each candidate costs a little even when its length rules it out.
      budget -= Math.abs(c.length - input.length) > limit ? 1 : (input.length + 1) * (c.length + 1);
      if (budget < 0) return [];
    }
    if (Math.abs(c.length - input.length) > limit) continue;
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1));
  return scored.slice(0, max).map((s) => s.c);
}

/** `did you mean "a" or "b"?`, or undefined when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[]): string | undefined {
  if (suggestions.length === 0) return undefined;
  const quoted = suggestions.map((s) => `"${s}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return `did you mean ${list}?`;
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
