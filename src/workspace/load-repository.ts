import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { fastParse } from '../load/fast-parse.js';
import { yamlLib } from '../load/yaml-lib.js';
import type { CheckInput, SourceInput } from '../check/check-repository.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProgressCallback } from '../progress.js';
import { discoverFiles } from './discover.js';
import { findRoot } from './find-root.js';

/** Files larger than this are not read unless the limit is raised (`--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface LoadOptions {
  maxFileSize?: number;
  /** Called after each file is read. */
  onProgress?: ProgressCallback;
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
  const root = findRoot(start);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const diagnostics: Diagnostic[] = [];
  const config = readConfig(root);
  const catalogPath = config.catalog ? insideRoot(config.catalog) : undefined;
  const found = discoverFiles(root, config.exclude, catalogPath ? [catalogPath] : []);
  diagnostics.push(...found.diagnostics);
  const files: SourceInput[] = [];
  for (const [i, path] of found.files.entries()) {
    const file = readSource(root, path, maxSize, diagnostics);
    if (file) files.push(file);
    options.onProgress?.({ filesRead: i + 1, filesTotal: found.files.length, documentsChecked: 0 });
  }
  const result: LoadedRepository = { root, files, diagnostics };
  if (config.catalog) {
    if (!catalogPath) {
      diagnostics.push(at('plan.yaml', 'config/catalog', `catalog "${config.catalog}" lies outside the repository`));
    } else {
      const before = diagnostics.length;
      const catalogFile = readSource(root, catalogPath, maxSize, diagnostics);
      if (catalogFile) result.catalogFile = catalogFile;
      else if (diagnostics.length === before) diagnostics.push(at('plan.yaml', 'config/catalog', `catalog file "${config.catalog}" cannot be read`));
    }
  }
  return result;
}

/** Reads what loading needs from plan.yaml before the full check: exclude globs and the catalog path. */
function readConfig(root: string): LoadConfig {
  let text: string;
  try {
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
}

/**
 * Reads the exclude globs and the catalog path from the text of plan.yaml;
 * anything unreadable counts as not given (the full check reports it). Shared
 * with the git source of `plan diff`.
 */
export function parseLoadConfig(text: string): LoadConfig {
  try {
    // The fast parser when it reads plan.yaml alike (one document), else yaml as before.
    const fast = fastParse(text);
    const data = (fast?.length === 1 ? fast[0] : yamlLib().parse(text, { maxAliasCount: 100 })) as Record<string, unknown> | null;
    const exclude = Array.isArray(data?.exclude) ? data.exclude.filter((x): x is string => typeof x === 'string') : [];
    const catalog = typeof data?.catalog === 'string' ? data.catalog : undefined;
    return catalog ? { exclude, catalog } : { exclude };
  } catch {
    return { exclude: [] }; // the full check reports what is wrong with plan.yaml
  }
}

function readSource(root: string, path: string, maxSize: number, out: Diagnostic[]): SourceInput | undefined {
  const abs = join(root, path);
  try {
    const size = statSync(abs).size;
    if (size > maxSize) {
      out.push(tooLarge(path, size, maxSize));
      return undefined;
    }
    return { path, bytes: readFileSync(abs) };
  } catch (error) {
    out.push(at(path, 'file/read', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
    return undefined;
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
export function tooLarge(path: string, size: number, maxSize: number): Diagnostic {
  return at(path, 'file/too-large', `file is ${mb(size)}, over the ${mb(maxSize)} limit; it was not read`, 'raise the limit with --max-file-size if the file is meant to be this large');
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function at(file: string, rule: string, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = { rule, severity: 'error', message, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (hint) d.hint = hint;
  return d;
}
