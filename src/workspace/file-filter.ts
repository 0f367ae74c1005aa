import { createRequire } from 'node:module';

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
  // Compiled once: the filter runs for every file of a tree. Without dot segments,
  // PLAN_FILE_GLOBS match exactly the names ending in .yaml or .yml.
  const isPlanFile = (path: string) => path.endsWith('.yaml') || path.endsWith('.yml');
  const ignore = [...ALWAYS_IGNORED, ...exclude].map(globMatcher);
  return (path) => {
    if (skipSet.has(path)) return false;
    const segments = path.split('/');
    if (segments.some((s) => s.startsWith('.') || s === '')) return false;
    if (!isPlanFile(path)) return false;
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (ignore.some((m) => m(prefix))) return false;
    }
    return true;
  };
}

/**
 * One glob as micromatch (picomatch) reads it with `dot: true`. Plain globs (`*`, `**`,
 * `?` and literal text, the usual `drafts/**`) become a regular expression here; anything
 * richer (braces, classes, extglobs, negation, escapes) goes to micromatch, which is then
 * loaded: loading it costs more than walking a small repository.
 * test/workspace/glob.test.ts holds the two to the same answers.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  if (/[{}[\]()!+@\\]/.test(glob) || glob.startsWith('./') || glob.endsWith('/') || glob.includes('//') || glob === '') {
    const micromatch = createRequire(import.meta.url)('micromatch') as typeof import('micromatch');
    return micromatch.matcher(glob, { dot: true });
  }
  const segments = glob.split('/');
  let re = '';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') {
      // any number of whole segments, none included
      re += last ? (i === 0 ? '.*' : '(?:/.*)?') : i === 0 ? '(?:.*/)?' : '(?:/.*)?/';
      return;
    }
    if (i > 0 && segments[i - 1] !== '**') re += '/';
    re += seg.replace(/[.^$|]/g, '\\$&').replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]');
  });
  const compiled = new RegExp(`^${re}$`);
  return (path) => compiled.test(path);
}
