import { GlobSet, MAX_GLOBS } from './glob.js';

/** The files that may hold plan documents. */
export const PLAN_FILE_GLOBS = ['**/*.yaml', '**/*.yml'];

/** Folders and files that are never plan documents, whatever the workspace says. */
export const ALWAYS_IGNORED = ['**/node_modules/**', 'templates/**'];

/**
 * Whether a path (relative to the repository root, with `/`) is a plan file:
 * `*.yaml` or `*.yml`, not inside a dot-folder, `node_modules/` or the root
 * `templates/`, and not matched by an `exclude` glob. A glob that matches a
 * folder excludes everything below it, as it does when the disk is walked.
 * Shared by disk discovery and by the git source of `plan diff`, so both read
 * the same files. Globs are matched in linear time (src/workspace/glob.ts).
 */
export function planFileFilter(exclude: readonly string[] = [], skip: readonly string[] = []): (path: string) => boolean {
  const skipSet = new Set(skip);
  // Compiled once: the filter runs for every file of a tree.
  const ignore = new GlobSet([...ALWAYS_IGNORED, ...exclude.slice(0, MAX_GLOBS)]);
  return (path) => {
    if (skipSet.has(path)) return false;
    if (!path.endsWith('.yaml') && !path.endsWith('.yml')) return false;
    // No dot-folder or dot-file, and no empty segment (a leading, trailing or doubled `/`).
    if (path.startsWith('.') || path.startsWith('/') || path.endsWith('/') || path.includes('/.') || path.includes('//')) return false;
    return !ignore.excludes(path);
  };
}
