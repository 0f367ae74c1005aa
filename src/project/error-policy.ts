import type { Locale } from '../i18n/locale.js';
import { stylish } from '../formatters/stylish.js';
import { EXIT, useColor, type Io } from '../io.js';
import { sourceLines } from '../load/source-lines.js';
import type { Project } from './load-project.js';

export interface ErrorPolicyOptions {
  /** `--allow-errors`: render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
  color?: boolean;
  /** The run's language for the summary line. */
  locale?: Locale;
}

/**
 * The one policy of every command that renders from a repository (report, matrix,
 * trace, status, arshjul, budget): the view is made from what is valid, the errors
 * are printed once, the stylish way, to stderr, and the command exits 1 — unless
 * `--allow-errors` says the output is wanted anyway. Warnings are `plan validate`'s
 * business and are not repeated here. Returns the exit code the errors call for.
 */
export function reportProjectErrors(project: Project, io: Io, options: ErrorPolicyOptions = {}): number {
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return EXIT.ok;
  const lineText = sourceLines(project.catalogFile ? [...project.files, project.catalogFile] : project.files);
  io.stderr.write(stylish({ diagnostics: errors, summary: { ...project.summary, warnings: 0 }, lineText }, { locale: options.locale ?? 'nb', color: useColor(io, io.stderr, options.color) }));
  return options.allowErrors === true ? EXIT.ok : EXIT.problems;
}
