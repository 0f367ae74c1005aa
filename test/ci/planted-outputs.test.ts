import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from '../../src/init/repository-files.js';
import { copyExample, edit, plan, tempDir } from '../helpers/plan-cli.js';

/*
 * A pull request controls every file of the checkout, so it can put a file, a
 * folder or a symbolic link where CI will write its SARIF or JUnit report. The
 * checks must still run and print, and the report must be written or the run
 * must fail (exit 2) naming the path; the attacker's file must never pass as ours.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'plan.js');

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
      expect(r.stderr).toMatch(new RegExp(`^plan: cannot write the sarif report: ${join(root, 'plan.sarif').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is (a folder|a symbolic link)`, 'm'));
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
    expect(r.stdout).toMatch(/: no problems\n$/);
    expect(r.stderr).toMatch(/plan-junit\.xml exists; use --force/);
  });
});

describe.skipIf(process.platform === 'win32')('the workflow plan init writes', { timeout: 60_000 }, () => {
  const workflow = parse(repositoryFiles('0.1.0').find((f) => f.path === '.github/workflows/plan.yml')!.content) as {
    permissions: Record<string, string>;
    jobs: { validate: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } };
  };
  const steps = workflow.jobs.validate.steps;
  const run = steps.find((s) => s.run?.includes(' validate '))!.run!;

  for (const kind of ['file', 'folder', 'symlink'] as const) {
    it(`writes the JUnit report outside the checkout, whatever a ${kind} planted in it`, () => {
      const checkout = copyExample();
      plant(join(checkout, 'plan-junit.xml'), kind);
      const runnerTemp = tempDir();
      // The step as the runner runs it, with the published package replaced by this build.
      const script = run.replace(/^npx --yes planverk@\S+/, `node '${BIN}'`);
      expect(script).not.toBe(run);
      const r = spawnSync('bash', ['-e', '-c', script], { cwd: checkout, env: { PATH: process.env.PATH!, HOME: process.env.HOME!, NO_COLOR: '1', RUNNER_TEMP: runnerTemp }, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(join(runnerTemp, 'plan-junit.xml'), 'utf8')).toContain('<testsuites');
      // What is uploaded is the file just written, not the one in the checkout.
      const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
      expect(upload.with!.path).toBe('${{ runner.temp }}/plan-junit.xml');
      expect(existsSync(join(checkout, 'plan-junit.xml'))).toBe(true);
    });
  }

  it('asks for no more than read access, and is the workflow docs/ci.md shows', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const generated = repositoryFiles('0.1.0').find((f) => f.path === '.github/workflows/plan.yml')!.content;
    expect(readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8')).toContain(`\`\`\`yaml\n${generated}\`\`\``);
  });
});
