import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
export function writeFiles(dir: string, files: readonly NewFile[], options: { force?: boolean } = {}): { conflicts: string[] } {
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`${dir} is not a folder`);
  const conflicts = files.map((f) => f.path).filter((p) => existsSync(join(dir, p)));
  if (conflicts.length > 0 && !options.force) return { conflicts };
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    atomicWrite(target, file.content, { force: options.force });
  }
  return { conflicts: [] };
}
