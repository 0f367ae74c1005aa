import type { FulfillingReport } from '../../model/status-report/deadlines.js';
import { fulfilledText } from './md.js';
import { addDays } from '../../arshjul/dates.js';
import { exclusiveEnd, type Occurrence } from '../../arshjul/occurrences.js';
import { fold, icsText as escapeText } from '../ics.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';

/** How an event dated only to a month (`month` without `day`) goes into the feed; see docs/arshjul.md. */
export type MonthEvents = 'day' | 'span';
export const MONTH_EVENTS: readonly MonthEvents[] = ['day', 'span'];

export interface IcsOptions {
  locale: Locale;
  /** X-WR-CALNAME: the name calendar apps show. */
  name: string;
  /** Workspace id; part of every UID so two municipalities' feeds never collide. */
  workspaceId: string;
  /** DTSTAMP, in UTC. */
  now: Date;
  /** The StatusReports that fulfil a report deadline (model/status-report/deadlines.ts). */
  reportsOf?: (o: Occurrence) => readonly FulfillingReport[];
  /**
   * `day` (default): a month-only event is one all-day event on the month's first day,
   * its summary saying "i løpet av mars"; `span`: an all-day event over the whole month.
   */
  monthEvents?: MonthEvents;
}

/** One VEVENT: an occurrence, or a yearly series of occurrences `interval` years apart (the first gives DTSTART). */
interface Entry {
  occurrences: Occurrence[];
  interval: number;
}

/**
 * An RFC 5545 calendar of all-day events: DATE-valued DTSTART and exclusive
 * DTEND, UIDs stable across exports (calendar, event and year), escaped text
 * (src/output/ics.ts: controls and CI commands shown as escapes), lines folded at
 * 75 octets and ended with CRLF. Every event is TRANSP:TRANSPARENT: it informs, it
 * does not block time.
 *
 * A yearly event that occurs more than once in the feed on the same day of the year
 * and with the same length is one VEVENT with `RRULE:FREQ=YEARLY` (INTERVAL=4 for
 * council-year events), so calendar apps show a series; its UID has no year. Where
 * the days differ (29 February, a day past a short month's end, a month span in
 * `span` mode over February) each year is its own VEVENT. A year of a series whose
 * description differs from the first year's — a report deadline with the "Levert: …"
 * link of that year's report — follows the series as an override instance (same UID,
 * RECURRENCE-ID of its day), so no year's text is lost.
 */
export function renderIcs(occurrences: readonly Occurrence[], options: IcsOptions): string {
  const w = words(options.locale);
  const t = w.arshjul;
  const mode = options.monthEvents ?? 'day';
  const stamp = options.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//planverk//plan arshjul//${options.locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const seen = new Set<string>();
  const describe = (o: Occurrence): { during: string | undefined; text: string } => {
    const e = o.event;
    const during = o.shape === 'month' && mode === 'day' ? t.duringMonth(w.dates.months[Number(o.start.slice(5, 7)) - 1]!) : undefined;
    const text = [
      during ? capitalise(during) + '.' : undefined,
      e.body ? `${t.body}: ${e.body}` : undefined,
      e.legalBasis ? `${t.legalBasis}: ${e.legalBasis}` : undefined,
      e.description ?? undefined,
      e.certainty ? t.certainty[e.certainty] : undefined,
      `${t.wheel}: ${o.calendar.title}`,
      fulfilledText(o, options.reportsOf, options.locale),
    ]
      .filter((x): x is string => Boolean(x))
      .join('\n');
    return { during, text };
  };
  const day = (date: string) => date.replace(/-/g, '');
  const vevent = (o: Occurrence, id: string, recur: { rrule?: string; recurrenceId?: string } = {}) => {
    const { during, text } = describe(o);
    const end = during ? addDays(o.start, 1) : exclusiveEnd(o);
    lines.push('BEGIN:VEVENT', `UID:${id}`, `DTSTAMP:${stamp}`);
    if (recur.recurrenceId) lines.push(`RECURRENCE-ID;VALUE=DATE:${recur.recurrenceId}`);
    lines.push(`DTSTART;VALUE=DATE:${day(o.start)}`, `DTEND;VALUE=DATE:${day(end)}`);
    if (recur.rrule) lines.push(`RRULE:${recur.rrule}`);
    lines.push(
      `SUMMARY:${escapeText(during ? `${o.event.title} (${during})` : o.event.title)}`,
      `DESCRIPTION:${escapeText(text)}`,
      `CATEGORIES:${escapeText(t.categories[o.event.category])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  for (const { occurrences: all, interval } of series(occurrences, mode)) {
    const o = all[0]!;
    const count = all.length;
    // A second series of the same event (after a break) gets its first year in the UID.
    let id = count > 1 ? seriesUid(o, options.workspaceId) : uid(o, options.workspaceId);
    if (seen.has(id)) id = uid(o, options.workspaceId);
    seen.add(id);
    if (count === 1) {
      vevent(o, id);
      continue;
    }
    vevent(o, id, { rrule: `FREQ=YEARLY${interval > 1 ? `;INTERVAL=${interval}` : ''};COUNT=${count}` });
    // A year whose text differs from the series' (a deadline with its "Levert: …" report) is an override instance.
    const text = describe(o).text;
    for (const later of all.slice(1)) {
      if (describe(later).text !== text) vevent(later, id, { recurrenceId: day(later.start) });
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * Groups the occurrences of each yearly event into series: consecutive occurrences
 * `interval` years apart (1, or 4 for council-year events) on the same month and day
 * with the same length. One-off events stay single. Order: by each entry's first day.
 */
function series(occurrences: readonly Occurrence[], mode: MonthEvents): Entry[] {
  const entries: Entry[] = [];
  const open = new Map<string, Entry>();
  for (const o of occurrences) {
    const yearly = o.event.date == null && o.event.month != null;
    if (!yearly) {
      entries.push({ occurrences: [o], interval: 1 });
      continue;
    }
    const interval = o.event.councilYear != null ? 4 : 1;
    const key = `${o.calendar.id}\u0000${o.event.id}`;
    const entry = open.get(key);
    const days = o.shape === 'month' && mode === 'day' ? 1 : length(o);
    const first = entry?.occurrences[0];
    if (
      entry &&
      first &&
      o.year === first.year + entry.occurrences.length * interval &&
      o.start.slice(5) === first.start.slice(5) &&
      days === (first.shape === 'month' && mode === 'day' ? 1 : length(first))
    ) {
      entry.occurrences.push(o);
      continue;
    }
    const fresh = { occurrences: [o], interval };
    open.set(key, fresh);
    entries.push(fresh);
  }
  return entries;
}

function length(o: Occurrence): number {
  return Math.round((Date.parse(`${o.end}T00:00:00Z`) - Date.parse(`${o.start}T00:00:00Z`)) / 86_400_000) + 1;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `<year>-<event>.<calendar>.<workspace>@planverk`: the same event in the same year keeps its UID. */
export function uid(o: Occurrence, workspaceId: string): string {
  return escapeText(`${o.year}-${o.event.id}.${o.calendar.id}.${workspaceId}@planverk`);
}

/** `<event>.<calendar>.<workspace>@planverk`: the UID of a yearly series. */
export function seriesUid(o: Occurrence, workspaceId: string): string {
  return escapeText(`${o.event.id}.${o.calendar.id}.${workspaceId}@planverk`);
}
