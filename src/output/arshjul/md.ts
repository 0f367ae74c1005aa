import type { Occurrence } from '../../arshjul/occurrences.js';
import { byMonth, type YearWindow } from '../../arshjul/window.js';
import { mdText } from '../markdown.js';
import { occurrenceDate } from '../../arshjul/occurrence-date.js';
import type { Locale } from '../../i18n/locale.js';
import { fill, words } from '../../i18n/words.js';
import type { FulfillingReport } from '../../model/status-report/deadlines.js';
import { monthName } from '../../i18n/format.js';

export interface MdOptions {
  locale: Locale;
  title: string;
  windows: readonly YearWindow[];
  /** A note per window, e.g. the year of the council period. */
  windowNote?: (window: YearWindow) => string | undefined;
  /** The StatusReports that fulfil a report deadline (model/status-report/deadlines.ts). */
  reportsOf?: (o: Occurrence) => readonly FulfillingReport[];
}

/** "Levert: 1. tertialrapport 2027 (rapporter/tertial-1-2027.yaml)", or nothing when no report fulfils the occurrence. */
export function fulfilledText(o: Occurrence, reportsOf: MdOptions['reportsOf'], locale: Locale): string | undefined {
  const reports = reportsOf?.(o) ?? [];
  if (reports.length === 0) return undefined;
  return fill(words(locale).arshjul.fulfilledBy, { reports: reports.map((r) => `${r.title} (${r.file})`).join(', ') });
}

/** The årshjul as Markdown: per year a heading and a month-by-month table; every value escaped, on one line. */
export function renderMarkdown(occurrences: readonly Occurrence[], options: MdOptions): string {
  const t = words(options.locale).arshjul;
  const out = [`# ${cell(options.title)}`, ''];
  for (const window of options.windows) {
    const note = options.windowNote?.(window);
    out.push(`## ${t.wheel} ${window.label}${note ? ` (${note})` : ''}`, '');
    out.push(`| ${t.month} | ${t.date} | ${t.event} | ${t.category} | ${t.body} | ${t.legalBasis} |`, '| --- | --- | --- | --- | --- | --- |');
    for (const month of byMonth(occurrences, window)) {
      const name = monthName(options.locale, month.month);
      const label = window.startMonth === 1 ? name : `${name} ${month.year}`;
      if (month.occurrences.length === 0) {
        out.push(`| **${label}** | | — | | | |`);
        continue;
      }
      month.occurrences.forEach((o, i) => {
        const e = o.event;
        const done = fulfilledText(o, options.reportsOf, options.locale);
        out.push(`| ${i === 0 ? `**${label}**` : ''} | ${cell(occurrenceDate(options.locale, o))} | ${cell(done ? `${e.title} — ${done}` : e.title)} | ${t.categories[e.category]} | ${cell(e.body ?? '')} | ${cell(e.legalBasis ?? '')} |`);
      });
    }
    out.push('');
  }
  return out.join('\n');
}

/** A value in a heading or table cell: trimmed, then the one Markdown escaper. */
function cell(text: string): string {
  return mdText(text.trim());
}
