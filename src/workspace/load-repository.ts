import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { parsePlainYaml } from '../load/plain-yaml.js';
import { yamlLib } from '../load/yaml-lib.js';
import type { CheckInput, SourceInput } from '../check/check-repository.js';
import { appendAll, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import type { ProgressCallback } from '../progress.js';
import { discoverFiles } from './discover.js';
import { findRoot } from './find-root.js';
import { isLocale, resolveLocale, type Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

type FileWords = ReturnType<typeof words>['fileText'];

/** Files larger than this are not read unless the limit is raised (`--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface LoadOptions {
  maxFileSize?: number;
  /** Called after each file is read. */
  onProgress?: ProgressCallback;
  /** The language of the diagnostics; default the `locale` of plan.yaml, else nb. */
  locale?: Locale;
  /** The run's environment: LANG and friends say the language of "no plan.yaml found" when there is no `locale`. */
  env?: Record<string, string | undefined>;
}

export interface LoadedRepository extends CheckInput {
  root: string;
}

/**
 * Finds the repository root from `start` and reads every file to check. This is
 * the only disk I/O of loading; all checking happens in checkRepository.
 * Throws RootError when there is no repository.
 */
export function loadRepository(start: string, options: LoadOptions = {}): LoadedRepository {
  const root = findRoot(start, resolveLocale({ flag: options.locale, env: options.env ?? {} }));
  const realRoot = realOrSelf(root);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const diagnostics: Diagnostic[] = [];
  const config = readConfig(root, realRoot, maxSize);
  const t = words(options.locale ?? config.locale ?? 'nb').fileText;
  const catalogPath = config.catalog ? insideRoot(config.catalog) : undefined;
  const found = discoverFiles(root, config.exclude, catalogPath ? [catalogPath] : [], t);
  appendAll(diagnostics, found.diagnostics);
  const files: SourceInput[] = [];
  for (const [i, path] of found.files.entries()) {
    const file = readSource(root, realRoot, path, maxSize, diagnostics, t, found.plain.has(path));
    if (file) files.push(file);
    options.onProgress?.({ filesRead: i + 1, filesTotal: found.files.length, documentsChecked: 0 });
  }
  const result: LoadedRepository = { root, files, diagnostics };
  if (config.catalog) {
    // Problems with the catalog file are reported at plan.yaml: the file may not exist.
    const atCatalog = (message: string, hint?: string) => diagnostics.push(at('plan.yaml', 'config/catalog', message, hint, config.catalogLine));
    const problem = catalogPath ? probe(root, realRoot, catalogPath, t) : t.problem.outside;
    if (problem) atCatalog(t.catalog(config.catalog, problem));
    else {
      const own: Diagnostic[] = [];
      const catalogFile = readSource(root, realRoot, catalogPath!, maxSize, own, t);
      if (catalogFile) result.catalogFile = catalogFile;
      else for (const d of own) atCatalog(t.catalogRead(config.catalog, d.message), d.hint);
    }
  }
  return result;
}

/**
 * Reads what loading needs from plan.yaml before the full check, under the same
 * rules as every other file: not through a link out of the repository, not a
 * FIFO, not over the size limit.
 */
function readConfig(root: string, realRoot: string, maxSize: number): LoadConfig {
  let text: string;
  try {
    if (probe(root, realRoot, 'plan.yaml') || statSync(join(root, 'plan.yaml')).size > maxSize) return { exclude: [] };
    text = readFileSync(join(root, 'plan.yaml'), 'utf8');
  } catch {
    return { exclude: [] };
  }
  return parseLoadConfig(text);
}

/** What loading needs from plan.yaml, before and apart from the full check. */
export interface LoadConfig {
  exclude: string[];
  catalog?: string;
  /** The line of `catalog:` in plan.yaml, where problems with the catalog file are reported. */
  catalogLine?: number;
  /** plan.yaml's `locale`, when it names one planverk speaks. */
  locale?: Locale;
}

/**
 * Reads the exclude globs and the catalog path from the text of plan.yaml;
 * anything unreadable counts as not given (the full check reports it). Shared
 * with the git source of `plan diff`.
 */
export function parseLoadConfig(text: string): LoadConfig {
  try {
    // The fast parser when it reads plan.yaml alike (one document), else yaml as before;
    // logLevel: yaml would print warnings with process.emitWarning, and stderr is ours.
    const fast = parsePlainYaml(text);
    const data = (fast?.length === 1 ? fast[0] : yamlLib().parse(text, { maxAliasCount: 100, logLevel: 'silent' })) as Record<string, unknown> | null;
    const exclude = Array.isArray(data?.exclude) ? data.exclude.filter((x): x is string => typeof x === 'string') : [];
    const catalog = typeof data?.catalog === 'string' ? data.catalog : undefined;
    const locale = isLocale(data?.locale) ? { locale: data.locale } : {};
    if (!catalog) return { exclude, ...locale };
    const line = text.split('\n').findIndex((l) => /^catalog\s*:/.test(l));
    return { exclude, catalog, catalogLine: line === -1 ? 1 : line + 1, ...locale };
  } catch {
    return { exclude: [] }; // the full check reports what is wrong with plan.yaml
  }
}

/**
 * Why a path may not be read, or undefined when it may: it must exist, resolve
 * (through any links) to a place inside the repository, and be a regular file;
 * a FIFO or device would block or never end.
 */
function probe(root: string, realRoot: string, path: string, t: FileWords = words('en').fileText): string | undefined {
  let real: string;
  try {
    real = realpathSync(join(root, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? t.problem.missing : code === 'ELOOP' ? t.problem.loop : t.problem.unreadable(code ?? 'error');
  }
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return t.problem.outside;
  try {
    if (!statSync(real).isFile()) return t.problem.notFile;
  } catch (error) {
    return t.problem.unreadable((error as NodeJS.ErrnoException).code ?? 'error');
  }
  return undefined;
}

function readSource(root: string, realRoot: string, path: string, maxSize: number, out: Diagnostic[], t: FileWords, plain = false): SourceInput | undefined {
  const abs = join(root, path);
  const problem = plain ? undefined : probe(root, realRoot, path, t);
  if (problem) {
    out.push(at(path, 'file/read', t.notRead(problem)));
    return undefined;
  }
  try {
    const size = statSync(abs).size;
    if (size > maxSize) {
      out.push(tooLarge(path, size, maxSize, t));
      return undefined;
    }
    return { path, bytes: readFileSync(abs) };
  } catch (error) {
    out.push(at(path, 'file/read', t.cannotRead((error as NodeJS.ErrnoException).code ?? String(error))));
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A path given relative to the root, normalised with `/`, or undefined when it leaves the root. */
export function insideRoot(path: string): string | undefined {
  const root = sep;
  const rel = relative(root, join(root, normalize(path)));
  if (rel.startsWith('..') || rel === '' || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** The diagnostic for a file skipped because of its size. */
export function tooLarge(path: string, size: number, maxSize: number, t: FileWords = words('en').fileText): Diagnostic {
  return at(path, 'file/too-large', t.tooLarge(t.megabytes(size / 1024 / 1024), t.megabytes(maxSize / 1024 / 1024)), t.tooLargeHint);
}


function at(file: string, rule: RuleId, message: string, hint?: string, line = 1): Diagnostic {
  const d: Diagnostic = { rule, severity: 'error', message, file, line, column: 1, endLine: line, endColumn: 1 };
  if (hint) d.hint = hint;
  return d;
}
