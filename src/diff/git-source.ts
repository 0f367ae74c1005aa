import { readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import type { CheckInput, SourceInput } from '../check/check-repository.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import { UsageError } from '../io.js';
import { planFileFilter } from '../workspace/file-filter.js';
import { DEFAULT_MAX_FILE_SIZE, insideRoot, loadRepository, parseLoadConfig, tooLarge } from '../workspace/load-repository.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { Git } from './git.js';
import { locateRepository } from './locate-repository.js';

/** One side of a diff: the files of the plan repository at a commit or in the working tree. */
export interface DiffSource {
  /** What the user named: a ref, `main...HEAD`, or `working tree`. */
  label: string;
  /** The commit read, or undefined for the working tree. */
  commit?: string;
  /** The files to check; undefined when that side has no plan.yaml at the repository's folder. */
  input?: CheckInput;
}

export interface DiffSources {
  base: DiffSource;
  head: DiffSource;
  /** The plan repository's folder relative to the git top level, with `/` ('' at the top). */
  prefix: string;
  /** The run's language: the option, else the head side's plan.yaml locale, else the base's, else nb. */
  locale: Locale;
}

export interface GitSourceOptions {
  maxFileSize?: number;
  /** The environment to find git in and to pass on (without its GIT_* variables); default process.env. */
  env?: Record<string, string | undefined>;
  /** The language of the notes and diagnostics of both sides; default: as DiffSources.locale says. */
  locale?: Locale;
  /** The language of the usage errors (unknown ref, no plan.yaml), asked only when one is thrown; default en. */
  usageLocale?: () => Locale;
}

type RefWords = ReturnType<typeof words>['cliMore']['gitRefs'];

/**
 * Reads both sides of `plan diff <base> [head]` from git, without checking
 * anything out. `base` may be a ref (branch, tag, SHA, `HEAD~1`), `a..b`
 * (the two refs) or `a...b` (the merge base of a and b against b); without
 * `head`, and unless base is a range, the head side is the working tree.
 * Throws UsageError with one line outside a git repository or on an unknown ref.
 * This is the only git I/O of planverk: the repository is the one planverk finds
 * (locateRepository), and git runs locked down (Git), so files in the work tree
 * never choose what git runs or which objects it reads.
 */
export function readDiffSources(start: string, base: string, head: string | undefined, options: GitSourceOptions = {}): DiffSources {
  const usage = (): Locale => options.locale ?? options.usageLocale?.() ?? 'en';
  const location = locateRepository(start, usage);
  const git = new CachingGit(new Git(location, options.env ?? process.env, usage));
  const say = (): RefWords => words(usage()).cliMore.gitRefs;
  const refs = resolveRefs(git, base, head, say);
  const here = location.here.split(sep).join('/');
  const prefix = findPlanPrefix(git, here, [refs.head?.commit, refs.base.commit]);
  if (prefix === undefined) {
    const w = say();
    throw new UsageError(w.noPlan(start, [refs.base.label, refs.head ? refs.head.label : w.workingTree].join(w.or)));
  }
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const root = join(git.top, prefix);
  const configLocale = (ref: { commit: string } | undefined): Locale | undefined => {
    try {
      if (!ref) return isFile(join(root, 'plan.yaml')) ? parseLoadConfig(readFileSync(join(root, 'plan.yaml'), 'utf8')).locale : undefined;
      const plan = listTree(git, ref.commit, prefix).get('plan.yaml');
      return plan && plan.mode !== '120000' ? parseLoadConfig(readBlobs(git, [plan.oid], plan.size).get(plan.oid)?.toString('utf8') ?? '').locale : undefined;
    } catch {
      return undefined;
    }
  };
  const locale = options.locale ?? configLocale(refs.head) ?? configLocale(refs.base) ?? 'nb';
  const side = (ref: { label: string; commit: string }): DiffSource => {
    const input = readCommit(git, ref.commit, prefix, maxSize, locale);
    return input ? { label: ref.label, commit: ref.commit, input } : { label: ref.label, commit: ref.commit };
  };
  const headSide: DiffSource = refs.head
    ? side(refs.head)
    : isFile(join(root, 'plan.yaml'))
      ? { label: 'working tree', input: loadRepository(root, { maxFileSize: maxSize, locale }) }
      : { label: 'working tree' };
  return { base: side(refs.base), head: headSide, prefix, locale };
}

interface Refs {
  base: { label: string; commit: string };
  head?: { label: string; commit: string };
}

function resolveRefs(git: CachingGit, base: string, head: string | undefined, say: () => RefWords): Refs {
  const range = /^(.*?)(\.\.\.?)(.*)$/.exec(base);
  if (range && !base.includes(':')) {
    if (head !== undefined) throw new UsageError(say().rangeAndRefs(base));
    const [, left = '', dots, right = ''] = range;
    const a = left || 'HEAD';
    const b = right || 'HEAD';
    const headRef = { label: b, commit: commitOf(git, b, say) };
    if (dots === '..') return { base: { label: a, commit: commitOf(git, a, say) }, head: headRef };
    const aCommit = commitOf(git, a, say);
    const mergeBase = git.text(['merge-base', aCommit, headRef.commit]);
    if (!mergeBase) {
      throw new UsageError(say().noMergeBase(a, b));
    }
    return { base: { label: `${a}...${b} (merge base ${mergeBase.slice(0, 7)})`, commit: mergeBase }, head: headRef };
  }
  const refs: Refs = { base: { label: base, commit: commitOf(git, base, say) } };
  if (head !== undefined) refs.head = { label: head, commit: commitOf(git, head, say) };
  return refs;
}

function commitOf(git: CachingGit, ref: string, say: () => RefWords): string {
  if (ref.startsWith('-')) throw new UsageError(say().unknownRef(ref, false));
  const sha = git.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (sha) return sha;
  const shallow = git.text(['rev-parse', '--is-shallow-repository']) === 'true';
  throw new UsageError(say().unknownRef(ref, shallow));
}

/**
 * The folder (relative to the git top level) of the plan repository: the first
 * folder from `here` upwards that holds a plan.yaml on disk or in one of the commits.
 */
function findPlanPrefix(git: CachingGit, here: string, commits: readonly (string | undefined)[]): string | undefined {
  const candidates: string[] = [];
  for (let dir = here === '.' ? '' : here; ; dir = posix.dirname(dir) === '.' ? '' : posix.dirname(dir)) {
    candidates.push(dir);
    if (dir === '') break;
  }
  for (const dir of candidates) {
    const path = dir ? `${dir}/plan.yaml` : 'plan.yaml';
    if (isFile(join(git.top, path))) return dir;
    for (const commit of commits) {
      if (commit && git.text(['ls-tree', '--full-tree', commit, '--', path])) return dir;
    }
  }
  return undefined;
}

interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
}

/**
 * Git with the objects it gave kept for the run: the two sides of a diff share most of
 * their files (a pull request edits a few), and the head side's locale is read before its
 * files, so each tree is listed once and each blob read once.
 */
class CachingGit {
  readonly trees = new Map<string, Map<string, TreeEntry>>();
  readonly blobs = new Map<string, Buffer>();
  constructor(readonly git: Git) {}
  get top(): string {
    return this.git.top;
  }
  run(args: readonly string[], input?: string, maxBuffer?: number): Buffer | undefined {
    return this.git.run(args, input, maxBuffer);
  }
  text(args: readonly string[]): string | undefined {
    return this.git.text(args);
  }
}

/** Lists the blobs below `prefix` at a commit, by path relative to the prefix (once a run). */
function listTree(git: CachingGit, commit: string, prefix: string): Map<string, TreeEntry> {
  const key = `${commit}\0${prefix}`;
  const known = git.trees.get(key);
  if (known) return known;
  const entries = readTree(git, commit, prefix);
  git.trees.set(key, entries);
  return entries;
}

function readTree(git: CachingGit, commit: string, prefix: string): Map<string, TreeEntry> {
  const args = ['ls-tree', '-r', '-l', '-z', '--full-tree', commit];
  if (prefix) args.push('--', prefix);
  const out = git.run(args, undefined, 1024 * 1024 * 1024);
  if (!out) throw new UsageError(`cannot read the files of commit ${commit.slice(0, 7)}; in a shallow clone fetch more history, and in a partial clone (--filter) fetch the files first: plan diff never fetches`);
  const entries = new Map<string, TreeEntry>();
  const cut = prefix ? prefix.length + 1 : 0;
  for (const record of out.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type, oid = '', size = '0'] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob') continue; // submodules are not plan files
    entries.set(record.slice(tab + 1).slice(cut), { mode, oid, size: Number(size) });
  }
  return entries;
}

/**
 * The blobs of `oids`: those not read before in this run in one `git cat-file --batch` call.
 * `expectedBytes` is the size of all of them (an upper bound of what git writes).
 */
function readBlobs(git: CachingGit, oids: readonly string[], expectedBytes: number): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  const missing: string[] = [];
  for (const oid of oids) {
    const known = git.blobs.get(oid);
    if (known) blobs.set(oid, known);
    else missing.push(oid);
  }
  if (missing.length === 0) return blobs;
  const out = git.run(['cat-file', '--batch'], `${missing.join('\n')}\n`, expectedBytes + missing.length * 100 + 1024 * 1024);
  if (!out) throw unreadable();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const [oid = '', type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) throw unreadable();
    const n = Number(size);
    const bytes = out.subarray(at, at + n);
    blobs.set(oid, bytes);
    git.blobs.set(oid, bytes);
    at += n + 1;
  }
  return blobs;
}

/** A blob git cannot give: a partial or damaged clone. plan diff never fetches (it would run the remote's commands). */
function unreadable(): UsageError {
  return new UsageError('git cannot read some plan files from its object store; plan diff never fetches, so in a partial clone (--filter) fetch the history first or clone without a filter');
}

/**
 * The check input of the plan repository at a commit: the same files discovery
 * would pick from a checkout (shared filter), symbolic links followed when they
 * stay inside the repository. Undefined when the commit has no plan.yaml there.
 */
function readCommit(git: CachingGit, commit: string, prefix: string, maxSize: number, locale: Locale = 'en'): CheckInput | undefined {
  const t = words(locale).fileText;
  const tree = listTree(git, commit, prefix);
  const plan = tree.get('plan.yaml');
  if (!plan || plan.mode === '120000') return undefined;
  const config = parseLoadConfig(readBlobs(git, [plan.oid], plan.size).get(plan.oid)?.toString('utf8') ?? '');
  const catalogPath = config.catalog ? insideRoot(config.catalog) : undefined;
  const keep = planFileFilter(config.exclude, catalogPath ? [catalogPath] : []);
  const diagnostics: Diagnostic[] = [];

  const wanted: { path: string; entry: TreeEntry }[] = [];
  const pick = (path: string, entry: TreeEntry): void => {
    if (entry.size > maxSize) diagnostics.push(tooLarge(path, entry.size, maxSize, t));
    else wanted.push({ path, entry });
  };
  const paths = [...tree.keys()].filter(keep);
  if (catalogPath) paths.push(catalogPath);
  for (const path of paths) {
    const entry = tree.get(path);
    if (!entry) continue;
    if (entry.mode !== '120000') {
      pick(path, entry);
      continue;
    }
    const target = followLink(git, tree, path, entry);
    if (target) pick(path, target);
    else diagnostics.push(warning(path, 'file/symlink', t.linkOutside));
  }
  const blobs = readBlobs(git, [...new Set(wanted.map((w) => w.entry.oid))], wanted.reduce((n, w) => n + w.entry.size, 0));
  const files: SourceInput[] = [];
  let catalogFile: SourceInput | undefined;
  for (const { path, entry } of wanted) {
    const bytes = blobs.get(entry.oid);
    if (!bytes) continue;
    if (path === catalogPath) catalogFile = { path, bytes };
    else files.push({ path, bytes });
  }
  files.sort((a, b) => (a.path === 'plan.yaml' ? -1 : b.path === 'plan.yaml' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (config.catalog && !catalogFile && !diagnostics.some((d) => d.file === catalogPath)) {
    const message = t.catalog(config.catalog, catalogPath ? t.problem.missing : t.problem.outside);
    diagnostics.push({ rule: 'config/catalog', severity: 'error', message, file: 'plan.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  return catalogFile ? { files, diagnostics, catalogFile } : { files, diagnostics };
}

/** Resolves a symbolic link inside the tree (a few hops at most); undefined when it leaves the repository. */
function followLink(git: CachingGit, tree: Map<string, TreeEntry>, path: string, entry: TreeEntry): TreeEntry | undefined {
  let current = { path, entry };
  for (let hop = 0; hop < 8; hop++) {
    if (current.entry.mode !== '120000') return current.entry;
    const target = readBlobs(git, [current.entry.oid], current.entry.size).get(current.entry.oid)?.toString('utf8') ?? '';
    if (posix.isAbsolute(target)) return undefined;
    const resolved = posix.normalize(posix.join(posix.dirname(current.path), target));
    if (resolved.startsWith('../') || resolved === '..') return undefined;
    const next = tree.get(resolved);
    if (!next) return undefined;
    current = { path: resolved, entry: next };
  }
  return undefined;
}

function warning(file: string, rule: RuleId, message: string): Diagnostic {
  return { rule, severity: 'warning', message, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
