import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the arguments of `plan import ssb` name. */
export interface Sources {
  /** A folder among the arguments: the repository. */
  dirs: string[];
  /** JSON-stat files, as given. */
  files: string[];
  /** Table ids to fetch from PxWebApi. */
  tables: string[];
  /** Arguments that are none of these. */
  bad: string[];
}

/**
 * Sorts the arguments: an existing folder is the repository, an existing regular
 * file a JSON-stat file, five digits (that are not a file) an SSB table to fetch.
 */
export function classifySources(args: readonly string[], cwd: string): Sources {
  const out: Sources = { dirs: [], files: [], tables: [], bad: [] };
  for (const arg of args) {
    const info = statSync(resolve(cwd, arg), { throwIfNoEntry: false });
    if (info?.isDirectory()) out.dirs.push(arg);
    // Only a regular file: reading a FIFO or a device would block or never end.
    else if (info?.isFile()) out.files.push(arg);
    else if (/^\d{5}$/.test(arg)) out.tables.push(arg);
    else out.bad.push(arg);
  }
  return out;
}
