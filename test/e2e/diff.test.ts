import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Spawning git and node is slow on a busy machine: these tests get a generous timeout (not a timed assertion).
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
import { plan as spawnPlan } from '../helpers/plan-cli.js';


let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

/** The bin in `cwd`, with git kept from the user's and the system's configuration (as GitRepo does). */
function plan(args: string[], cwd: string) {
  const r = spawnPlan(args, { cwd, env: { HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('plan diff (built bin) on examples/nye-asker', { timeout: 60_000 }, () => {
  it('reports a budget change by id from a subfolder, in the workspace locale, without touching the working tree', () => {
    repo = new GitRepo();
    cpSync(join(import.meta.dirname, '..', '..', 'examples', 'nye-asker'), join(repo.dir, 'kommune'), { recursive: true });
    repo.commit({}, 'example');
    const measures = join(repo.dir, 'kommune', 'measures', 'velferd.yaml');
    writeFileSync(measures, readFileSync(measures, 'utf8').replace('{ year: 2028, operating: 1200 }', '{ year: 2028, operating: 1700 }'));

    const json = plan(['diff', 'HEAD', '--format', 'json', '--exit-code'], join(repo.dir, 'kommune', 'goals'));
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out);
    expect(result.documents).toEqual([
      {
        id: 'digital-hjemmeoppfolging',
        kind: 'Measure',
        title: 'Digital hjemmeoppfølging for kronisk syke',
        status: 'changed',
        file: 'measures/velferd.yaml',
        changes: [{ path: 'budget[year=2028].operating', op: 'changed', old: 1200, new: 1700 }],
      },
    ]);
    // The measure's 500 more is not in the example's økonomiplan, so 2028 no longer balances (budget-unbalanced).
    expect(result.head).toMatchObject({ label: 'working tree', present: true, errors: 1 });

    const text = plan(['diff', 'HEAD'], join(repo.dir, 'kommune'));
    expect(text.code).toBe(0);
    // nb groups thousands with a no-break space.
    expect(text.out).toMatch(/digital-hjemmeoppfolging 2028: Drift 1\s200 → 1\s700 \(\+500\)/);
    expect(text.err).toBe('');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).toBe(' M kommune/measures/velferd.yaml\n');
  });
});
