import type { ArshjulEvent, CalendarSource, Certainty } from '../occurrences.js';
import type { Locale } from '../../i18n/locale.js';
import { fill, words } from '../../i18n/words.js';

type Localized = Record<Locale, string>;

interface LibraryEvent {
  id: string;
  category: ArshjulEvent['category'];
  month: number;
  day?: number;
  councilYear?: number;
  title: Localized;
  body?: Localized;
  /** The statutory source; `{municipalAct}` and the other act names are filled in from the catalogue's `laws`. */
  legalBasis: string | null;
  certainty: Certainty;
  description?: Localized;
  /** Counted back from a repository event with this id when one exists; else `month`/`day`. */
  before?: { event: string; days: number };
}

const KS: Localized = { nb: 'Kommunestyret', nn: 'Kommunestyret', en: 'Municipal council' };
const KD: Localized = { nb: 'Kommunedirektøren', nn: 'Kommunedirektøren', en: 'Chief municipal executive' };

/** Both tertial reports (kommuneloven § 14-5) say the same of why they are due. */
const TERTIAL_DESCRIPTION: Localized = {
  nb: 'Kommunedirektøren rapporterer minst to ganger i året til kommunestyret om budsjett og fremdrift; i praksis per 30. april og 31. august.',
  nn: 'Kommunedirektøren rapporterer minst to gonger i året til kommunestyret om budsjett og framdrift; i praksis per 30. april og 31. august.',
  en: 'The chief executive reports to the council on the budget and progress at least twice a year; in practice as of 30 April and 31 August.',
};

/**
 * The statutory plan and budget cycle of a Norwegian municipality. Sources and
 * how sure each date is are documented in docs/arshjul.md; keep the two in step.
 */
const EVENTS: readonly LibraryEvent[] = [
  {
    id: 'kostra-rapportering',
    category: 'reporting',
    month: 2,
    day: 15,
    title: { nb: 'KOSTRA: frist for å rapportere regnskapsdata til SSB', nn: 'KOSTRA: frist for å rapportere rekneskapsdata til SSB', en: 'KOSTRA: deadline for reporting accounts data to Statistics Norway' },
    body: KD,
    legalBasis: '{municipalAct} § 16-1 {and} {kostraRegulation}',
    certainty: 'law',
    description: {
      nb: 'Regnskapsdata og de fleste tjenesteskjemaene. Faller datoen på en helg, setter SSB fristen til neste virkedag.',
      nn: 'Rekneskapsdata og dei fleste tenesteskjemaa. Fell datoen på ei helg, set SSB fristen til neste yrkedag.',
      en: 'Accounts data and most service forms. When the date falls on a weekend, Statistics Norway moves it to the next working day.',
    },
  },
  {
    id: 'arsregnskap-avlagt',
    category: 'deadline',
    month: 2,
    day: 22,
    title: { nb: 'Frist: årsregnskapet avlegges', nn: 'Frist: årsrekneskapen blir lagd fram', en: 'Deadline: annual accounts presented' },
    body: KD,
    legalBasis: '{municipalAct} § 14-6',
    certainty: 'law',
  },
  {
    id: 'arsberetning-avgitt',
    category: 'deadline',
    month: 3,
    day: 31,
    title: { nb: 'Frist: årsberetningen avgis', nn: 'Frist: årsmeldinga blir lagd fram', en: 'Deadline: annual report issued' },
    body: KD,
    legalBasis: '{municipalAct} § 14-7',
    certainty: 'law',
  },
  {
    id: 'tertialrapport-1',
    category: 'reporting',
    month: 4,
    day: 30,
    title: { nb: '1. tertialrapport: status per 30. april', nn: '1. tertialrapport: status per 30. april', en: 'First four-monthly report: status as of 30 April' },
    body: KD,
    legalBasis: '{municipalAct} § 14-5',
    certainty: 'practice',
    description: TERTIAL_DESCRIPTION,
  },
  {
    id: 'kommuneproposisjon',
    category: 'budget',
    month: 5,
    title: { nb: 'Kommuneproposisjonen legges fram', nn: 'Kommuneproposisjonen blir lagd fram', en: 'Government white paper on municipal finances (kommuneproposisjonen)' },
    body: { nb: 'Regjeringen', nn: 'Regjeringa', en: 'Government' },
    legalBasis: null,
    certainty: 'practice',
    description: {
      nb: 'Legges fram sammen med revidert nasjonalbudsjett, vanligvis i mai. Gir rammene for kommuneøkonomien neste år.',
      nn: 'Blir lagd fram saman med revidert nasjonalbudsjett, vanlegvis i mai. Gir rammene for kommuneøkonomien neste år.',
      en: 'Presented with the revised national budget, usually in May. Sets the frame for municipal finances next year.',
    },
  },
  {
    id: 'arsregnskap-vedtatt',
    category: 'political',
    month: 6,
    day: 30,
    title: { nb: 'Frist: kommunestyret vedtar årsregnskap og årsberetning', nn: 'Frist: kommunestyret vedtek årsrekneskap og årsmelding', en: 'Deadline: council adopts annual accounts and annual report' },
    body: KS,
    legalBasis: '{municipalAct} § 14-3',
    certainty: 'law',
    description: {
      nb: 'Senest seks måneder etter regnskapsårets slutt.',
      nn: 'Seinast seks månader etter slutten av rekneskapsåret.',
      en: 'No later than six months after the end of the financial year.',
    },
  },
  {
    id: 'tertialrapport-2',
    category: 'reporting',
    month: 8,
    day: 31,
    title: { nb: '2. tertialrapport: status per 31. august', nn: '2. tertialrapport: status per 31. august', en: 'Second four-monthly report: status as of 31 August' },
    body: KD,
    legalBasis: '{municipalAct} § 14-5',
    certainty: 'practice',
    description: TERTIAL_DESCRIPTION,
  },
  {
    id: 'kommunestyrevalg',
    category: 'political',
    month: 9,
    councilYear: 4,
    title: { nb: 'Kommunestyre- og fylkestingsvalg', nn: 'Kommunestyre- og fylkestingsval', en: 'Municipal and county elections' },
    legalBasis: '{electionAct}',
    certainty: 'approximate',
    description: {
      nb: 'Valgdagen er en mandag i september som Kongen fastsetter.',
      nn: 'Valdagen er ein måndag i september som Kongen fastset.',
      en: 'Election day is a Monday in September set by the King in Council.',
    },
  },
  {
    id: 'statsbudsjett',
    category: 'budget',
    month: 10,
    title: { nb: 'Statsbudsjettet legges fram', nn: 'Statsbudsjettet blir lagt fram', en: 'State budget presented' },
    body: { nb: 'Regjeringen', nn: 'Regjeringa', en: 'Government' },
    legalBasis: null,
    certainty: 'practice',
    description: {
      nb: 'Vanligvis i første halvdel av oktober, like etter at Stortinget er konstituert. Viser kommunenes frie inntekter neste år.',
      nn: 'Vanlegvis i første halvdel av oktober, like etter at Stortinget er konstituert. Viser dei frie inntektene til kommunane neste år.',
      en: 'Usually in the first half of October, just after the Storting convenes. Shows the municipalities\u2019 unrestricted revenue next year.',
    },
  },
  {
    id: 'konstituering',
    category: 'political',
    month: 10,
    day: 31,
    councilYear: 4,
    title: { nb: 'Frist: nytt kommunestyre konstitueres', nn: 'Frist: nytt kommunestyre blir konstituert', en: 'Deadline: new council constituted' },
    body: KS,
    legalBasis: '{municipalAct} § 7-1',
    certainty: 'law',
    description: {
      nb: 'Det konstituerende møtet holdes innen utgangen av oktober i valgåret.',
      nn: 'Det konstituerande møtet blir halde innan utgangen av oktober i valåret.',
      en: 'The constituent meeting is held by the end of October in the election year.',
    },
  },
  {
    id: 'planstrategi-frist',
    category: 'planning',
    month: 10,
    day: 31,
    councilYear: 1,
    title: { nb: 'Frist: kommunal planstrategi vedtas', nn: 'Frist: kommunal planstrategi blir vedteken', en: 'Deadline: municipal planning strategy adopted' },
    body: KS,
    legalBasis: '{planningAct} § 10-1',
    certainty: 'derived',
    description: {
      nb: 'Senest ett år etter at kommunestyret er konstituert; med konstituering innen utgangen av oktober i valgåret gir det 31. oktober året etter.',
      nn: 'Seinast eitt år etter at kommunestyret er konstituert; med konstituering innan utgangen av oktober i valåret gir det 31. oktober året etter.',
      en: 'Within one year after the council is constituted; with constitution by the end of October in the election year, that is 31 October the year after.',
    },
  },
  {
    id: 'handlingsdel-offentlig',
    category: 'planning',
    month: 12,
    day: 1,
    title: { nb: 'Frist: forslag til kommuneplanens handlingsdel offentlig', nn: 'Frist: forslag til handlingsdelen av kommuneplanen offentleg', en: 'Deadline: proposed action programme of the master plan made public' },
    body: KD,
    legalBasis: '{planningAct} § 11-4',
    certainty: 'derived',
    description: {
      nb: 'Minst 30 dager før kommunestyret behandler den; 1. desember er seneste dato ved vedtak 31. desember.',
      nn: 'Minst 30 dagar før kommunestyret handsamar han; 1. desember er seinaste dato ved vedtak 31. desember.',
      en: 'At least 30 days before the council considers it; 1 December is the latest date for adoption on 31 December.',
    },
  },
  {
    id: 'budsjettinnstilling-offentlig',
    category: 'budget',
    month: 12,
    day: 17,
    // 14 days before the council's own December meeting, when a calendar of the repository has one.
    before: { event: 'kommunestyre-desember', days: 14 },
    title: { nb: 'Frist: formannskapets innstilling til økonomiplan og årsbudsjett offentlig', nn: 'Frist: innstillinga frå formannskapet til økonomiplan og årsbudsjett offentleg', en: 'Deadline: executive committee\u2019s recommended financial plan and budget made public' },
    body: { nb: 'Formannskapet', nn: 'Formannskapet', en: 'Executive committee (formannskapet)' },
    legalBasis: '{municipalAct} § 14-3',
    certainty: 'derived',
    description: {
      nb: 'Minst 14 dager før kommunestyret behandler saken; 17. desember er seneste dato ved vedtak 31. desember.',
      nn: 'Minst 14 dagar før kommunestyret handsamar saka; 17. desember er seinaste dato ved vedtak 31. desember.',
      en: 'At least 14 days before the council considers it; 17 December is the latest date for adoption on 31 December.',
    },
  },
  {
    id: 'okonomiplan-arsbudsjett-vedtatt',
    category: 'budget',
    month: 12,
    day: 31,
    title: { nb: 'Frist: økonomiplan og årsbudsjett vedtas', nn: 'Frist: økonomiplan og årsbudsjett blir vedtekne', en: 'Deadline: financial plan and annual budget adopted' },
    body: KS,
    legalBasis: '{municipalAct} §§ 14-2 {to} 14-4',
    certainty: 'law',
    description: {
      nb: 'Vedtas innen utgangen av året før budsjettåret.',
      nn: 'Blir vedtekne innan utgangen av året før budsjettåret.',
      en: 'Adopted by the end of the year before the budget year.',
    },
  },
];

const TITLES: Localized = {
  nb: 'Lovpålagte frister for kommuner',
  nn: 'Lovpålagde fristar for kommunar',
  en: 'Statutory deadlines for Norwegian municipalities',
};

/** The built-in calendar `norway-municipal` in a locale. */
export function norwayMunicipal(locale: Locale): CalendarSource {
  return {
    id: 'norway-municipal',
    title: TITLES[locale],
    builtIn: true,
    events: EVENTS.map((e) => ({
      id: e.id,
      title: e.title[locale],
      category: e.category,
      month: e.month,
      day: e.day ?? null,
      councilYear: e.councilYear ?? null,
      body: e.body?.[locale] ?? null,
      legalBasis: e.legalBasis === null ? null : fill(e.legalBasis, words(locale).laws),
      description: e.description?.[locale] ?? null,
      certainty: e.certainty,
      ...(e.before ? { before: e.before } : {}),
    })),
  };
}
