import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/** Why no repository root could be found. */
export class RootError extends Error {}

/**
 * Walks up from `start` to the first folder holding a `plan.yaml` file; that
 * folder is the repository root. Throws RootError with a one-line message in
 * `locale` (default en).
 */
export function findRoot(start: string, locale: Locale = 'en'): string {
  const w = words(locale).cliMore.root;
  const from = resolve(start);
  let info;
  try {
    info = statSync(from);
  } catch {
    throw new RootError(w.noSuchFolder(start));
  }
  if (!info.isDirectory()) throw new RootError(w.notFolder(start));
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
    if (s?.isDirectory()) throw new RootError(w.planIsFolder(candidate));
    const parent = dirname(dir);
    if (parent === dir) throw new RootError(w.noPlan(from));
    dir = parent;
  }
}
