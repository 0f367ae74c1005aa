import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface Discovered {
  /** Paths relative to the root, with `/`, sorted; plan.yaml first. */
  files: string[];
  /** Notes about what was skipped (links out of the repository, loops). */
  diagnostics: Diagnostic[];
}

/**
 * Lists `*.yaml` and `*.yml` below `root` (paths relative to it, with `/`): never into
 * dot-folders, `node_modules/` or the root `templates/` (folders that are never plan
 * documents, whatever the workspace says), never into symbolic links to folders, and
 * leaving out what an `exclude` glob matches (a matched folder is not entered at all).
 * A plain walk of the folders: a glob library costs more to load than this takes to run.
 */
function walk(root: string, exclude: readonly string[]): string[] {
  const excluded = excludeMatcher(exclude);
  const out: string[] = [];
  const visit = (abs: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || path === 'templates' || excluded(path)) continue;
        visit(join(abs, e.name), path);
      } else if ((e.name.endsWith('.yaml') || e.name.endsWith('.yml')) && !excluded(path)) {
        out.push(path);
      }
    }
  };
  visit(root, '');
  return out;
}

/** A test for `exclude` globs. */
function excludeMatcher(exclude: readonly string[]): (path: string) => boolean {
  if (exclude.length === 0) return () => false;
  const matchers = exclude.map(globMatcher);
  return (path) => matchers.some((m) => m(path));
}

/**
 * One glob as picomatch reads it with `dot: true`. Plain globs (`*`, `**`, `?` and
 * literal text, the usual `drafts/**`) become a regular expression here; anything
 * richer (braces, classes, extglobs, negation, escapes) goes to picomatch, which is
 * then loaded. test/workspace/glob.test.ts holds the two to the same answers.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  if (/[{}[\]()!+@\\]/.test(glob) || glob.startsWith('./') || glob.endsWith('/') || glob.includes('//') || glob === '') {
    const picomatch = createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
    return picomatch(glob, { dot: true });
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

/**
 * Lists the YAML files of the repository below `root`: `*.yaml` and `*.yml`,
 * minus `exclude` globs, `node_modules/`, dot-folders and the root `templates/`.
 * Symbolic links are not followed into folders; a linked file is read only when
 * it resolves inside the repository.
 */
export function discoverFiles(root: string, exclude: readonly string[] = [], skip: readonly string[] = []): Discovered {
  const diagnostics: Diagnostic[] = [];
  const found = walk(root, exclude);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const files: string[] = [];
  const skipSet = new Set(skip);
  for (const file of found) {
    if (skipSet.has(file)) continue;
    const abs = join(root, file);
    let info;
    try {
      info = lstatSync(abs);
    } catch {
      continue;
    }
    if (info.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(abs);
      } catch {
        diagnostics.push(note(file, 'file/symlink', 'symbolic link is broken or loops; it was skipped'));
        continue;
      }
      const rel = relative(realRoot, target);
      if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') {
        diagnostics.push(note(file, 'file/symlink', 'symbolic link points outside the repository; it was not followed'));
        continue;
      }
      if (lstatSync(target).isDirectory()) continue;
    } else if (!info.isFile()) continue;
    files.push(file.split(sep).join('/'));
  }
  files.sort((a, b) => (a === 'plan.yaml' ? -1 : b === 'plan.yaml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return { files, diagnostics };
}

function note(file: string, rule: string, message: string): Diagnostic {
  return { rule, severity: 'warning', message, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
