import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, edit, plan, tempDir } from '../helpers/plan-cli.js';

/*
 * A pull request controls every file of the checkout, so it can put a file, a
 * folder or a symbolic link where CI will write its SARIF or JUnit report. The
 * checks must still run and print, and the report must be written or the run
 * must fail (exit 2) naming the path; the attacker's file must never pass as ours.
 */


type Plant = 'file' | 'folder' | 'symlink';

/** Puts the attacker's entry at `path`; returns what a symbolic link points at, to check it is untouched. */
function plant(path: string, kind: Plant): string | undefined {
  if (kind === 'file') writeFileSync(path, '{"version":"2.1.0","runs":[]}');
  if (kind === 'folder') {
    mkdirSync(path);
    writeFileSync(join(path, 'forged.sarif'), '{"version":"2.1.0","runs":[]}');
  }
  if (kind !== 'symlink') return undefined;
  const target = join(tempDir(), 'secret');
  writeFileSync(target, 'secret');
  symlinkSync(target, path);
  return target;
}

describe.skipIf(process.platform === 'win32')('plan validate with a planted output path', { timeout: 60_000 }, () => {
  for (const kind of ['file', 'folder', 'symlink'] as const) {
    it(`a ${kind} at the SARIF path: the checks run and print, the JUnit report is written, and the result is loud`, () => {
      const root = copyExample();
      edit(join(root, 'goals/tjenester.yaml'), 'indicators: [hjemmeboende-over-80', 'indicators: [hjemmeboende-over-90');
      const target = plant(join(root, 'plan.sarif'), kind);
      const r = plan(['validate', '--format', 'github', '--output-file', 'sarif=plan.sarif', '--output-file', 'junit=plan-junit.xml', '--force'], { cwd: root });
      expect(r.stdout).toMatch(/^::error file=goals\/tjenester\.yaml,/m);
      expect(readFileSync(join(root, 'plan-junit.xml'), 'utf8')).toContain('failures="1"');
      if (kind === 'file') {
        // --force: our report replaces theirs.
        expect(r.code).toBe(1);
        expect(JSON.parse(readFileSync(join(root, 'plan.sarif'), 'utf8')).runs[0].results).toContainEqual(expect.objectContaining({ ruleId: 'ref/unknown-id' }));
        return;
      }
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^plan: kan ikke skrive sarif-rapporten: ${join(root, 'plan.sarif').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} er (en mappe|en symbolsk lenke)`, 'm'));
      if (target) {
        expect(lstatSync(join(root, 'plan.sarif')).isSymbolicLink()).toBe(true);
        expect(readFileSync(target, 'utf8')).toBe('secret');
      }
    });
  }

  it('without --force, an existing file is left alone, the report is still printed, and the exit code is 2', () => {
    const root = copyExample();
    plant(join(root, 'plan-junit.xml'), 'file');
    const r = plan(['validate', '--output-file', 'junit=plan-junit.xml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/: ingen problemer\n$/);
    expect(r.stderr).toMatch(/plan-junit\.xml finnes; bruk --force/);
  });
});
