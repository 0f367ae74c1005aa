import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import { words } from '../i18n/words.js';
import { planFileFilter } from './file-filter.js';
import { GlobSet, MAX_GLOBS } from './glob.js';

export interface Discovered {
  /** Paths relative to the root, with `/`, sorted; plan.yaml first. */
  files: string[];
  /** Notes about what was skipped (links out of the repository, loops). */
  diagnostics: Diagnostic[];
  /**
   * Files the walk met as regular files, not links: they lie inside the root by
   * construction, so reading them needs no further checks (one stat, not four).
   */
  plain: Set<string>;
}

/**
 * Lists `*.yaml` and `*.yml` below `root` (paths relative to it, with `/`): never into
 * dot-folders, `node_modules/` or the root `templates/` (folders that are never plan
 * documents, whatever the workspace says), never into symbolic links to folders, and
 * leaving out what an `exclude` glob matches (a matched folder is not entered at all).
 * A plain walk of the folders: a glob library costs more to load than this takes to run.
 */
function walk(root: string, exclude: readonly string[]): { path: string; plain: boolean }[] {
  const globs = new GlobSet(exclude.slice(0, MAX_GLOBS));
  const out: { path: string; plain: boolean }[] = [];
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
        if (e.name === 'node_modules' || path === 'templates' || globs.excludes(`${path}/`)) continue;
        visit(join(abs, e.name), path);
      } else if ((e.name.endsWith('.yaml') || e.name.endsWith('.yml')) && !globs.excludes(path)) {
        out.push({ path, plain: e.isFile() });
      }
    }
  };
  visit(root, '');
  return out;
}

/**
 * Lists the YAML files of the repository below `root`: `*.yaml` and `*.yml`,
 * minus `exclude` globs, `node_modules/`, dot-folders and the root `templates/`.
 * Symbolic links are not followed into folders; a linked file is read only when
 * it resolves inside the repository.
 */
export function discoverFiles(root: string, exclude: readonly string[] = [], skip: readonly string[] = [], t: ReturnType<typeof words>['fileText'] = words('en').fileText): Discovered {
  const diagnostics: Diagnostic[] = [];
  const found = walk(root, exclude);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const files: string[] = [];
  // The walk prunes folders as it goes; the shared filter has the last word, so
  // that a git tree (plan diff) and the disk select exactly the same files.
  const keep = planFileFilter(exclude, skip);
  const plain = new Set<string>();
  for (const { path: file, plain: isPlain } of found) {
    if (!keep(file.split(sep).join('/'))) continue;
    if (isPlain) {
      files.push(file);
      plain.add(file);
      continue;
    }
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
        diagnostics.push(note(file, 'file/symlink', t.linkBroken));
        continue;
      }
      const rel = relative(realRoot, target);
      if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') {
        diagnostics.push(note(file, 'file/symlink', t.linkOutside));
        continue;
      }
      if (lstatSync(target).isDirectory()) continue;
    } else if (!info.isFile()) continue;
    files.push(file.split(sep).join('/'));
  }
  files.sort((a, b) => (a === 'plan.yaml' ? -1 : b === 'plan.yaml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return { files, diagnostics, plain };
}

function note(file: string, rule: RuleId, message: string): Diagnostic {
  return { rule, severity: 'warning', message, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
