import type { Repository } from '../model/repository.js';
import { BUILT_IN_CALENDARS } from './built-in.js';
import type { CalendarSource } from './occurrences.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Every calendar of a workspace: its Calendar documents that passed their schema
 * check, in file order, then the built-in calendars it includes
 * (`Workspace.calendars.include`), in the locale.
 */
export function workspaceCalendars(repo: Repository, locale: Locale): CalendarSource[] {
  const own: CalendarSource[] = repo.ofKind('Calendar', true).map((e) => ({
    id: e.id,
    title: e.data.title,
    description: e.data.description ?? null,
    events: e.data.events,
  }));
  const include = repo.workspace?.valid ? (repo.workspace.data.calendars?.include ?? []) : [];
  const builtIn = [...new Set(include)].flatMap((id) => {
    const make = BUILT_IN_CALENDARS[id];
    return make && !repo.byId.has(id) ? [make(locale)] : [];
  });
  return [...own, ...builtIn];
}
