import type { ArshjulEvent, Certainty } from './occurrences.js';

/** The languages reports speak (Workspace.locale). */
export type Locale = 'nb' | 'nn' | 'en';
export type Category = ArshjulEvent['category'];

/** Categories in the order of the wheel's rings, from the centre outwards, and of legends. */
export const CATEGORIES: readonly Category[] = ['political', 'budget', 'reporting', 'planning', 'deadline', 'people', 'other'];

interface Texts {
  months: readonly string[];
  monthsShort: readonly string[];
  categories: Record<Category, string>;
  certainty: Record<Certainty, string>;
  today: string;
  wheel: string;
  legend: string;
  ringsOutwards: string;
  month: string;
  date: string;
  event: string;
  /** Plural, lower case: "12 hendelser". */
  events: string;
  category: string;
  body: string;
  legalBasis: string;
  noEvents: string;
  councilYear: (n: number) => string;
  allCalendars: string;
  wholeMonth: string;
}

const NB: Texts = {
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  monthsShort: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  categories: { political: 'Politisk', budget: 'Budsjett', reporting: 'Rapportering', planning: 'Planlegging', deadline: 'Frist', people: 'Medarbeidere', other: 'Annet' },
  certainty: {
    law: 'Datoen står i lov eller forskrift.',
    derived: 'Seneste dato regnet ut fra en lovregel; flytt den etter egen vedtaksdato.',
    practice: 'Fast praksis, ikke lovfestet; datoen kan variere.',
    approximate: 'Omtrentlig tidspunkt; den nøyaktige datoen fastsettes hvert år.',
  },
  today: 'I dag',
  wheel: 'Årshjul',
  legend: 'Tegnforklaring',
  ringsOutwards: 'ringene nummerert fra midten og ut',
  month: 'Måned',
  date: 'Dato',
  event: 'Hendelse',
  events: 'hendelser',
  category: 'Kategori',
  body: 'Organ',
  legalBasis: 'Hjemmel',
  noEvents: 'Ingen hendelser',
  councilYear: (n) => `valgperiodens år ${n}`,
  allCalendars: 'Alle årshjul',
  wholeMonth: 'hele måneden',
};

const NN: Texts = {
  ...NB,
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  categories: { political: 'Politisk', budget: 'Budsjett', reporting: 'Rapportering', planning: 'Planlegging', deadline: 'Frist', people: 'Medarbeidarar', other: 'Anna' },
  certainty: {
    law: 'Datoen står i lov eller forskrift.',
    derived: 'Seinaste dato rekna ut frå ein lovregel; flytt han etter eigen vedtaksdato.',
    practice: 'Fast praksis, ikkje lovfesta; datoen kan variere.',
    approximate: 'Omtrentleg tidspunkt; den nøyaktige datoen blir fastsett kvart år.',
  },
  wheel: 'Årshjul',
  legend: 'Teiknforklaring',
  ringsOutwards: 'ringane nummererte frå midten og ut',
  month: 'Månad',
  event: 'Hending',
  events: 'hendingar',
  noEvents: 'Ingen hendingar',
  councilYear: (n) => `år ${n} i valperioden`,
  allCalendars: 'Alle årshjul',
  wholeMonth: 'heile månaden',
};

const EN: Texts = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  categories: { political: 'Political', budget: 'Budget', reporting: 'Reporting', planning: 'Planning', deadline: 'Deadline', people: 'People', other: 'Other' },
  certainty: {
    law: 'The date is set in an act or regulation.',
    derived: 'Latest date worked out from a statutory rule; move it with your own adoption date.',
    practice: 'Established practice, not law; the date may vary.',
    approximate: 'Approximate; the exact date is set each year.',
  },
  today: 'Today',
  wheel: 'Annual wheel',
  legend: 'Legend',
  ringsOutwards: 'rings numbered from the centre outwards',
  month: 'Month',
  date: 'Date',
  event: 'Event',
  events: 'events',
  category: 'Category',
  body: 'Body',
  legalBasis: 'Legal basis',
  noEvents: 'No events',
  councilYear: (n) => `year ${n} of the council period`,
  allCalendars: 'All calendars',
  wholeMonth: 'whole month',
};

const TEXTS: Record<Locale, Texts> = { nb: NB, nn: NN, en: EN };

/** The words of a locale. */
export function texts(locale: Locale): Texts {
  return TEXTS[locale];
}

/** A day as a reader of the locale writes it: "22. feb." / "22 Feb". */
export function shortDay(locale: Locale, iso: string): string {
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const name = TEXTS[locale].monthsShort[month - 1]!;
  return locale === 'en' ? `${day} ${name}` : `${day}. ${name}`;
}

/** A day with its year: "22. februar 2027" / "22 February 2027". */
export function longDay(locale: Locale, iso: string): string {
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const name = TEXTS[locale].months[month - 1]!;
  return locale === 'en' ? `${day} ${name} ${iso.slice(0, 4)}` : `${day}. ${name} ${iso.slice(0, 4)}`;
}

/**
 * When an occurrence happens, for lists: "22. feb.", "juni" for a whole month,
 * "19.–20. jan." or "28. des. 2026 – 3. jan. 2027" for spans.
 */
export function occurrenceDate(locale: Locale, o: { start: string; end: string; shape: 'day' | 'month' | 'span' }): string {
  if (o.shape === 'day') return shortDay(locale, o.start);
  if (o.shape === 'month') return TEXTS[locale].months[Number(o.start.slice(5, 7)) - 1]!;
  if (o.start.slice(0, 4) !== o.end.slice(0, 4)) return `${shortDay(locale, o.start)} ${o.start.slice(0, 4)} – ${shortDay(locale, o.end)} ${o.end.slice(0, 4)}`;
  if (o.start.slice(0, 7) === o.end.slice(0, 7)) {
    const first = Number(o.start.slice(8, 10));
    return locale === 'en' ? `${first}–${shortDay(locale, o.end)}` : `${first}.–${shortDay(locale, o.end)}`;
  }
  return `${shortDay(locale, o.start)} – ${shortDay(locale, o.end)}`;
}
