/**
 * Calendar dates as plain `YYYY-MM-DD` strings and integer arithmetic. No time
 * zones: an årshjul is about days, and `new Date('2027-02-22')` shifts days in
 * some zones.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The most days a month can have in any year (29 for February). */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : daysInMonth(2001, month);
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits an ISO date; undefined when it is not of the form YYYY-MM-DD. */
export function parseIsoDate(text: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Whether an ISO date names a day that exists. */
export function isValidIsoDate(text: string): boolean {
  const d = parseIsoDate(text);
  return d !== undefined && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** The date `days` days after an ISO date (negative: before). */
export function addDays(text: string, days: number): string {
  const d = parseIsoDate(text)!;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The local calendar date of `now` as YYYY-MM-DD; callers pass `now` so tests control it. */
export function todayIso(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
