import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { captureIo } from '../helpers/capture-io.js';

const TREE = {
  'plan.yaml': 'kind: Workspace\nid: t\nname: T\nlocale: en\n',
  'plans/kp.yaml': 'kind: Plan\nid: kp\ntitle: KP\ntype: temaplan\n',
  'goals/a.yaml': 'kind: Goal\nid: a\ntitle: A\nplan: kp\n',
};

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

async function run(args: string[], cwd: string) {
  const io = captureIo(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan diff', { timeout: 60_000 }, () => {
  it('exits 0 without changes, and 1 with --exit-code when something changed', async () => {
    repo = new GitRepo(TREE);
    expect(await run(['diff', 'HEAD', '--exit-code'], repo.dir)).toMatchObject({ code: 0, err: '' });
    repo.write({ 'goals/a.yaml': 'kind: Goal\nid: a\ntitle: A2\nplan: kp\n' });
    const changed = await run(['diff', 'HEAD', '--exit-code'], repo.dir);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('~ Goal a (goals/a.yaml)');
    expect(changed.out).toContain('~ title: A → A2');
    expect(changed.out).not.toMatch(/\u001b\[/);
    expect((await run(['diff', 'HEAD'], repo.dir)).code).toBe(0);
  });

  it('does not count a move as a change for --exit-code', async () => {
    repo = new GitRepo(TREE);
    repo.rename('goals/a.yaml', 'goals/b.yaml');
    const result = await run(['diff', 'HEAD', '--exit-code', '--format', 'json'], repo.dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ changed: false, counts: { moved: 1 }, documents: [{ id: 'a', status: 'moved', from: 'goals/a.yaml', file: 'goals/b.yaml' }] });
  });

  it('prints Markdown with a summary table and collapsible details', async () => {
    repo = new GitRepo(TREE);
    repo.commit({ 'goals/a.yaml': 'kind: Goal\nid: a\ntitle: A\nplan: kp\nsdgTargets: ["3.4"]\n' });
    const result = await run(['diff', 'HEAD~1', 'HEAD', '--format', 'md', '--root', repo.dir], tmpdir());
    expect(result.code).toBe(0);
    expect(result.out).toContain('## Plan changes');
    expect(result.out).toContain('| Documents changed | 1 |');
    expect(result.out).toContain('| `a` A | 3.4 |  |');
    expect(result.out).toContain('<details><summary>🟡 Goal <code>a</code> A — changed (goals/a.yaml)</summary>');
  });

  it('says which side has errors and still compares', async () => {
    repo = new GitRepo(TREE);
    repo.write({ 'goals/a.yaml': 'kind: Goal\nid: a\ntitle: A\nplan: missing\n' });
    const result = await run(['diff', 'HEAD'], repo.dir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Head: .*1 error: run plan validate/);
    expect(result.out).toContain('~ plan: kp → missing');
  });

  it('flags a removed document whose file no longer parses as perhaps only unreadable', async () => {
    repo = new GitRepo(TREE);
    repo.write({ 'goals/a.yaml': 'kind: Goal\nid: a\ntitle: [A\n' });
    const json = JSON.parse((await run(['diff', 'HEAD', '--format', 'json'], repo.dir)).out);
    expect(json.documents).toEqual([{ id: 'a', kind: 'Goal', title: 'A', status: 'removed', file: 'goals/a.yaml', changes: [], fileHasErrors: 'head' }]);
    expect((await run(['diff', 'HEAD'], repo.dir)).out).toContain('the file has errors in working tree: the document may only be unreadable there');
  });

  it("says an unknown ref in the repository's language (nb by default)", async () => {
    repo = new GitRepo({ ...TREE, 'plan.yaml': 'kind: Workspace\nid: t\nname: T\n' });
    expect(await run(['diff', 'nope'], repo.dir)).toEqual({ code: 2, out: '', err: 'plan: ukjent git-referanse «nope»\n' });
    expect((await run(['diff', 'a..b', 'c'], repo.dir)).err).toBe('plan: oppgi enten et område («a..b») eller to referanser, ikke begge\n');
  });

  it('exits 2 with one line on an unknown ref or outside git', async () => {
    repo = new GitRepo(TREE);
    expect(await run(['diff', 'nope'], repo.dir)).toEqual({ code: 2, out: '', err: 'plan: unknown git ref "nope"\n' }); // TREE's plan.yaml says locale: en
    const outside = mkdtempSync(join(tmpdir(), 'planverk-nogit-'));
    try {
      const result = await run(['diff', 'HEAD'], outside);
      expect(result.code).toBe(2);
      // No plan.yaml and no LANG: nb.
      expect(result.err).toMatch(/^plan: .* ligger ikke i et git-repositorium \(plan diff sammenligner git-referanser\)\n$/);
    } finally {
      rmSync(outside, { recursive: true });
    }
    expect((await run(['diff', 'HEAD', '--format', 'xml'], repo.dir)).code).toBe(2);
  });
});
