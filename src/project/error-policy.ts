import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locale } from '../i18n/locale.js';
import { stylish } from '../output/diagnostics/stylish.js';
import type { ValidateReport } from '../output/diagnostics/types.js';
import { EXIT, useColor, type Io } from '../io.js';
import type { SourceInput } from '../check/check-repository.js';
import { sourceLines } from '../load/source-lines.js';
import type { Project } from './load-project.js';

export interface ErrorPolicyOptions {
  /** `--allow-errors`: render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
  color?: boolean;
  /** The run's language for the summary line. */
  locale?: Locale;
}

/** What the printer shows: the diagnostics, the summary line's counts, and where source lines come from. */
export interface DiagnosticsToPrint {
  diagnostics: readonly Diagnostic[];
  summary: ValidateReport['summary'];
  /** The files the diagnostics point into (for code frames), or a function giving a line of a file. */
  sources: readonly SourceInput[] | ((file: string, line: number) => string);
  /** What was checked, when it is not documents in files (`templates`). */
  subject?: string;
}

/**
 * The one way a command other than `plan validate` prints diagnostics: stylish, on
 * stderr, in the run's language, coloured when stderr is a terminal (or `color` says so).
 * Used by the error policy below, by `plan report` for template errors and by `plan import`.
 */
export function printDiagnostics(io: Io, report: DiagnosticsToPrint, options: { locale: Locale; color?: boolean | undefined }): void {
  const lineText = typeof report.sources === 'function' ? report.sources : sourceLines(report.sources);
  const view: ValidateReport = { diagnostics: report.diagnostics, summary: report.summary, lineText, locale: options.locale };
  if (report.subject !== undefined) view.subject = report.subject;
  io.stderr.write(stylish(view, { locale: options.locale, color: useColor(io, io.stderr, options.color) }));
}

/**
 * Prints the errors of a checked repository the one way (warnings are `plan
 * validate`'s business and are left out, so the summary counts none).
 */
export function printErrors(io: Io, checked: { diagnostics: readonly Diagnostic[]; summary: ValidateReport['summary'] }, sources: readonly SourceInput[], options: { locale: Locale; color?: boolean | undefined }): void {
  printDiagnostics(io, { diagnostics: checked.diagnostics.filter((d) => d.severity === 'error'), summary: { ...checked.summary, warnings: 0 }, sources }, options);
}

/**
 * The one policy of every command that renders from a repository (report, matrix,
 * trace, status, arshjul, budget): the view is made from what is valid, the errors
 * are printed once, the stylish way, to stderr, and the command exits 1 — unless
 * `--allow-errors` says the output is wanted anyway. Warnings are `plan validate`'s
 * business and are not repeated here. Returns the exit code the errors call for.
 */
export function reportProjectErrors(project: Project, io: Io, options: ErrorPolicyOptions = {}): number {
  if (!project.diagnostics.some((d) => d.severity === 'error')) return EXIT.ok;
  const files = project.catalogFile ? [...project.files, project.catalogFile] : project.files;
  printErrors(io, project, files, { locale: options.locale ?? 'nb', color: options.color });
  return options.allowErrors === true ? EXIT.ok : EXIT.problems;
}
