import { resolve } from 'node:path';
import type { Locale } from '../catalog/catalog.js';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { reportProjectErrors } from '../project/error-policy.js';
import { loadProject, type Project } from '../project/load-project.js';

const LOCALES = ['nb', 'nn', 'en'] as const;

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
  if (options.locale !== undefined && !(LOCALES as readonly string[]).includes(options.locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  const project = loadProject({ dir: resolve(io.cwd, options.dir ?? '.') });
  const locale = (options.locale as Locale | undefined) ?? renderLocale(project.repo.workspace?.data.locale);
  const exitCode = reportProjectErrors(project, io, options);
  return { ...project, locale, exitCode };
}

/**
 * The workspace's locale when it is one planverk speaks, else nb: an invalid
 * plan.yaml (say `locale: xx`) is still loaded, and its value must not reach the
 * label tables (the property tests found `plan trace` crashing on it).
 */
export function renderLocale(value: unknown): Locale {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : 'nb';
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
