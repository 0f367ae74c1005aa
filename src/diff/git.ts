import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { UsageError } from '../io.js';
import { envValue, findExecutable } from './find-executable.js';
import type { RepositoryLocation } from './locate-repository.js';

/**
 * Configuration given on every git command line. Command-line config beats every
 * file (system, global, the repository's own), and git passes it on to any git it
 * starts. Together with the environment below it makes sure that whatever a
 * config file says, git runs nothing and fetches nothing for `plan diff`:
 * - `protocol.allow=never`: no transport at all, so a lazy fetch from a promisor
 *   remote (a partial clone, or a config that claims one) fails before its
 *   `uploadpack`, ssh or remote-helper command runs;
 * - no fsmonitor daemon, no hooks, no credential helper or askpass prompt;
 * - no automatic gc or maintenance (they run other programs and write);
 * - `safe.bareRepository=explicit`: never treat a folder as a bare repository
 *   unless named with --git-dir (we always name the real one).
 * The commands plan runs (rev-parse, merge-base, ls-tree, cat-file --batch) never
 * apply attributes, filters, textconv or external diff drivers, and never page.
 */
const SAFE_CONFIG = [
  'core.quotepath=off',
  'protocol.allow=never',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.askPass=',
  'credential.helper=',
  'gc.auto=0',
  'maintenance.auto=false',
  'safe.bareRepository=explicit',
];

/** Runs git against one explicitly named repository, with a locked-down configuration and environment. */
export class Git {
  readonly top: string;
  private readonly exe: string;
  private readonly prefixArgs: string[];
  private readonly env: Record<string, string>;

  private readonly locale: () => Locale;

  constructor(location: RepositoryLocation, env: Record<string, string | undefined>, locale: () => Locale = () => 'en') {
    this.top = location.workTree;
    this.locale = locale;
    this.exe = gitExecutable(env, process.platform, locale);
    this.prefixArgs = ['--no-pager', '--literal-pathspecs', `--git-dir=${location.gitDir}`, `--work-tree=${location.workTree}`, ...SAFE_CONFIG.flatMap((c) => ['-c', c])];
    this.env = gitEnv(env, location.workTree);
  }

  /** stdout as bytes; undefined when git exits non-zero. */
  run(args: readonly string[], input?: string, maxBuffer = 64 * 1024 * 1024): Buffer | undefined {
    const r = spawnSync(this.exe, [...this.prefixArgs, ...args], { cwd: this.top, env: this.env, input, maxBuffer, windowsHide: true });
    if (r.error) throw new UsageError(words(this.locale()).cliMore.refusals.gitFailed(r.error.message));
    return r.status === 0 ? r.stdout : undefined;
  }

  /** stdout as trimmed text; undefined when git exits non-zero. */
  text(args: readonly string[]): string | undefined {
    return this.run(args)?.toString('utf8').trim();
  }
}

/** The absolute path of git from PATH (never the current folder), or a UsageError (exit 2). */
export function gitExecutable(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, locale: () => Locale = () => 'en'): string {
  const found = findExecutable('git', { path: envValue(env, 'PATH', platform), pathext: envValue(env, 'PATHEXT', platform), platform });
  if (found === undefined) throw new UsageError(words(locale()).cliMore.refusals.noGit);
  return found;
}

/**
 * The environment for git: the caller's, without any GIT_* variable (GIT_DIR,
 * GIT_CONFIG_PARAMETERS, GIT_EXEC_PATH, GIT_SSH_COMMAND, GIT_EXTERNAL_DIFF, … could
 * each point git elsewhere or make it run something; inside a git hook several are
 * set), then ours: no lazy fetch (git 2.44+), no protocol (older git too), no
 * prompt, no replace refs choosing other objects, no optional locks.
 */
export function gitEnv(inherited: Record<string, string | undefined>, workTree: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(inherited)) {
    if (value !== undefined && !/^GIT_/i.test(key) && !/^SSH_ASKPASS$/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    GIT_CEILING_DIRECTORIES: dirname(workTree),
    GIT_NO_LAZY_FETCH: '1',
    GIT_ALLOW_PROTOCOL: '',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
  };
}
