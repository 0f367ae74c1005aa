import { resolve } from 'node:path';
import { words } from '../i18n/words.js';
import { isLocale, LOCALES, resolveLocale, type Locale } from '../i18n/locale.js';
import { checkRepository, type CheckResult } from '../check/check-repository.js';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { loadRepository } from '../workspace/load-repository.js';

export interface Loaded extends CheckResult {
  root: string;
  locale: Locale;
}

/**
 * Loads and checks the repository for a rendering command, and picks the locale
 * (flag, else the workspace's, else nb). Errors in the repository do not stop
 * rendering — documents that fail their schema are left out of the model — but
 * a one-line warning on stderr says so.
 */
export function loadForRender(io: Io, dir: string | undefined, localeFlag: string | undefined): Loaded {
  const loaded = loadRepository(resolve(io.cwd, dir ?? '.'));
  const result = checkRepository(loaded);
  if (localeFlag !== undefined && !isLocale(localeFlag)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  const locale = resolveLocale({ flag: localeFlag, workspace: result.repo.workspace?.data.locale, hasWorkspace: result.repo.workspace !== undefined, env: io.env });
  if (result.summary.errors > 0) {
    io.stderr.write(`plan: ${words(locale).run.renderWithErrors(result.summary.errors)}\n`);
  }
  return { ...result, root: loaded.root, locale };
}

/**
 * The workspace's locale when it is one planverk speaks, else nb: an invalid
 * plan.yaml (say `locale: xx`) is still loaded, and its value must not reach the
 * label tables (the property tests found `plan trace` crashing on it).
 */
export function renderLocale(value: unknown): Locale {
  return resolveLocale({ workspace: value, hasWorkspace: true });
}

/** Picks a document id: the flag, else the only one of its kind, else a usage error listing the choices. */
export function pickId(flag: string | undefined, candidates: string[], what: string, option: string): string {
  if (flag !== undefined) {
    if (!candidates.includes(flag)) throw new UsageError(`no ${what} "${flag}"${candidates.length > 0 ? `; choose one of: ${candidates.join(', ')}` : ''}`);
    return flag;
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) throw new UsageError(`the repository has no ${what}`);
  throw new UsageError(`the repository has ${candidates.length} ${what}s; choose one with ${option}: ${candidates.join(', ')}`);
}
