import { closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../io.js';
import type { Locale } from '../i18n/locale.js';
import { words, type Catalogue } from '../i18n/words.js';

type WriteWords = Catalogue['cliMore']['write'];

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is an error. */
  force?: boolean;
  /**
   * The folder the user named (e.g. the folder `plan init` fills). The file's real
   * folder, after resolving every link, must lie inside this folder's real path.
   * Default: the file's own folder.
   */
  within?: string;
  /** The language of the refusals; default en. */
  locale?: Locale;
  /**
   * For a batch of files (`plan site`): the folder is not synced after this file's rename
   * but added to this set, and the caller syncs each folder once, after the last file, with
   * `syncFolders`. The file's own data is synced before its rename all the same, so a crash
   * leaves each file old or new, never half; only which renames are durable waits for the end.
   */
  folders?: Set<string>;
}

/** Test hook: called between writing (and syncing) the temporary file and renaming it. */
export const hooks: { beforeRename?: (temp: string, target: string) => void } = {};

/** Errors of link(2) that mean "this file system has no hard links", not "the file exists". */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK']);

/**
 * Writes a file atomically: a temporary file in the same folder, fsync, then
 * rename over the target and fsync the folder, so a crash leaves either the old
 * file or the new one, never half of one. Refuses, with a UsageError:
 * - to replace an existing file unless `force`;
 * - to write through or replace a symbolic link, or to replace a folder or a
 *   special file, even with `force`;
 * - to write anywhere but inside `within` (the folder the user named), judged by
 *   real paths, so neither `..` nor a linked folder leads out of it.
 * Without `force` the file is put in place with link(2), which fails if the
 * file appeared meanwhile, so nothing is ever overwritten by a race either.
 */
export function atomicWrite(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const w = words(options.locale ?? 'en').cliMore.write;
  const name = basename(path);
  if (/[\\/]$/.test(path) || name === '' || name === '.' || name === '..') throw new UsageError(w.namesFolder(path));
  const dir = dirname(resolve(path));
  let realDir: string;
  try {
    realDir = realpathSync(dir);
    if (!statSync(realDir).isDirectory()) throw new UsageError(w.notFolder(dirname(path)));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(w.noSuchFolder(dirname(path)));
  }
  assertWithin(path, realDir, options.within ?? dir, w);
  const target = join(realDir, name);
  checkTarget(path, target, options.force === true, w);

  const temp = join(realDir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    hooks.beforeRename?.(temp, target);
    if (options.force) renameSync(temp, target);
    else placeNew(path, temp, target, w);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or gone
    }
    throw error;
  }
  if (options.folders) options.folders.add(realDir);
  else syncFolder(realDir);
}

/** Syncs each folder of a batch once (see `WriteOptions.folders`): one fsync a folder, not one a file. */
export function syncFolders(folders: Iterable<string>): void {
  for (const dir of folders) syncFolder(dir);
}

function assertWithin(path: string, realDir: string, within: string, w: WriteWords): void {
  let realWithin: string;
  try {
    realWithin = realpathSync(resolve(within));
  } catch {
    throw new UsageError(w.noSuchFolder(within));
  }
  const rel = relative(realWithin, realDir);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(w.outside(path, within));
}

function checkTarget(path: string, target: string, force: boolean, w: WriteWords): void {
  let info;
  try {
    info = lstatSync(target);
  } catch {
    return; // a new file
  }
  if (info.isSymbolicLink()) throw new UsageError(w.isLink(path));
  if (info.isDirectory()) throw new UsageError(w.isFolder(path));
  if (!info.isFile()) throw new UsageError(w.notRegular(path));
  if (!force) throw new UsageError(w.exists(path));
}

/** Puts the temporary file in place only if the target still does not exist. */
function placeNew(path: string, temp: string, target: string, w: WriteWords): void {
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new UsageError(w.exists(path));
    if (!NO_HARD_LINKS.has(code)) throw error;
    renameSync(temp, target); // no hard links here: the check above is the best we can do
    return;
  }
  unlinkSync(temp);
}

/** Makes the rename itself durable. Not every platform can open a folder (Windows): best effort. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // unsupported here; the file's own data is already synced
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
