import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { UsageError } from '../io.js';
import { atomicWrite } from './atomic-write.js';

/** A file to create, by path relative to the target folder (with `/`). */
export interface NewFile {
  path: string;
  content: string;
}

/**
 * Writes a set of files under `dir`, all or nothing as far as overwriting goes:
 * when any of them exists and `force` is not set, nothing is written and the
 * existing paths are returned, so the command can list them and exit 2.
 * Creates missing folders. Every file goes through atomicWrite.
 */
export function writeFiles(dir: string, files: readonly NewFile[], options: { force?: boolean; locale?: Locale } = {}): { conflicts: string[] } {
  const say = () => words(options.locale ?? 'en').cliMore.refusals;
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(say().notFolder(dir));
  const conflicts = files.map((f) => f.path).filter((p) => existsSync(join(dir, p)));
  if (conflicts.length > 0 && !options.force) return { conflicts };
  // Before creating any folder: a path with `..` or through a linked folder must not lead out of `dir`.
  const realDir = realNearest(dir);
  for (const file of files) {
    const rel = relative(realDir, realNearest(dirname(join(dir, file.path))));
    if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(say().outside(join(dir, file.path), dir));
  }
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    atomicWrite(target, file.content, { force: options.force, within: dir, ...(options.locale ? { locale: options.locale } : {}) });
  }
  return { conflicts: [] };
}

/** The real path of `path`, resolving links in the part of it that exists (the rest is appended as is). */
function realNearest(path: string): string {
  const abs = resolve(path);
  let existing = abs;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, abs));
  } catch {
    return abs;
  }
}
