import { statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The repository root's folder inside its git checkout, with `/` and a trailing
 * `/`, or '' when the root is the top of the checkout or not in one. CI tools
 * (annotations, code scanning, test reports) want paths relative to the checkout.
 */
export function checkoutPrefix(root: string): string {
  const top = findCheckoutTop(root);
  if (top === undefined) return '';
  const rel = relative(top, root).split(sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

/**
 * The nearest folder from `start` upwards that holds a `.git` (a folder, or a
 * file in worktrees and submodules), walking the path as given. Only git itself
 * creates an entry named `.git`: a commit cannot contain one, so a pull request
 * cannot plant it. (A folder that merely looks like a repository, with `HEAD`,
 * `config`, `objects/` and `refs/`, is what git's own discovery would accept; this
 * walk ignores it.)
 */
export function findCheckoutTop(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (exists(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
