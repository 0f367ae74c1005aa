import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../io.js';

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is an error. */
  force?: boolean;
}

/** Test hook: called between writing the temporary file and renaming it. */
export const hooks: { beforeRename?: (temp: string, target: string) => void } = {};

/**
 * Writes a file atomically: a temporary file in the same folder, fsync, then
 * rename over the target, so a crash leaves either the old file or the new one,
 * never half of one. Refuses to replace an existing file unless `force`.
 */
export function atomicWrite(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  if (!options.force && existsSync(path)) {
    throw new UsageError(`${path} exists; use --force to overwrite it`);
  }
  const dir = dirname(path);
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder`);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    hooks.beforeRename?.(temp, path);
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
