import { daysInMonth, isoDate } from './dates.js';
import type { Occurrence } from './occurrences.js';

/** Twelve months from a start month: the span one wheel, one table or one feed shows. */
export interface YearWindow {
  /** The year the window starts in. */
  year: number;
  /** The month it starts with, 1–12 (1: a calendar year). */
  startMonth: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  end: string;
  /** "2027", or "2027/28" when the window does not start in January. */
  label: string;
}

/** One window per year from `from` to `to`, each starting in `startMonth`. */
export function yearWindows(from: number, to: number, startMonth = 1): YearWindow[] {
  const out: YearWindow[] = [];
  for (let year = from; year <= to; year++) {
    const endYear = startMonth === 1 ? year : year + 1;
    const endMonth = startMonth === 1 ? 12 : startMonth - 1;
    out.push({
      year,
      startMonth,
      start: isoDate(year, startMonth, 1),
      end: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
      label: startMonth === 1 ? String(year) : `${year}/${String(year + 1).slice(2)}`,
    });
  }
  return out;
}

/** The twelve months of a window, in order. */
export function monthsOf(window: YearWindow): { year: number; month: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = window.startMonth - 1 + i;
    return { year: window.year + Math.floor(m / 12), month: (m % 12) + 1 };
  });
}

/** Whether any day of an occurrence lies in the window. */
export function overlaps(occurrence: Occurrence, window: { start: string; end: string }): boolean {
  return occurrence.start <= window.end && occurrence.end >= window.start;
}

/** The occurrences of a window, clipped so they start and end inside it. */
export function clipToWindow(occurrences: readonly Occurrence[], window: YearWindow): Occurrence[] {
  return occurrences
    .filter((o) => overlaps(o, window))
    .map((o) => (o.start >= window.start && o.end <= window.end ? o : { ...o, start: o.start < window.start ? window.start : o.start, end: o.end > window.end ? window.end : o.end }));
}

/** The occurrences of a window month by month; one that starts before the window is listed in its first month. */
export function byMonth(occurrences: readonly Occurrence[], window: YearWindow): { year: number; month: number; occurrences: Occurrence[] }[] {
  const months = monthsOf(window).map((m) => ({ ...m, occurrences: [] as Occurrence[] }));
  for (const o of occurrences) {
    if (!overlaps(o, window)) continue;
    const first = o.start < window.start ? window.start : o.start;
    const key = first.slice(0, 7);
    months.find((m) => isoDate(m.year, m.month, 1).slice(0, 7) === key)?.occurrences.push(o);
  }
  return months;
}
