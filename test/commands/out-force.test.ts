import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.js';
import { copyExample, run } from '../helpers/run.js';

/*
 * Issue 18 item 6: `--out` and `--force` on every command that writes a document,
 * status and diff included. An existing file is never replaced without --force
 * (exit 2, the file kept), and --force replaces it; no temporary file is left.
 */
const git = new GitRepo({
  'plan.yaml': 'kind: Workspace\nid: test\nname: Testkommune\n',
  'plans.yaml': 'kind: Plan\nid: kp\ntitle: Kommuneplan\ntype: kommuneplan-samfunnsdel\n',
});
git.write({ 'plans.yaml': 'kind: Plan\nid: kp\ntitle: Kommuneplanen\ntype: kommuneplan-samfunnsdel\n' });
afterAll(() => git.remove());

const commands: [string, string[], string, string | undefined][] = [
  ['report', ['report', 'handlingsprogram'], 'hp.html', undefined],
  ['matrix', ['matrix'], 'matrise.md', undefined],
  ['trace', ['trace'], 'trace.json', undefined],
  ['arshjul', ['arshjul', '--year', '2027'], 'hjul.ics', undefined],
  ['budget', ['budget'], 'budsjett.csv', undefined],
  ['status', ['status', '--year', '2024', '--as-of', '2026-06-30'], 'status.md', undefined],
  ['diff', ['diff', 'HEAD'], 'pr.md', git.dir],
];

describe('--out and --force on every command that writes a document', () => {
  for (const [name, args, file, cwd] of commands) {
    it(`plan ${name} --out ${file}: writes it, refuses it again without --force, replaces it with --force`, async () => {
      const dir = cwd ?? copyExample();
      const target = join(dir, file);
      const first = await run([...args, '--out', file], dir);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toBe('');
      expect(first.stderr).toContain(`plan: skrev ${file}`);
      const written = readFileSync(target, 'utf8');
      expect(written.length).toBeGreaterThan(10);

      writeFileSync(target, 'kept');
      const again = await run([...args, '--out', file], dir);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`${file} finnes; bruk --force for å overskrive den`);
      expect(readFileSync(target, 'utf8')).toBe('kept');

      const forced = await run([...args, '--out', file, '--force'], dir);
      expect(forced.code, forced.stderr).toBe(0);
      // The same document again (an ICS's DTSTAMP is the moment of writing, so it may differ by a second).
      const stampless = (text: string) => text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP');
      expect(stampless(readFileSync(target, 'utf8'))).toBe(stampless(written));
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('plan diff --out with --exit-code still says whether something changed', async () => {
    const r = await run(['diff', 'HEAD', '--exit-code', '--out', 'changes.json', '--force'], git.dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(git.dir, 'changes.json'), 'utf8')).documents[0].id).toBe('kp');
  });
});
