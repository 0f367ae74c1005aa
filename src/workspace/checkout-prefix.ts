import { statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The repository root's folder inside its git checkout, with `/` and a trailing
 * `/`, or '' when the root is the top of the checkout or not in one. CI tools
 * (annotations, code scanning, test reports) want paths relative to the checkout.
 * Looks for `.git` (a folder, or a file in worktrees and submodules) walking up.
 */
export function checkoutPrefix(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    let found = false;
    try {
      statSync(join(dir, '.git'));
      found = true;
    } catch {
      found = false;
    }
    if (found) {
      const rel = relative(dir, root).split(sep).join('/');
      return rel === '' ? '' : `${rel}/`;
    }
    if (dirname(dir) === dir) return '';
  }
}
