import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The plan.yaml of the repository `dir` already belongs to: in `dir` or any folder
 * above it (as plan validate finds it), or undefined. `plan init` must not start a
 * second repository there: its documents would repeat the ids of the first one's.
 */
export function existingWorkspace(dir: string): string | undefined {
  let folder = resolve(dir);
  for (;;) {
    const candidate = join(folder, 'plan.yaml');
    if (statSync(candidate, { throwIfNoEntry: false }) !== undefined) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
