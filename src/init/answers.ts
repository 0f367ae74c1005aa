import { UsageError } from '../io.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { lastElectionYear, type InitAnswers } from './scaffold.js';
import { words } from '../i18n/words.js';

/** What flags gave; anything missing is asked for (in a terminal) or defaulted. */
export interface InitFlags {
  name?: string;
  number?: string;
  locale?: string;
  firstElectionYear?: string;
}


/** Checks one answer; returns an error text or undefined. */
const CHECKS = {
  number: (v: string) => (v === '' || /^[0-9]{4}$/.test(v) ? undefined : 'a municipality number has 4 digits, e.g. 3203'),
  locale: (v: string) => (LOCALES.includes(v as Locale) ? undefined : `one of ${LOCALES.join(', ')}`),
  firstElectionYear: (v: string) => (/^\d{4}$/.test(v) && (Number(v) - 2023) % 4 === 0 ? undefined : 'a municipal election year: 2019, 2023, 2027, …'),
};

/**
 * Answers from flags and defaults only (no terminal, or --yes). A bad flag value
 * is a usage error (exit 2).
 */
export function answersFromFlags(flags: InitFlags, now: Date): InitAnswers {
  for (const key of ['number', 'locale', 'firstElectionYear'] as const) {
    const value = flags[key];
    const problem = value === undefined ? undefined : CHECKS[key](value);
    if (problem) throw new UsageError(`--${key === 'firstElectionYear' ? 'first-election-year' : key} ${value}: ${problem}`);
  }
  const locale = (flags.locale ?? 'nb') as Locale;
  const answers: InitAnswers = {
    name: flags.name?.trim() || words(locale).init.defaultName,
    locale,
    firstElectionYear: flags.firstElectionYear ? Number(flags.firstElectionYear) : lastElectionYear(now.getUTCFullYear()),
  };
  if (flags.number) answers.number = flags.number;
  return answers;
}

/**
 * Asks for every answer a flag did not give, with the default in brackets;
 * an empty reply takes the default, a bad one asks again.
 */
export async function askAnswers(flags: InitFlags, now: Date, ask: (question: string) => Promise<string>): Promise<InitAnswers> {
  const defaults = answersFromFlags(flags, now);
  const question = async (label: string, fallback: string, check?: (v: string) => string | undefined): Promise<string> => {
    let problem: string | undefined;
    for (;;) {
      const reply = (await ask(`${problem ? `(${problem}) ` : ''}${label}${fallback ? ` [${fallback}]` : ''}: `)).trim();
      const value = reply === '' ? fallback : reply;
      problem = check?.(value);
      if (!problem) return value;
    }
  };
  const locale = (flags.locale ?? (await question('Language of reports (nb, nn, en)', defaults.locale, CHECKS.locale))) as Locale;
  const name = flags.name ?? (await question('Municipality name', words(locale).init.defaultName));
  const number = flags.number ?? (await question('Municipality number (4 digits, optional)', '', CHECKS.number));
  const year = flags.firstElectionYear ?? (await question('First election year of the council periods', String(defaults.firstElectionYear), CHECKS.firstElectionYear));
  const answers: InitAnswers = { name: name.trim() || words(locale).init.defaultName, locale, firstElectionYear: Number(year) };
  if (number) answers.number = number;
  return answers;
}
