import { UsageError } from '../io.js';
import { isLocale, LOCALES, resolveLocale, type Locale } from '../i18n/locale.js';
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
function checks(locale: Locale) {
  const p = words(locale).init.prompts;
  return {
    number: (v: string) => (v === '' || /^[0-9]{4}$/.test(v) ? undefined : p.badNumber),
    locale: (v: string) => (isLocale(v) ? undefined : p.badLocale(LOCALES.join(', '))),
    firstElectionYear: (v: string) => (/^\d{4}$/.test(v) && (Number(v) - 2023) % 4 === 0 ? undefined : p.badElectionYear),
  };
}

/**
 * Answers from flags and defaults only (no terminal, or --yes). A bad flag value
 * is a usage error (exit 2).
 */
export function answersFromFlags(flags: InitFlags, now: Date, env: Record<string, string | undefined> = {}): InitAnswers {
  const CHECKS = checks(resolveLocale({ flag: isLocale(flags.locale) ? flags.locale : undefined, env }));
  for (const key of ['number', 'locale', 'firstElectionYear'] as const) {
    const value = flags[key];
    const problem = value === undefined ? undefined : CHECKS[key](value);
    if (problem) throw new UsageError(`--${key === 'firstElectionYear' ? 'first-election-year' : key} ${value}: ${problem}`);
  }
  // No workspace yet: the environment's language (LANG …) is the default, else nb.
  const locale = resolveLocale({ flag: flags.locale as Locale | undefined, env });
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
export async function askAnswers(flags: InitFlags, now: Date, ask: (question: string) => Promise<string>, env: Record<string, string | undefined> = {}): Promise<InitAnswers> {
  const defaults = answersFromFlags(flags, now, env);
  // The first question is asked in the default language, the others in the one chosen.
  const first = checks(defaults.locale);
  const question = async (label: string, fallback: string, check?: (v: string) => string | undefined): Promise<string> => {
    let problem: string | undefined;
    for (;;) {
      const reply = (await ask(`${problem ? `(${problem}) ` : ''}${label}${fallback ? ` [${fallback}]` : ''}: `)).trim();
      const value = reply === '' ? fallback : reply;
      problem = check?.(value);
      if (!problem) return value;
    }
  };
  const locale = (flags.locale ?? (await question(words(defaults.locale).init.prompts.locale, defaults.locale, first.locale))) as Locale;
  const p = words(locale).init.prompts;
  const CHECKS = checks(locale);
  const name = flags.name ?? (await question(p.name, words(locale).init.defaultName));
  const number = flags.number ?? (await question(p.number, '', CHECKS.number));
  const year = flags.firstElectionYear ?? (await question(p.firstElectionYear, String(defaults.firstElectionYear), CHECKS.firstElectionYear));
  const answers: InitAnswers = { name: name.trim() || words(locale).init.defaultName, locale, firstElectionYear: Number(year) };
  if (number) answers.number = number;
  return answers;
}
