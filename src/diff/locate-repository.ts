import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { UsageError } from '../io.js';
import { findCheckoutTop } from '../workspace/checkout-prefix.js';

/** The git repository `plan diff` reads: found by planverk, never by git's own discovery. */
export interface RepositoryLocation {
  /** The real path of the checkout's top folder (the one holding `.git`). */
  workTree: string;
  /** The real path of its git folder: `.git`, or where a `.git` file points (worktrees, submodules). */
  gitDir: string;
  /** The start folder relative to the work tree, with the platform's separator ('' at the top). */
  here: string;
}

/**
 * Finds the git checkout that holds `start` by walking up to the nearest `.git`.
 * Git's discovery would instead take the first folder that looks like a bare
 * repository (`HEAD`, `config`, `objects/`, `refs/` as plain files), and a pull
 * request can commit those into the plan folder, with a config that runs commands.
 * Refuses, with a UsageError, a start folder that a symbolic link leads out of
 * the checkout the path names (a committed link `plan -> /elsewhere` must not make
 * the diff read another repository on the machine).
 */
export function locateRepository(start: string, locale: () => Locale = () => 'en'): RepositoryLocation {
  const say = () => words(locale()).cliMore.refusals;
  const abs = resolve(start);
  if (!isDir(abs)) throw new UsageError(say().noSuchFolder(start));
  const top = findCheckoutTop(abs);
  if (top === undefined) throw new UsageError(say().notInGit(start));
  const workTree = realpathSync(top);
  const realStart = realpathSync(abs);
  const outer = dirname(top) === top ? undefined : findCheckoutTop(dirname(top));
  if (!inside(workTree, realStart) || (outer !== undefined && !inside(realpathSync(outer), workTree))) {
    throw new UsageError(say().linkOut(start, outer ?? top));
  }
  return { workTree, gitDir: gitDirOf(top), here: relative(workTree, realStart) };
}

/** `.git` itself, or the folder a `.git` file names (`gitdir: ../.git/worktrees/x`). */
function gitDirOf(top: string): string {
  const dotGit = join(top, '.git');
  if (isDir(dotGit)) return realpathSync(dotGit);
  let text = '';
  try {
    text = readFileSync(dotGit, 'utf8');
  } catch {
    text = '';
  }
  const match = /^gitdir: *(.+?)\r?\n?$/.exec(text);
  const dir = match?.[1] ? resolve(top, match[1]) : undefined;
  if (dir === undefined || !isDir(dir)) throw new UsageError(`${dotGit} is neither a git folder nor a file naming one`);
  return realpathSync(dir);
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
