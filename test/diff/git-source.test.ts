import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDiffSources, type DiffSource } from '../../src/diff/git-source.js';
import { UsageError } from '../../src/io.js';
import { discoverFiles } from '../../src/workspace/discover.js';
import { GitRepo } from '../helpers/git-repo.js';

const WORKSPACE = 'kind: Workspace\nid: test\nname: Test\n';
const goal = (id: string, title = id) => `kind: Goal\nid: ${id}\ntitle: ${title}\nplan: kp\n`;

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

function paths(source: DiffSource): string[] {
  return source.input?.files.map((f) => f.path) ?? [];
}

function text(source: DiffSource, path: string): string | undefined {
  const file = source.input?.files.find((f) => f.path === path);
  return file ? Buffer.from(file.bytes).toString('utf8') : undefined;
}

describe('readDiffSources', { timeout: 60_000 }, () => {
  it('reads branches, tags, SHAs, HEAD~1 and ranges without checking out', () => {
    repo = new GitRepo({ 'plan.yaml': WORKSPACE, 'goals/a.yaml': goal('a', 'one') });
    const first = repo.git('rev-parse', 'HEAD');
    repo.git('tag', 'v1');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ 'goals/a.yaml': goal('a', 'two') });
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'goals/b.yaml': goal('b') });
    repo.git('checkout', '-q', 'feature');
    const head = repo.git('rev-parse', 'HEAD');

    const tag = readDiffSources(repo.dir, 'v1', 'main');
    expect(tag.base.commit).toBe(first);
    expect(paths(tag.head)).toEqual(['plan.yaml', 'goals/a.yaml', 'goals/b.yaml']);

    const sha = readDiffSources(repo.dir, first, 'HEAD');
    expect(text(sha.head, 'goals/a.yaml')).toContain('title: two');
    expect(text(readDiffSources(repo.dir, 'HEAD~1', undefined).base, 'goals/a.yaml')).toContain('title: one');

    // main...HEAD: from the merge base, so main's own goal b is not part of the feature's change.
    const range = readDiffSources(repo.dir, 'main...HEAD', undefined);
    expect(range.base.commit).toBe(first);
    expect(range.head.commit).toBe(head);
    expect(paths(range.base)).toEqual(['plan.yaml', 'goals/a.yaml']);

    const twoDots = readDiffSources(repo.dir, 'main..feature', undefined);
    expect(paths(twoDots.base)).toEqual(['plan.yaml', 'goals/a.yaml', 'goals/b.yaml']);
    expect(twoDots.head.label).toBe('feature');
  });

  it('reads the working tree, uncommitted edits included, when head is left out', () => {
    repo = new GitRepo({ 'plan.yaml': WORKSPACE, 'goals/a.yaml': goal('a', 'one') });
    repo.write({ 'goals/a.yaml': goal('a', 'edited'), 'goals/new.yaml': goal('n') });
    const sources = readDiffSources(repo.dir, 'HEAD', undefined);
    expect(sources.head.commit).toBeUndefined();
    expect(sources.head.label).toBe('working tree');
    expect(text(sources.head, 'goals/a.yaml')).toContain('edited');
    expect(paths(sources.head)).toEqual(['plan.yaml', 'goals/a.yaml', 'goals/new.yaml']);
    expect(text(sources.base, 'goals/a.yaml')).toContain('title: one');
  });

  it('selects the same files from a commit as discovery does from the disk', () => {
    repo = new GitRepo({
      'plan.yaml': `${WORKSPACE}exclude: ["drafts/**", "old"]\ncatalog: sdg.yaml\n`,
      'goals/a.yaml': goal('a'),
      'goals/b.yml': goal('b'),
      'goals/notes.txt': 'not yaml',
      'drafts/x.yaml': goal('x'),
      'old/y.yaml': goal('y'),
      'templates/t.yaml': 'not a plan file',
      'sub/templates/t.yaml': goal('t'),
      'node_modules/pkg/z.yaml': 'nope',
      '.github/workflows/ci.yaml': 'on: push',
      'sdg.yaml': 'nb: {}\n',
    });
    const sources = readDiffSources(repo.dir, 'HEAD', undefined);
    const expected = ['plan.yaml', 'goals/a.yaml', 'goals/b.yml', 'sub/templates/t.yaml'];
    expect(paths(sources.base)).toEqual(expected);
    expect(paths(sources.head)).toEqual(expected);
    expect(discoverFiles(repo.dir, ['drafts/**', 'old'], ['sdg.yaml']).files).toEqual(expected);
    expect(sources.base.input?.catalogFile?.path).toBe('sdg.yaml');
  });

  it('finds a plan repository in a subfolder of the git repository', () => {
    repo = new GitRepo({ 'README.md': 'hi', 'plan/plan.yaml': WORKSPACE, 'plan/goals/a.yaml': goal('a', 'one'), 'other.yaml': 'x: 1' });
    repo.commit({ 'plan/goals/a.yaml': goal('a', 'two') });
    mkdirSync(join(repo.dir, 'plan', 'goals'), { recursive: true });
    for (const start of [join(repo.dir, 'plan'), join(repo.dir, 'plan', 'goals')]) {
      const sources = readDiffSources(start, 'HEAD~1', 'HEAD');
      expect(sources.prefix).toBe('plan');
      expect(paths(sources.base)).toEqual(['plan.yaml', 'goals/a.yaml']);
      expect(text(sources.head, 'goals/a.yaml')).toContain('two');
    }
  });

  it('gives a side without plan.yaml no input, so everything counts as added', () => {
    repo = new GitRepo({ 'README.md': 'start' });
    repo.commit({ 'plan.yaml': WORKSPACE, 'goals/a.yaml': goal('a') });
    const sources = readDiffSources(repo.dir, 'HEAD~1', 'HEAD');
    expect(sources.base.input).toBeUndefined();
    expect(paths(sources.head)).toEqual(['plan.yaml', 'goals/a.yaml']);
  });

  it('follows a symbolic link inside the repository and skips one that leaves it', () => {
    repo = new GitRepo({ 'plan.yaml': WORKSPACE, 'shared/a.txt': goal('a'), 'goals/.keep': '' });
    symlinkSync('../shared/a.txt', join(repo.dir, 'goals', 'inside.yaml'));
    symlinkSync('../../outside.yaml', join(repo.dir, 'goals', 'outside.yaml'));
    repo.commit({}, 'links');
    const sources = readDiffSources(repo.dir, 'HEAD', 'HEAD');
    expect(paths(sources.base)).toEqual(['plan.yaml', 'goals/inside.yaml']);
    expect(text(sources.base, 'goals/inside.yaml')).toBe(goal('a'));
    expect(sources.base.input?.diagnostics?.map((d) => [d.file, d.rule])).toEqual([['goals/outside.yaml', 'file/symlink']]);
  });

  it('works in a shallow clone when both commits are present, and says what to fetch when not', () => {
    repo = new GitRepo({ 'plan.yaml': WORKSPACE, 'goals/a.yaml': goal('a', 'one') });
    repo.git('branch', 'base');
    repo.commit({ 'goals/a.yaml': goal('a', 'two') });
    repo.commit({ 'goals/a.yaml': goal('a', 'three') });
    const clone = `${repo.dir}-clone`;
    repo.git('clone', '-q', '--depth', '2', '--no-local', `file://${repo.dir}`, clone);
    try {
      const sources = readDiffSources(clone, 'HEAD~1', 'HEAD');
      expect(text(sources.base, 'goals/a.yaml')).toContain('two');
      expect(text(sources.head, 'goals/a.yaml')).toContain('three');
      expect(() => readDiffSources(clone, 'HEAD~2', undefined)).toThrow(/^unknown git ref "HEAD~2" \(this is a shallow clone: fetch the ref or more history/);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('fails with one clear line on an unknown ref, outside git, and on a range plus a head', () => {
    repo = new GitRepo({ 'plan.yaml': WORKSPACE });
    expect(() => readDiffSources(repo!.dir, 'no-such-branch', undefined)).toThrow(new UsageError('unknown git ref "no-such-branch"'));
    expect(() => readDiffSources(repo!.dir, 'HEAD', '--output=x')).toThrow(UsageError);
    expect(() => readDiffSources(repo!.dir, 'main...HEAD', 'HEAD')).toThrow(/either a range/);
    const empty = new GitRepo(); // HEAD is unborn
    expect(() => readDiffSources(empty.dir, 'HEAD', undefined)).toThrow(/unknown git ref "HEAD"/);
    empty.remove();
    const outside = mkdtempSync(join(tmpdir(), 'planverk-nogit-'));
    try {
      expect(() => readDiffSources(outside, 'HEAD', undefined)).toThrow(/is not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true });
    }
  });
});
