import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findExecutable } from '../../src/diff/find-executable.js';
import { readDiffSources } from '../../src/diff/git-source.js';
import { Git } from '../../src/diff/git.js';
import { locateRepository } from '../../src/diff/locate-repository.js';
import { GitRepo } from '../helpers/git-repo.js';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

/** A `git` that records how it was started, so the test sees exactly what plan passes. */
function recordingGit(): { bin: string; record: string } {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-fake-git-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const bin = join(dir, 'bin');
  const record = join(dir, 'record');
  mkdirSync(bin);
  mkdirSync(record);
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}/args'\nenv > '${record}/env'\npwd -P > '${record}/cwd'\nexit 1\n`);
  chmodSync(join(bin, 'git'), 0o755);
  return { bin, record };
}

describe.skipIf(process.platform === 'win32')('Git', () => {
  it('names the repository, locks the configuration down and passes no GIT_* variable on', () => {
    const repo = new GitRepo({ 'plan/plan.yaml': 'kind: Workspace\n' });
    cleanup.push(() => repo.remove());
    const { bin, record } = recordingGit();
    const location = locateRepository(join(repo.dir, 'plan'));
    const git = new Git(location, { PATH: `.:${bin}:/usr/bin:/bin`, HOME: '/nonexistent', GIT_DIR: '/elsewhere', git_config_parameters: 'x', GIT_SSH_COMMAND: 'evil', SSH_ASKPASS: 'evil' });
    expect(git.run(['rev-parse', 'HEAD'])).toBeUndefined();

    const args = readFileSync(join(record, 'args'), 'utf8').trimEnd().split('\n');
    const top = realpathSync(repo.dir);
    expect(args.slice(-2)).toEqual(['rev-parse', 'HEAD']);
    expect(args).toContain(`--git-dir=${join(top, '.git')}`);
    expect(args).toContain(`--work-tree=${top}`);
    expect(args).toContain('--no-pager');
    const config = args.flatMap((a, i) => (args[i - 1] === '-c' ? [a] : []));
    expect(config).toEqual(expect.arrayContaining(['protocol.allow=never', 'safe.bareRepository=explicit', 'core.fsmonitor=false', 'core.hooksPath=/dev/null', 'core.askPass=', 'credential.helper=', 'gc.auto=0', 'maintenance.auto=false']));

    const env = Object.fromEntries(readFileSync(join(record, 'env'), 'utf8').trimEnd().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(Object.keys(env).filter((k) => /^GIT_/i.test(k)).sort()).toEqual(['GIT_ALLOW_PROTOCOL', 'GIT_CEILING_DIRECTORIES', 'GIT_NO_LAZY_FETCH', 'GIT_NO_REPLACE_OBJECTS', 'GIT_OPTIONAL_LOCKS', 'GIT_PAGER', 'GIT_TERMINAL_PROMPT']);
    expect(env).toMatchObject({ GIT_ALLOW_PROTOCOL: '', GIT_NO_LAZY_FETCH: '1', GIT_CEILING_DIRECTORIES: dirname(top), HOME: '/nonexistent' });
    expect(env.SSH_ASKPASS).toBeUndefined();
    expect(readFileSync(join(record, 'cwd'), 'utf8').trim()).toBe(top);
  });

  it('runs only rev-parse, merge-base, ls-tree and cat-file --batch', () => {
    const repo = new GitRepo({ 'plan.yaml': 'kind: Workspace\nid: t\nname: T\n', 'goals/a.yaml': 'kind: Goal\nid: a\ntitle: A\nplan: kp\n' });
    cleanup.push(() => repo.remove());
    repo.commit({ 'goals/a.yaml': 'kind: Goal\nid: a\ntitle: B\nplan: kp\n' });
    const dir = mkdtempSync(join(tmpdir(), 'planverk-git-log-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const real = findExecutable('git', { path: process.env.PATH })!;
    writeFileSync(join(dir, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${dir}/log'\nexec '${real}' "$@"\n`);
    chmodSync(join(dir, 'git'), 0o755);
    const env = { ...process.env, PATH: `${dir}:${process.env.PATH}` };
    for (const [base, head] of [['HEAD~1', 'HEAD'], ['HEAD~1...HEAD', undefined], ['HEAD', undefined]] as const) readDiffSources(repo.dir, base, head, { env });
    const commands = readFileSync(join(dir, 'log'), 'utf8').trimEnd().split('\n').map((line) => {
      const args = line.split(' ');
      for (let i = 0; i < args.length; i++) {
        if (args[i] === '-c') i++;
        else if (!args[i]!.startsWith('--')) return args.slice(i, args[i] === 'cat-file' ? i + 2 : i + 1).join(' ');
      }
      return '';
    });
    expect([...new Set(commands)].sort()).toEqual(['cat-file --batch', 'ls-tree', 'merge-base', 'rev-parse']);
  });
});
