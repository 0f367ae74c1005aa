import { resolve } from 'node:path';
import { isLocale, LOCALES, resolveLocale, type Locale } from '../i18n/locale.js';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { closest, someOf } from '../diagnostics/suggest.js';
import { words } from '../i18n/words.js';
import { reportProjectErrors } from '../project/error-policy.js';
import { loadProject, type Project } from '../project/load-project.js';
import { today } from '../i18n/today.js';
import { chooseFormat, type CommandName, type FormatOf } from '../output/formats.js';

export interface Loaded extends Project {
  locale: Locale;
  /** The exit code the repository's errors call for (error-policy.ts): 0, or 1 unless --allow-errors. */
  exitCode: number;
}

/** The flags every rendering command shares about loading. */
export interface RenderLoadOptions {
  dir?: string;
  locale?: string;
  allowErrors?: boolean;
  color?: boolean;
}

/**
 * Loads and checks the repository for a rendering command (loadProject), prints its
 * errors the one way (reportProjectErrors) and picks the locale (flag, else the
 * workspace's, else nb). Documents that fail their schema are left out of the views.
 */
export function loadForRender(io: Io, options: RenderLoadOptions): Loaded {
  if (options.locale !== undefined && !isLocale(options.locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  const project = loadProject({ dir: resolve(io.cwd, options.dir ?? '.') }, { ...(options.locale !== undefined && { locale: options.locale }), env: io.env, today: today(io.env) });
  const locale = resolveLocale({ flag: options.locale, workspace: project.repo.workspace?.data.locale, hasWorkspace: project.repo.workspace !== undefined, env: io.env });
  const exitCode = reportProjectErrors(project, io, { ...options, locale });
  return { ...project, locale, exitCode };
}

/**
 * `chooseFormat` (src/output/formats.ts) for a command that has not loaded the
 * repository yet: a contradiction of `--format` and `--out` is a usage error in the
 * run's language (the flag, else plan.yaml's locale, else the environment's, else
 * nb). The repository is read only on that error path, to learn its locale.
 */
export function chooseFormatOf<C extends CommandName>(command: C, options: { format?: string; out?: string; dir?: string; locale?: string }, io: Io): FormatOf<C> {
  try {
    return chooseFormat(command, options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return chooseFormat(command, options, usageLocale(io, options));
  }
}

/** The run's locale without printing anything: `--locale`, else the workspace's, else the environment's, else nb. */
export function usageLocale(io: Io, options: { dir?: string; locale?: string }): Locale {
  const flag = isLocale(options.locale) ? options.locale : undefined;
  if (flag !== undefined) return flag;
  try {
    const project = loadProject({ dir: resolve(io.cwd, options.dir ?? '.') }, { env: io.env, today: today(io.env) });
    return resolveLocale({ workspace: project.repo.workspace?.data.locale, hasWorkspace: project.repo.workspace !== undefined, env: io.env });
  } catch {
    return resolveLocale({ env: io.env });
  }
}

/**
 * The workspace's locale when it is one planverk speaks, else nb: an invalid
 * plan.yaml (say `locale: xx`) is still loaded, and its value must not reach the
 * label tables (the property tests found `plan trace` crashing on it).
 */
export function renderLocale(value: unknown): Locale {
  return resolveLocale({ workspace: value, hasWorkspace: true });
}

/**
 * Picks a document id: the flag, else the only one of its kind, else a usage error
 * listing the choices, sorted, with "did you mean" for a near miss. `what` is a key of
 * the catalogue's `choose.what` (plan, handlingsprogram, …).
 */
export function pickId(flag: string | undefined, candidates: string[], what: string, option: string, locale: Locale = 'en'): string {
  const w = words(locale).choose;
  const noun = w.what[what] ?? what;
  const sorted = [...new Set(candidates)].sort();
  if (flag !== undefined) {
    if (!sorted.includes(flag)) throw new UsageError(unknownChoice(flag, sorted, what, locale));
    return flag;
  }
  if (sorted.length === 1) return sorted[0]!;
  if (sorted.length === 0) throw new UsageError(w.none(noun));
  throw new UsageError(w.many(sorted.length, noun, option, someOf(sorted)));
}

/** "no plan "x"; did you mean "y"?; choose one of: a, b": the message for an unknown id, choices sorted. */
export function unknownChoice(id: string, candidates: readonly string[], what: string, locale: Locale = 'en'): string {
  const w = words(locale).choose;
  const sorted = [...new Set(candidates)].sort();
  const near = closest(id, sorted);
  return [w.unknown(w.what[what] ?? what, id), ...(near.length > 0 ? [w.didYouMean(near)] : []), ...(sorted.length > 0 ? [w.choices(someOf(sorted))] : [])].join('; ');
}

/** Templates that report on one plan of the type they are named after. */
const PLAN_TYPE_TEMPLATES: readonly string[] = ['handlingsprogram'];

/**
 * The plan a report is about: --plan, else the only plan of the template's type, else
 * the only plan. A template named after a plan type (handlingsprogram) takes only plans
 * of that type: another --plan is an error listing them, and a repository with none says
 * so instead of rendering some other plan.
 */
export function pickReportPlan(plans: readonly { id: string; data: { type?: unknown } }[], template: string, flag: string | undefined, locale: Locale): string {
  const ofType = plans.filter((p) => p.data.type === template);
  if (PLAN_TYPE_TEMPLATES.includes(template)) {
    const w = words(locale).choose;
    const ids = ofType.map((p) => p.id).sort();
    if (ids.length === 0) throw new UsageError(w.noneOfType(template));
    if (flag !== undefined && !ids.includes(flag)) {
      if (plans.some((p) => p.id === flag)) throw new UsageError(w.notOfType(flag, template, someOf(ids)));
      throw new UsageError(unknownChoice(flag, ids, 'handlingsprogram', locale));
    }
    return pickId(flag, ids, 'handlingsprogram', '--plan', locale);
  }
  if (flag === undefined && ofType.length === 1) return ofType[0]!.id;
  return pickId(flag, plans.map((p) => p.id), 'plan', '--plan', locale);
}
