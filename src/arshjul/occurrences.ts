import type { Calendar } from '../model/schema-types.js';
import { addDays, daysInMonth, isoDate, isValidIsoDate, parseIsoDate } from './dates.js';

/** How sure a built-in event's date is; see docs/arshjul.md. */
export type Certainty = 'law' | 'derived' | 'practice' | 'approximate';

/** One event of a calendar, as the schema defines it, plus how sure its date is (built-in events). */
export type ArshjulEvent = Calendar['events'][number] & { certainty?: Certainty };

/** A calendar to expand: a Calendar document or a built-in calendar. */
export interface CalendarSource {
  id: string;
  title: string;
  description?: string | null;
  events: readonly ArshjulEvent[];
  /** True for calendars that ship with planverk (`Workspace.calendars.include`). */
  builtIn?: boolean;
}

/** One occurrence of an event: the days it covers, inclusive. */
export interface Occurrence {
  calendar: CalendarSource;
  event: ArshjulEvent;
  /** Year of the occurrence: the expanded year for yearly events, the year of `date` for one-off ones. */
  year: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  end: string;
  /** `day`: one day; `month`: a whole month (yearly event without `day`); `span`: several days. */
  shape: 'day' | 'month' | 'span';
}

export interface ExpandOptions {
  /** First and last year, inclusive. */
  from: number;
  to: number;
  /** Workspace.firstElectionYear; needed for `councilYear` events. */
  firstElectionYear?: number | null;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** Events with a councilYear that could not be placed because there is no firstElectionYear. */
  unplaced: { calendar: string; event: string }[];
}

/**
 * The year of the council period (1–4) that a calendar year is in. Year 1 is the
 * first year after an election year, year 4 the election year itself; periods
 * repeat every four years both before and after `firstElectionYear`.
 */
export function councilYearOf(year: number, firstElectionYear: number): 1 | 2 | 3 | 4 {
  return ((((year - firstElectionYear - 1) % 4) + 4) % 4 + 1) as 1 | 2 | 3 | 4;
}

/**
 * Expands calendars into occurrences in the years `from`–`to`, sorted by start
 * day, then calendar and event order. Yearly events (`month`, optional `day`)
 * occur once a year, or in year `councilYear` of each council period; 29
 * February falls on 28 February in common years, and a day past the month's end
 * (an error that `plan validate` reports) on its last day. A one-off event
 * (`date`, optional `end`) occurs once when any of its days lies in the range,
 * even if it starts before or ends after it. Pure.
 */
export function expandOccurrences(calendars: readonly CalendarSource[], options: ExpandOptions): Expansion {
  const out: (Occurrence & { order: number })[] = [];
  const unplaced: Expansion['unplaced'] = [];
  let order = 0;
  for (const calendar of calendars) {
    for (const event of calendar.events) {
      order++;
      if (event.date != null) {
        const one = oneOff(calendar, event, options);
        if (one) out.push({ ...one, order });
      } else if (event.month != null) {
        if (event.councilYear != null && options.firstElectionYear == null) {
          unplaced.push({ calendar: calendar.id, event: event.id });
          continue;
        }
        for (let year = options.from; year <= options.to; year++) {
          const yearly = yearlyIn(calendar, event, year, options.firstElectionYear);
          if (yearly) out.push({ ...yearly, order });
        }
      }
    }
  }
  const placed = placeRelative(out, calendars);
  placed.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order));
  return { occurrences: placed.map(({ order: _order, ...o }) => o), unplaced };
}

type Ordered = Occurrence & { order: number };

/**
 * Places events with `before: { event, days }`: in each year the other event (same
 * calendar first, else any calendar) occurs, the event falls `days` before that
 * occurrence's first day and replaces its own occurrence of that year, if any.
 * Chains are followed; an unknown or cyclic reference leaves the event at its own
 * month/day or date (the rule `event-relative-reference` reports it).
 */
function placeRelative(all: Ordered[], calendars: readonly CalendarSource[]): Ordered[] {
  if (!calendars.some((c) => c.events.some((e) => e.before))) return all;
  const relative = new Map<string, { calendar: CalendarSource; event: ArshjulEvent; order: number }>();
  const sources = new Map<string, CalendarSource>();
  let order = 0;
  for (const c of calendars) {
    sources.set(c.id, c);
    // The same numbering as expandOccurrences: calendar and event order.
    for (const e of c.events) {
      order++;
      if (e.before) relative.set(key(c, e), { calendar: c, event: e, order });
    }
  }

  const byEvent = new Map<string, Ordered[]>();
  for (const o of all) {
    if (o.event.before) continue;
    const k = key(o.calendar, o.event);
    byEvent.set(k, [...(byEvent.get(k) ?? []), o]);
  }
  const resolved = new Map<string, Ordered[] | undefined>();
  const visiting = new Set<string>();
  const resolve = (k: string): Ordered[] | undefined => {
    if (resolved.has(k)) return resolved.get(k);
    const rel = relative.get(k);
    if (!rel) return byEvent.get(k);
    if (visiting.has(k)) return undefined;
    visiting.add(k);
    const target = anchorKey(rel.calendar, rel.event.before!.event, sources);
    const anchors = target === undefined ? undefined : resolve(target);
    visiting.delete(k);
    const own = all.filter((o) => key(o.calendar, o.event) === k);
    let result: Ordered[] | undefined = own;
    if (anchors && anchors.length > 0) {
      const years = new Set(anchors.map((a) => a.year));
      const moved = anchors.map((a) => {
        const day = addDays(a.start, -rel.event.before!.days);
        return { calendar: rel.calendar, event: rel.event, year: a.year, start: day, end: day, shape: 'day' as const, order: rel.order };
      });
      result = [...own.filter((o) => !years.has(o.year)), ...moved];
    }
    resolved.set(k, result);
    return result;
  };
  const rest = all.filter((o) => !o.event.before);
  for (const k of relative.keys()) rest.push(...(resolve(k) ?? all.filter((o) => key(o.calendar, o.event) === k)));
  return rest;
}

function key(calendar: CalendarSource, event: ArshjulEvent): string {
  return `${calendar.id}\u0000${event.id}`;
}

/** The event a `before.event` names: in its own calendar, else the first calendar that has it. */
function anchorKey(calendar: CalendarSource, id: string, sources: Map<string, CalendarSource>): string | undefined {
  if (calendar.events.some((e) => e.id === id)) return `${calendar.id}\u0000${id}`;
  for (const c of sources.values()) if (c.events.some((e) => e.id === id)) return `${c.id}\u0000${id}`;
  return undefined;
}

function yearlyIn(calendar: CalendarSource, event: ArshjulEvent, year: number, firstElectionYear: number | null | undefined): Occurrence | undefined {
  const month = event.month!;
  if (month < 1 || month > 12) return undefined;
  if (event.councilYear != null && councilYearOf(year, firstElectionYear!) !== event.councilYear) return undefined;
  const last = daysInMonth(year, month);
  if (event.day == null) {
    return { calendar, event, year, start: isoDate(year, month, 1), end: isoDate(year, month, last), shape: 'month' };
  }
  const day = isoDate(year, month, Math.min(Math.max(event.day, 1), last));
  return { calendar, event, year, start: day, end: day, shape: 'day' };
}

function oneOff(calendar: CalendarSource, event: ArshjulEvent, options: ExpandOptions): Occurrence | undefined {
  const start = event.date!;
  if (!isValidIsoDate(start)) return undefined;
  // An end before the start, or an impossible end, is reported by plan validate; the event then lasts one day.
  const end = event.end != null && isValidIsoDate(event.end) && event.end >= start ? event.end : start;
  if (end < isoDate(options.from, 1, 1) || start > isoDate(options.to, 12, 31)) return undefined;
  return { calendar, event, year: parseIsoDate(start)!.year, start, end, shape: end === start ? 'day' : 'span' };
}

/** The day after an occurrence's last day: the exclusive end that iCalendar's DTEND wants. */
export function exclusiveEnd(occurrence: Occurrence): string {
  return addDays(occurrence.end, 1);
}
