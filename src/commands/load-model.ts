import { resolve } from 'node:path';
import { isLocale, LOCALES, resolveLocale, type Locale } from '../i18n/locale.js';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { reportProjectErrors } from '../project/error-policy.js';
import { loadProject, type Project } from '../project/load-project.js';

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
  const project = loadProject({ dir: resolve(io.cwd, options.dir ?? '.') });
  const locale = resolveLocale({ flag: options.locale, workspace: project.repo.workspace?.data.locale, hasWorkspace: project.repo.workspace !== undefined, env: io.env });
  const exitCode = reportProjectErrors(project, io, { ...options, locale });
  return { ...project, locale, exitCode };
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
