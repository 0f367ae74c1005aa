import { resolve } from 'node:path';
import { checkRepository, type CheckInput, type CheckResult } from '../check/check-repository.js';
import type { ParsedFile } from '../load/parse-file.js';
import type { Locale } from '../i18n/locale.js';
import type { ProgressCallback } from '../progress.js';
import { loadRepository, type LoadedRepository } from '../workspace/load-repository.js';

/** Where a project comes from: a folder on disk (its root is found from there), or files already read. */
export type ProjectSource =
  | { dir: string }
  | { files: CheckInput['files']; catalogFile?: CheckInput['catalogFile']; root?: string; /** Problems found while reading (a git side's skipped links). */ diagnostics?: CheckInput['diagnostics'] };

export interface ProjectOptions {
  maxFileSize?: number;
  /** The slow path: parse with `yaml` and compile the schemas at run time (PLANVERK_SLOW_PATH=1). */
  slowPath?: boolean;
  onProgress?: ProgressCallback;
  /**
   * Files already parsed, in the order of the files (plan import parses once and
   * re-checks with only its edited files parsed anew); a function receives the files read.
   */
  parsed?: readonly (ParsedFile | undefined)[] | ((files: LoadedRepository['files']) => readonly (ParsedFile | undefined)[]);
  /** The run's `--locale`; without it the diagnostics speak the workspace's locale, else nb (CheckInput.locale). */
  locale?: Locale;
  /** The run's environment: LANG and friends when there is no plan.yaml. */
  env?: Record<string, string | undefined>;
  /** The run's date, YYYY-MM-DD: today(io.env), so SOURCE_DATE_EPOCH counts. Default today(). */
  today?: string;
}

/** A loaded and checked repository: its files, the typed model, every diagnostic. */
export interface Project extends CheckResult {
  /** The repository root (empty when the files did not come from disk). */
  root: string;
  /** What was read: the files and the catalog file. */
  files: LoadedRepository['files'];
  catalogFile?: LoadedRepository['catalogFile'];
}

/**
 * The one pipeline from a repository to its model: workspace (find the root, read
 * the files) → load (parse) → check (schema, ids, references, rules) → model. Every
 * command that reads a repository starts here. Throws RootError when `dir` is in no
 * repository; problems in the repository are diagnostics, never exceptions.
 */
export function loadProject(source: ProjectSource, options: ProjectOptions = {}): Project {
  const loaded: LoadedRepository =
    'dir' in source ? loadRepository(resolve(source.dir), { maxFileSize: options.maxFileSize, onProgress: options.onProgress, ...(options.locale !== undefined && { locale: options.locale }), ...(options.env !== undefined && { env: options.env }) }) : { root: source.root ?? '', files: source.files, ...(source.catalogFile && { catalogFile: source.catalogFile }), ...(source.diagnostics && { diagnostics: source.diagnostics }) };
  const parsed = typeof options.parsed === 'function' ? options.parsed(loaded.files) : options.parsed;
  const result = checkRepository({
    ...loaded,
    slowPath: options.slowPath,
    onProgress: options.onProgress,
    ...(parsed && { parsed }),
    ...(options.locale !== undefined && { locale: options.locale }),
    ...(options.env !== undefined && { env: options.env }),
    ...(options.today !== undefined && { today: options.today }),
  });
  return { ...result, root: loaded.root, files: loaded.files, ...(loaded.catalogFile && { catalogFile: loaded.catalogFile }) };
}
