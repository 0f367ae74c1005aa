import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Why no repository root could be found. */
export class RootError extends Error {}

/**
 * Walks up from `start` to the first folder holding a `plan.yaml` file; that
 * folder is the repository root. Throws RootError with a one-line message.
 */
export function findRoot(start: string): string {
  const from = resolve(start);
  let info;
  try {
    info = statSync(from);
  } catch {
    throw new RootError(`${start}: no such folder`);
  }
  if (!info.isDirectory()) throw new RootError(`${start}: not a folder`);
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'plan.yaml');
    let s;
    try {
      s = statSync(candidate);
    } catch {
      s = undefined;
    }
    if (s?.isFile()) return dir;
    if (s?.isDirectory()) throw new RootError(`${candidate} is a folder; plan.yaml must be a file holding the Workspace document`);
    const parent = dirname(dir);
    if (parent === dir) throw new RootError(`no plan.yaml found in ${from} or any folder above it`);
    dir = parent;
  }
}
