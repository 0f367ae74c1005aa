import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, run } from '../helpers/run.js';

/** The example repository with one error: an unknown key in a measure. */
function withOneError(): string {
  const dir = copyExample();
  const file = join(dir, 'measures/velferd.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('responsible: velferd\ntype: run', 'responsible: velferd\ntype: run\nbudsjet: 12'));
  return dir;
}

/** Every command that renders from a repository, with the flags that pick one view. */
const COMMANDS: string[][] = [
  ['report', 'handlingsprogram'],
  ['matrix', '--format', 'md'],
  ['trace'],
  ['status', '--format', 'text', '--as-of', '2026-08-31'],
  ['arshjul', '--year', '2027'],
  ['budget', '--format', 'md'],
];

describe('one error policy for the commands that render from a repository', () => {
  const dir = withOneError();
  for (const args of COMMANDS) {
    it(`plan ${args[0]}: renders, prints the diagnostic once the stylish way, exits 1; --allow-errors exits 0`, async () => {
      const r = await run(args, dir);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toBe('');
      expect(r.stderr.match(/schema\/additional-properties/g)).toHaveLength(1);
      expect(r.stderr).toMatch(/^\.\/measures\/velferd\.yaml$/m);
      // In the workspace's language (nb), as `plan validate` prints it; the summary line used to be English.
      expect(r.stderr).toContain('✖ 1 problem (1 feil, 0 advarsler)');
      expect(r.stderr).toMatch(/^\s+\d+:\d+\s+feil\s+/m);
      const allowed = await run([...args, '--allow-errors'], dir);
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toBe(r.stdout);
      expect(allowed.stderr).toBe(r.stderr);
    });
  }

  it('is silent and exits 0 on a repository without errors', async () => {
    const r = await run(['trace'], copyExample());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
