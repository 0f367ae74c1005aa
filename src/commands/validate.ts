import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FORMATTERS, FORMAT_NAMES } from '../output/diagnostics/index.js';
import { markdownSummary } from '../output/diagnostics/markdown-summary.js';
import type { ValidateReport } from '../output/diagnostics/types.js';
import { EXIT, UsageError, useColor, type Io } from '../io.js';
import { sourceLines } from '../load/source-lines.js';
import { version } from '../version.js';
import { checkoutPrefix } from '../workspace/checkout-prefix.js';
import { loadProject } from '../project/load-project.js';
import { atomicWrite } from '../write/atomic-write.js';
import { outputFilePath } from '../write/output.js';
import { usageLocale } from './load-model.js';
import { progressLine } from './progress-line.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { today } from '../i18n/today.js';

/** One report written to a file instead of stdout. */
export interface OutputFile {
  format: string;
  path: string;
}

export interface ValidateOptions {
  dir?: string;
  /** Formats to print; at most one goes to stdout, the others need an output file. Default: stylish. */
  formats?: string[];
  /** Reports to write to files (`--output-file FORMAT=PATH`); their format need not be in `formats`. */
  outputFiles?: OutputFile[];
  /** Replace existing output files. */
  force?: boolean;
  /** The single-format form: same as `formats: [format]`. */
  format?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  maxFileSize?: number;
  /** `--locale`: the language of the diagnostics (default: the workspace's). */
  locale?: Locale;
}

/**
 * `plan validate`: every check; prints the report(s) and returns the exit code.
 * An output file that cannot be written (it exists without --force, or a folder or
 * link is in its place, as a pull request can arrange) does not stop the checks:
 * the other reports are still written and printed, then the command exits 2 and
 * names the path.
 */
export async function validate(options: ValidateOptions, io: Io): Promise<number> {
  const outputs = planOutputs(options, io);
  // A progress line only on a terminal: pipes, files and CI logs get the report alone.
  const progress = io.stderr.isTTY === true ? progressLine(io.stderr) : undefined;
  // PLANVERK_SLOW_PATH=1: parse everything with yaml and compile schemas at run time (same result, slower).
  const slowPath = io.env.PLANVERK_SLOW_PATH === '1';
  const result = loadProject({ dir: resolve(io.cwd, options.dir ?? '.') }, { maxFileSize: options.maxFileSize, slowPath, onProgress: progress?.update, ...(options.locale !== undefined && { locale: options.locale }), env: io.env, today: today(io.env) });
  const loaded = result;
  progress?.done();
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const lineText = sourceLines(loaded.catalogFile ? [...loaded.files, loaded.catalogFile] : loaded.files);
  const report: ValidateReport = {
    diagnostics: shown,
    summary: result.summary,
    lineText,
    // Read only by formats that list every document (JUnit): computing it re-parses clean files.
    get outline() {
      return result.outline();
    },
    pathPrefix: checkoutPrefix(loaded.root),
    toolVersion: version(),
    locale: result.locale,
  };
  const locale = result.locale;
  const unwritten = outputs.files.flatMap((file) => writeReport(file, FORMATTERS[file.format]!(report, { locale, color: false }), options.force === true, locale));
  if (outputs.stdout) io.stdout.write(FORMATTERS[outputs.stdout]!(report, { locale, color: useColor(io, io.stdout, options.color) }));
  if (outputs.all.includes('github')) writeStepSummary(io, report);

  for (const message of unwritten) io.stderr.write(`plan: ${message}\n`);
  if (unwritten.length > 0) return EXIT.usage;
  if (result.summary.errors > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && result.summary.warnings > options.maxWarnings) {
    io.stderr.write(`plan: ${words(locale).cliMore.write.tooManyWarnings(result.summary.warnings, options.maxWarnings)}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** Writes one report file; the reason, naming the path, when it cannot be written. */
function writeReport(file: OutputFile, text: string, force: boolean, locale: Locale): string[] {
  const w = words(locale).cliMore.write;
  try {
    atomicWrite(file.path, text, { force, locale });
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [error instanceof UsageError ? w.cannotWriteReport(file.format, message) : w.cannotWriteReportAt(file.format, file.path, message)];
  }
}

/**
 * Decides where each format goes, before any work, so a bad flag stops the run at
 * once (exit 2). Whether a file can be written is only known when it is written:
 * what is on disk is the repository's (a pull request can put a file, folder or
 * link at the path), and it must not keep the checks from running.
 */
function planOutputs(options: ValidateOptions, io: Io): { stdout?: string; files: OutputFile[]; all: string[] } {
  const requested = options.formats ?? (options.format ? [options.format] : []);
  const files = (options.outputFiles ?? []).map((f) => {
    try {
      return { format: f.format, path: outputFilePath(io.cwd, f.path) };
    } catch (error) {
      // A usage error, in the run's language (read only on this path: --locale, else the repository's).
      if (error instanceof UsageError) outputFilePath(io.cwd, f.path, usageLocale(io, options));
      throw error;
    }
  });
  for (const name of [...requested, ...files.map((f) => f.format)]) {
    if (!FORMATTERS[name]) throw new UsageError(words(usageLocale(io, options)).cliMore.usage.unknownFormat(name, FORMAT_NAMES.join(', ')));
  }
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new UsageError(words(usageLocale(io, options)).cliMore.usage.twice(f.path));
    seen.add(f.path);
  }
  const toFile = new Set(files.map((f) => f.format));
  const toStdout = [...new Set(requested.filter((name) => !toFile.has(name)))];
  if (toStdout.length > 1) {
    const w = words(usageLocale(io, options)).cliMore.usage;
    throw new UsageError(w.oneToStdout(toStdout.join(w.and)));
  }
  // Without an explicit stdout format, people still get the readable report in the log.
  const stdout = toStdout[0] ?? (requested.length === 0 ? 'stylish' : undefined);
  return { stdout, files, all: [...new Set([...(stdout ? [stdout] : []), ...toFile])] };
}

/**
 * Adds the Markdown table of all diagnostics to `$GITHUB_STEP_SUMMARY` when GitHub
 * Actions sets it. The file belongs to the step and may already hold other text,
 * so the table is appended: read, then atomically replaced with old + new.
 */
function writeStepSummary(io: Io, report: ValidateReport): void {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  let before = '';
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    before = '';
  }
  atomicWrite(path, before + markdownSummary(report), { force: true });
}
