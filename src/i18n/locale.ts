/** The languages planverk speaks: bokmål (the default), nynorsk and English. */
export type Locale = 'nb' | 'nn' | 'en';

/** Every locale, in the order help texts list them. */
export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

/** Whether a value (a flag, a workspace field) names a locale planverk speaks. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** What a run's locale is chosen from; every field may be missing. */
export interface LocaleSources {
  /** `--locale`, already checked with isLocale by the caller (a bad flag is a usage error). */
  flag?: Locale | undefined;
  /** Whether the run found a workspace (plan.yaml); then the environment is not asked. */
  hasWorkspace?: boolean;
  /** The workspace's `locale`; an invalid value (`locale: xx`) counts as not set. */
  workspace?: unknown;
  /** The process environment, for LC_ALL, LC_MESSAGES and LANG. */
  env?: Record<string, string | undefined>;
}

/**
 * The one locale of a run: `--locale`, else the workspace's `locale`, else (only
 * when there is no workspace, as for `plan init`) the POSIX locale of the
 * environment, else nb. A repository speaks its own language whoever runs the
 * command, so the environment never overrides plan.yaml.
 */
export function resolveLocale(sources: LocaleSources): Locale {
  if (sources.flag !== undefined) return sources.flag;
  if (isLocale(sources.workspace)) return sources.workspace;
  if (sources.hasWorkspace !== true && sources.env) return localeFromEnv(sources.env) ?? 'nb';
  return 'nb';
}

/**
 * The locale the POSIX environment asks for: the first set of LC_ALL, LC_MESSAGES
 * and LANG, read as `nn_NO.UTF-8`, `nb_NO`, `no_NO`, `en_GB` …; undefined when it
 * names a language planverk does not speak (or C/POSIX).
 */
export function localeFromEnv(env: Record<string, string | undefined>): Locale | undefined {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const language = value?.toLowerCase().match(/^([a-z]{2,3})(?:[_.@-]|$)/)?.[1];
  if (language === 'nn') return 'nn';
  if (language === 'nb' || language === 'no') return 'nb';
  if (language === 'en') return 'en';
  return undefined;
}
