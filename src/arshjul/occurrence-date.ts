import { monthName, shortDay } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/**
 * When an occurrence happens, for lists: "22. feb.", "juni" for a whole month,
 * "19.–20. jan." or "28. des. 2026 – 3. jan. 2027" for spans.
 */
export function occurrenceDate(locale: Locale, o: { start: string; end: string; shape: 'day' | 'month' | 'span' }): string {
  if (o.shape === 'day') return shortDay(locale, o.start);
  if (o.shape === 'month') return monthName(locale, Number(o.start.slice(5, 7)));
  if (o.start.slice(0, 4) !== o.end.slice(0, 4)) return `${shortDay(locale, o.start)} ${o.start.slice(0, 4)} – ${shortDay(locale, o.end)} ${o.end.slice(0, 4)}`;
  if (o.start.slice(0, 7) === o.end.slice(0, 7)) return `${words(locale).dates.dayNumber(Number(o.start.slice(8, 10)))}–${shortDay(locale, o.end)}`;
  return `${shortDay(locale, o.start)} – ${shortDay(locale, o.end)}`;
}
