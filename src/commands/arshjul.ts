import { reportsForDeadlines } from '../model/status-report/deadlines.js';
import { BUILT_IN_CALENDARS } from '../arshjul/built-in.js';
import { workspaceCalendars } from '../arshjul/calendars.js';
import { todayIso } from '../arshjul/dates.js';
import { councilYearOf, expandOccurrences, type CalendarSource, type Expansion, type Occurrence } from '../arshjul/occurrences.js';
import { overlaps, yearWindows } from '../arshjul/window.js';
import { closest, didYouMean } from '../diagnostics/suggest.js';
import { UsageError, type Io } from '../io.js';
import type { Repository } from '../model/repository.js';
import { formatsOf, type FormatOf } from '../output/formats.js';
import { printable } from '../output/terminal.js';
import { renderHtml } from '../output/arshjul/html.js';
import { renderIcs, type MonthEvents } from '../output/arshjul/ics.js';
import { renderMarkdown } from '../output/arshjul/md.js';
import { renderWheelSvg } from '../output/arshjul/svg.js';
import { loadForRender, chooseFormatOf } from './load-model.js';
import { writeOutput } from '../write/output.js';
import { CATEGORIES } from '../arshjul/categories.js';
import type { Locale } from '../i18n/locale.js';
import { clock } from '../i18n/today.js';
import { words } from '../i18n/words.js';

export const ARSHJUL_FORMATS = formatsOf('arshjul');
export type ArshjulFormat = FormatOf<'arshjul'>;

export interface ArshjulOptions {
  dir?: string;
  calendar?: string;
  year?: number;
  from?: number;
  to?: number;
  /** Default: from the --out extension, else md. */
  format?: ArshjulFormat;
  out?: string;
  force?: boolean;
  startMonth?: number;
  /** ICS: month-only events as one day (default) or as a month-long span. */
  monthEvents?: MonthEvents;
  locale?: Locale;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
  /** The clock, for tests; else SOURCE_DATE_EPOCH, else the system clock. */
  now?: Date;
}

/** `plan arshjul`: the årshjul of one calendar or all, for a year or a range, as SVG, HTML, ICS or Markdown. */
export async function arshjul(options: ArshjulOptions, io: Io): Promise<number> {
  const now = options.now ?? clock(io.env);
  const format = chooseFormatOf('arshjul', options, io);
  // Invalid calendars are left out (workspaceCalendars reads valid ones only); the errors are printed once.
  const { repo, locale, exitCode } = loadForRender(io, options);
  const { from, to } = years(options, now, locale);
  if (format === 'svg' && from !== to) throw new UsageError(words(locale).cli.usage.svgOneYear);
  const calendars = select(workspaceCalendars(repo, locale), options.calendar, locale);

  const { text, occurrences, unplaced } = renderArshjul(repo, calendars, { format, from, to, startMonth: options.startMonth ?? 1, locale, now, monthEvents: options.monthEvents });
  if (unplaced.length > 0) {
    io.stderr.write(`plan: ${words(locale).cliMore.render.unplaced(unplaced.length, printable(unplaced.map((u) => u.event).join(', ')))}\n`);
  }
  writeOutput(io, text, options.out, options.force, words(locale).cliMore.write.events(occurrences.length), locale);
  return exitCode;
}

export interface ArshjulRenderOptions {
  format: ArshjulFormat;
  from: number;
  to: number;
  startMonth: number;
  locale: Locale;
  now: Date;
  monthEvents?: MonthEvents;
}

/**
 * The årshjul of the given calendars as text in one format: pure, so the command and
 * the property tests run the same code. `unplaced` lists councilYear events left out.
 */
export function renderArshjul(repo: Repository, calendars: CalendarSource[], options: ArshjulRenderOptions): { text: string; occurrences: Occurrence[]; unplaced: Expansion['unplaced'] } {
  const { format, from, to, startMonth, locale, now, monthEvents } = options;
  const firstElectionYear = repo.workspace?.data.firstElectionYear ?? null;
  const windows = yearWindows(from, to, startMonth);
  const span = { start: windows[0]!.start, end: windows[windows.length - 1]!.end };
  const expansion = expandOccurrences(calendars, { from, to: startMonth === 1 ? to : to + 1, firstElectionYear });
  const occurrences = expansion.occurrences.filter((o) => overlaps(o, span));

  const t = words(locale).arshjul;
  const title = calendars.length === 1 ? calendars[0]!.title : (repo.workspace?.data.name ?? t.allCalendars);
  const categories = CATEGORIES.filter((c) => calendars.some((cal) => cal.events.some((e) => e.category === c)));
  const windowNote = firstElectionYear == null ? () => undefined : (w: { year: number }) => t.councilYear(councilYearOf(w.year, firstElectionYear));
  const today = todayIso(now);
  let text: string;
  switch (format) {
    case 'svg':
      text = renderWheelSvg(occurrences, { locale, title, window: windows[0]!, categories, today, hubNote: windowNote(windows[0]!) });
      break;
    case 'html':
      text = renderHtml(occurrences, { locale, title, windows, categories, today, windowNote, reportsOf: reportsForDeadlines(repo) });
      break;
    case 'ics':
      text = renderIcs(occurrences, { locale, name: title, workspaceId: repo.workspace?.id ?? 'planverk', now, reportsOf: reportsForDeadlines(repo), monthEvents });
      break;
    case 'md':
      text = renderMarkdown(occurrences, { locale, title, windows, windowNote, reportsOf: reportsForDeadlines(repo) });
      break;
  }
  return { text, occurrences, unplaced: expansion.unplaced };
}

function years(options: ArshjulOptions, now: Date, locale: Locale): { from: number; to: number } {
  const u = words(locale).cli.usage;
  if (options.year !== undefined && (options.from !== undefined || options.to !== undefined)) throw new UsageError(u.yearAndRange);
  if (options.year !== undefined) return { from: options.year, to: options.year };
  const w = words(locale).choose;
  if (options.from !== undefined && options.to === undefined) throw new UsageError(w.fromWithoutTo);
  if (options.to !== undefined && options.from === undefined) throw new UsageError(w.toWithoutFrom);
  const from = options.from ?? options.to ?? now.getFullYear();
  const to = options.to ?? options.from ?? now.getFullYear();
  if (to < from) throw new UsageError(u.toBeforeFrom(to, from));
  if (to - from >= 50) throw new UsageError(u.rangeTooLong);
  return { from, to };
}

function select(all: CalendarSource[], id: string | undefined, locale: Locale): CalendarSource[] {
  const u = words(locale).cli.usage;
  if (id === undefined) return all;
  const found = all.find((c) => c.id === id);
  if (found) return [found];
  if (id in BUILT_IN_CALENDARS) throw new UsageError(u.calendarNotIncluded(id));
  const ids = all.map((c) => c.id);
  const hint = didYouMean(closest(id, ids), locale) ?? (ids.length > 0 ? u.calendars(ids.join(', ')) : u.noCalendars);
  throw new UsageError(u.noCalendar(id, hint));
}
