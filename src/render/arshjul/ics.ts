import type { FulfillingReport } from '../../model/status-report/deadlines.js';
import { fulfilledText } from './md.js';
import { exclusiveEnd, type Occurrence } from '../../arshjul/occurrences.js';
import { fold, icsText as escapeText } from '../../output/ics.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';

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
}

/**
 * An RFC 5545 calendar of all-day events: DATE-valued DTSTART and exclusive
 * DTEND, UIDs stable across exports (calendar, event and year), escaped text
 * (src/output/ics.ts: controls and CI commands shown as escapes), lines folded at
 * 75 octets and ended with CRLF.
 */
export function renderIcs(occurrences: readonly Occurrence[], options: IcsOptions): string {
  const t = words(options.locale).arshjul;
  const stamp = options.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//planverk//plan arshjul//${options.locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const o of occurrences) {
    const e = o.event;
    const description = [
      e.body ? `${t.body}: ${e.body}` : undefined,
      e.legalBasis ? `${t.legalBasis}: ${e.legalBasis}` : undefined,
      e.description ?? undefined,
      e.certainty ? t.certainty[e.certainty] : undefined,
      `${t.wheel}: ${o.calendar.title}`,
      fulfilledText(o, options.reportsOf, options.locale),
    ].filter((x): x is string => Boolean(x));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(o, options.workspaceId)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${o.start.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${exclusiveEnd(o).replace(/-/g, '')}`,
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      `CATEGORIES:${escapeText(t.categories[e.category])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** `<year>-<event>.<calendar>.<workspace>@planverk`: the same event in the same year keeps its UID. */
export function uid(o: Occurrence, workspaceId: string): string {
  return escapeText(`${o.year}-${o.event.id}.${o.calendar.id}.${workspaceId}@planverk`);
}

