import type { Locale } from './locale.js';
import type { CalendarSource } from './occurrences.js';
import { norwayMunicipal } from './library/norway-municipal.js';

/** The calendars that ship with planverk, by the id a workspace includes them with. */
export const BUILT_IN_CALENDARS: Readonly<Record<string, (locale: Locale) => CalendarSource>> = {
  'norway-municipal': norwayMunicipal,
};
