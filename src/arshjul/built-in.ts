import type { CalendarSource } from './occurrences.js';
import { norwayMunicipal } from './library/norway-municipal.js';
import type { Locale } from '../i18n/locale.js';

/** The calendars that ship with planverk, by the id a workspace includes them with. */
export const BUILT_IN_CALENDARS: Readonly<Record<string, (locale: Locale) => CalendarSource>> = {
  'norway-municipal': norwayMunicipal,
};
