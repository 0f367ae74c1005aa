import micromatch from 'micromatch';

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
 * the same files.
 */
export function planFileFilter(exclude: readonly string[] = [], skip: readonly string[] = []): (path: string) => boolean {
  const skipSet = new Set(skip);
  // Compiled once: the filter runs for every file of a tree.
  const isPlanFile = PLAN_FILE_GLOBS.map((g) => micromatch.matcher(g));
  const ignore = [...ALWAYS_IGNORED, ...exclude].map((g) => micromatch.matcher(g, { dot: true }));
  return (path) => {
    if (skipSet.has(path)) return false;
    const segments = path.split('/');
    if (segments.some((s) => s.startsWith('.') || s === '')) return false;
    if (!isPlanFile.some((m) => m(path))) return false;
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (ignore.some((m) => m(prefix))) return false;
    }
    return true;
  };
}
