import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { readDiffSources } from '../../src/diff/git-source.js';
import { captureIo } from '../helpers/capture-io.js';
import { GitRepo } from '../helpers/git-repo.js';

/*
 * `plan diff` runs on pull requests: every file of the work tree is the attacker's.
 * Each attack below would leave a file in `marks/` if git ran one of its commands.
 */

const WORKSPACE = 'kind: Workspace\nid: t\nname: T\nlocale: en\n';
const PLAN = 'kind: Plan\nid: kp\ntitle: KP\ntype: temaplan\n';
const goal = (title: string) => `kind: Goal\nid: a\ntitle: ${title}\nplan: kp\n`;

const cleanup: (() => void)[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const f of cleanup.splice(0)) f();
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-hostile-git-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function newRepo(tree: Record<string, string>): GitRepo {
  const repo = new GitRepo(tree);
  cleanup.push(() => repo.remove());
  return repo;
}

/** A shell command that records that it ran, for every way git could run one. */
function marker(marks: string, name: string): string {
  return `touch '${join(marks, name)}'`;
}

/**
 * The files a pull request adds to `plan/` so that git's discovery takes the plan
 * folder for a repository: HEAD, config, objects/, refs/. Its config claims a
 * partial clone whose promisor remote runs a command on the first missing object,
 * names itself the work tree (so `rev-parse --show-toplevel` answers), and sets
 * every other key that makes git start a program.
 */
function embeddedRepository(marks: string): Record<string, string> {
  const config = [
    '[core]',
    '\trepositoryformatversion = 1',
    '\tbare = false',
    '\tworktree = .',
    `\tfsmonitor = "${marker(marks, 'fsmonitor')}"`,
    `\tsshCommand = "${marker(marks, 'ssh')}"`,
    `\tpager = "${marker(marks, 'pager')}"`,
    '\thooksPath = hooks',
    '[extensions]',
    '\tpartialClone = evil',
    '[remote "evil"]',
    '\turl = file:///nonexistent/evil',
    '\tpromisor = true',
    `\tuploadpack = "${marker(marks, 'uploadpack')}; false"`,
    '[diff]',
    `\texternal = "${marker(marks, 'external-diff')}"`,
    '[filter "evil"]',
    `\tsmudge = "${marker(marks, 'smudge')}"`,
    `\tclean = "${marker(marks, 'clean')}"`,
    '',
  ].join('\n');
  return {
    'plan/HEAD': 'ref: refs/heads/main\n',
    'plan/config': config,
    'plan/objects/info/packs': '',
    'plan/refs/heads/main': `${'1'.repeat(40)}\n`,
    'plan/refs/remotes/origin/main': `${'1'.repeat(40)}\n`,
    'plan/hooks/post-checkout': `#!/bin/sh\n${marker(marks, 'hook')}\n`,
    'plan/.gitattributes': '* filter=evil diff=evil\n',
  };
}

describe.skipIf(process.platform === 'win32')('plan diff against a hostile work tree', { timeout: 60_000 }, () => {
  it('ignores a repository committed inside the plan folder and diffs the real one', async () => {
    const marks = scratch();
    const repo = newRepo({ 'plan/plan.yaml': WORKSPACE, 'plan/plans/kp.yaml': PLAN, 'plan/goals/a.yaml': goal('Before') });
    repo.commit({ ...embeddedRepository(marks), 'plan/goals/a.yaml': goal('After') }, 'the pull request');
    chmodSync(join(repo.dir, 'plan/hooks/post-checkout'), 0o755);
    // Git's own discovery does take the plan folder for a repository: the attack is live.
    expect(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: join(repo.dir, 'plan'), encoding: 'utf8' }).trim()).toBe(join(repo.dir, 'plan'));

    const io = captureIo(repo.dir, { NO_COLOR: '1' });
    const code = await main(['diff', 'main~1', 'main', '--root', 'plan', '--format', 'json'], io);
    expect(readdirSync(marks)).toEqual([]);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.base.commit).toBe(repo.git('rev-parse', 'main~1'));
    expect(result.documents).toEqual([expect.objectContaining({ id: 'a', changes: [{ path: 'title', op: 'changed', old: 'Before', new: 'After' }] })]);

    // The working tree side too, and from inside the fake repository's folders.
    const working = readDiffSources(join(repo.dir, 'plan', 'refs', 'heads'), 'main', undefined, { env: process.env });
    expect(working.prefix).toBe('plan');
    expect(readdirSync(marks)).toEqual([]);
  });

  it('ignores GIT_* variables that would point git at another repository or add config', async () => {
    const marks = scratch();
    const repo = newRepo({ 'plan.yaml': WORKSPACE, 'plans/kp.yaml': PLAN, 'goals/a.yaml': goal('Before') });
    repo.commit({ ...embeddedRepository(marks), 'goals/a.yaml': goal('After') });
    // As inside a git hook, or set by an earlier CI step: plan diff inherits the process environment.
    vi.stubEnv('GIT_DIR', join(repo.dir, 'plan'));
    vi.stubEnv('GIT_WORK_TREE', join(repo.dir, 'plan'));
    vi.stubEnv('GIT_CONFIG_COUNT', '1');
    vi.stubEnv('GIT_CONFIG_KEY_0', 'core.fsmonitor');
    vi.stubEnv('GIT_CONFIG_VALUE_0', marker(marks, 'env-config'));
    const io = captureIo(repo.dir, { NO_COLOR: '1' });
    const code = await main(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], io);
    vi.unstubAllEnvs();
    expect(readdirSync(marks)).toEqual([]);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(io.out()).base.commit).toBe(repo.git('rev-parse', 'HEAD~1'));
  });

  it('never fetches in a partial clone: a missing file is an error, not a lazy fetch', async () => {
    const marks = scratch();
    const server = newRepo({ 'plan.yaml': WORKSPACE, 'plans/kp.yaml': PLAN, 'goals/a.yaml': goal('Before') });
    server.commit({ 'goals/a.yaml': goal('After') });
    server.git('config', 'uploadpack.allowFilter', 'true');
    const clone = join(scratch(), 'clone');
    server.git('clone', '-q', '--filter=blob:none', `file://${server.dir}`, clone);
    // The clone checked out HEAD's files; HEAD~1's goal stays on the server until someone asks.
    execFileSync('git', ['config', 'remote.origin.uploadpack', `${marker(marks, 'fetched')}; git-upload-pack`], { cwd: clone });

    const io = captureIo(clone, { NO_COLOR: '1' });
    const code = await main(['diff', 'HEAD~1', 'HEAD'], io);
    expect(readdirSync(marks)).toEqual([]);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^plan: .*partial clone.*plan diff never fetches/);

    // Plain git would have fetched: the clone is a real partial clone.
    execFileSync('git', ['cat-file', '-p', 'HEAD~1:goals/a.yaml'], { cwd: clone, stdio: 'ignore' });
    expect(readdirSync(marks)).toEqual(['fetched']);
  });

  it('refuses a plan folder that a committed symbolic link leads into another repository', () => {
    const other = newRepo({ 'plan.yaml': WORKSPACE, 'goals/secret.yaml': goal('Secret') });
    const repo = newRepo({ 'README.md': 'x' });
    symlinkSync(other.dir, join(repo.dir, 'plan'));
    repo.commit({}, 'link');
    expect(() => readDiffSources(join(repo.dir, 'plan'), 'HEAD', undefined)).toThrow(/leads out of the git checkout at .* through a symbolic link/);
    mkdirSync(join(other.dir, 'goals', 'deep'), { recursive: true });
    symlinkSync(join(other.dir, 'goals'), join(repo.dir, 'goals'));
    expect(() => readDiffSources(join(repo.dir, 'goals', 'deep'), 'HEAD', undefined)).toThrow(/leads out of the git checkout/);
  });

  it('runs no filter, textconv, fsmonitor or hook even when the repository\'s own config names them', () => {
    const marks = scratch();
    const repo = newRepo({ 'plan.yaml': WORKSPACE, 'plans/kp.yaml': PLAN, 'goals/a.yaml': goal('Before'), '.gitattributes': '* filter=evil diff=evil\n' });
    repo.commit({ 'goals/a.yaml': goal('After') });
    mkdirSync(join(repo.dir, 'hooks'));
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc']) {
      writeFileSync(join(repo.dir, 'hooks', hook), `#!/bin/sh\n${marker(marks, hook)}\n`);
      chmodSync(join(repo.dir, 'hooks', hook), 0o755);
    }
    for (const [key, value] of [
      ['filter.evil.smudge', marker(marks, 'smudge')],
      ['filter.evil.clean', marker(marks, 'clean')],
      ['filter.evil.process', marker(marks, 'filter-process')],
      ['diff.evil.textconv', marker(marks, 'textconv')],
      ['core.fsmonitor', marker(marks, 'fsmonitor')],
      ['core.pager', marker(marks, 'pager')],
      ['core.hooksPath', join(repo.dir, 'hooks')],
    ]) repo.git('config', key!, value!);
    repo.write({ 'goals/a.yaml': goal('Edited') });
    for (const args of [['HEAD~1', 'HEAD'], ['HEAD~1...HEAD'], ['HEAD']]) readDiffSources(repo.dir, args[0]!, args[1], { env: process.env });
    expect(readdirSync(marks)).toEqual([]);
  });

  it('reads a submodule through its .git file', () => {
    const inner = newRepo({ 'plan.yaml': WORKSPACE, 'goals/a.yaml': goal('Before') });
    inner.commit({ 'goals/a.yaml': goal('After') });
    const outer = newRepo({ 'README.md': 'x' });
    outer.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'mod');
    expect(readFileSync(join(outer.dir, 'mod', '.git'), 'utf8')).toMatch(/^gitdir: \.\.\/\.git\/modules\/mod/);
    const sources = readDiffSources(join(outer.dir, 'mod'), 'HEAD~1', 'HEAD');
    expect(sources.base.commit).toBe(inner.git('rev-parse', 'HEAD~1'));
    expect(sources.prefix).toBe('');
  });

  it('reads a linked worktree through its .git file', () => {
    const repo = newRepo({ 'plan/plan.yaml': WORKSPACE, 'plan/goals/a.yaml': goal('Before') });
    repo.commit({ 'plan/goals/a.yaml': goal('After') });
    const worktree = join(scratch(), 'wt');
    repo.git('worktree', 'add', '-q', '--detach', worktree, 'HEAD~1');
    writeFileSync(join(worktree, 'plan/goals/a.yaml'), goal('Edited'));
    const sources = readDiffSources(join(worktree, 'plan'), 'main', undefined);
    expect(sources.base.commit).toBe(repo.git('rev-parse', 'main'));
    expect(existsSync(join(worktree, '.git'))).toBe(true);
    expect(Buffer.from(sources.head.input!.files.find((f) => f.path === 'goals/a.yaml')!.bytes).toString()).toContain('Edited');
  });
});
