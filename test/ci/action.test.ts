import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyExample, edit, tempDir } from '../helpers/plan-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

/** Runs a step's script the way the runner does, with its inputs given as environment variables. */
function runStep(step: Step, env: Record<string, string>, cwd?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME!, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('action.yml', { timeout: 60_000 }, () => {
  const validate = action.runs.steps.find((s) => s.id === 'validate')!;

  it('is a composite action whose steps use only declared inputs and a shell', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const [, name] of text.matchAll(/inputs\.([a-z-]+)/g)) expect(Object.keys(action.inputs)).toContain(name);
    for (const step of action.runs.steps) if (step.run) expect(step.shell).toBe('bash');
    // Inputs reach scripts only through env, so a crafted input cannot become shell code.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
    expect(action.outputs['exit-code']!.value).toContain('steps.validate.outputs.exit-code');
  });

  it('installs and builds nothing: it runs the committed bundle, and puts `plan` on the PATH for later steps', () => {
    for (const step of action.runs.steps) expect(step.run ?? '', step.name).not.toMatch(/\b(npm|npx|yarn|pnpm|tsc)\b/);
    for (const step of action.runs.steps) expect(step.uses ?? 'actions/setup-node@v4', step.name).toMatch(/^actions\/setup-node@v\d+$/);
    const setup = action.runs.steps.find((s) => s.name === 'plan on the PATH')!;
    const work = tempDir();
    const githubPath = join(work, 'path');
    writeFileSync(githubPath, '');
    const r = runStep(setup, { GITHUB_ACTION_PATH: ROOT, GITHUB_PATH: githubPath, RUNNER_TEMP: work });
    expect(r.code).toBe(0);
    const added = readFileSync(githubPath, 'utf8').trim();
    expect(added).toBe(join(work, 'planverk-bin'));
    // A later step of the job, as the runner runs it: the folder added to GITHUB_PATH comes first.
    const later = spawnSync('bash', ['-e', '-c', 'plan validate "$EXAMPLE"'], { env: { PATH: `${added}:${process.env.PATH!}`, NO_COLOR: '1', EXAMPLE: join(ROOT, 'examples/nye-asker') }, encoding: 'utf8' });
    expect(later.stdout).toMatch(/: ingen problemer\n$/);
    expect(later.status).toBe(0);
  });

  it('runs validate with annotations, job summary, SARIF and JUnit files, and passes the exit code on', () => {
    const root = copyExample();
    const line = edit(join(root, 'goals/tjenester.yaml'), 'indicators: [hjemmeboende-over-80', 'indicators: [hjemmeboende-over-90');
    const work = tempDir();
    const output = join(work, 'output');
    const summary = join(work, 'summary.md');
    writeFileSync(output, '');
    const r = runStep(validate, {
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      PLAN_ROOT: root,
      PLAN_SARIF: join(work, 'plan.sarif'),
      PLAN_JUNIT: join(work, 'junit.xml'),
      PLAN_MAX_WARNINGS: '',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=goals/tjenester\\.yaml,line=${line},`, 'm'));
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    expect(readFileSync(summary, 'utf8')).toContain('`ref/unknown-id`');
    expect(JSON.parse(readFileSync(join(work, 'plan.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(join(work, 'junit.xml'), 'utf8')).toContain('failures="1"');
  });

  it('is not stopped by a folder or link a pull request put at a report path in the checkout', () => {
    for (const kind of ['folder', 'symlink'] as const) {
      const root = copyExample();
      edit(join(root, 'goals/tjenester.yaml'), 'indicators: [hjemmeboende-over-80', 'indicators: [hjemmeboende-over-90');
      const work = tempDir();
      if (kind === 'folder') mkdirSync(join(root, 'plan.sarif'));
      if (kind === 'symlink') symlinkSync(join(work, 'elsewhere'), join(root, 'plan.sarif'));
      const output = join(work, 'output');
      const env = { GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(work, 'summary.md'), PLAN_ROOT: '.', PLAN_SARIF: 'plan.sarif', PLAN_JUNIT: join(work, 'junit.xml'), PLAN_MAX_WARNINGS: '' };
      const r = runStep(validate, env, root);
      // The checks ran and reported; the step fails, naming the path, instead of passing with their file.
      expect(r.stdout, kind).toMatch(/^::error file=goals\/tjenester\.yaml,/m);
      expect(readFileSync(join(work, 'summary.md'), 'utf8'), kind).toContain('`ref/unknown-id`');
      expect(readFileSync(join(work, 'junit.xml'), 'utf8'), kind).toContain('failures="1"');
      expect(r.stderr, kind).toContain(`kan ikke skrive sarif-rapporten: ${join(root, 'plan.sarif')} er en`);
      expect(r.code, kind).toBe(2);
      expect(readFileSync(output, 'utf8'), kind).toBe('exit-code=2\n');
      expect(existsSync(join(work, 'elsewhere')), kind).toBe(false);
    }
  });

  it('exits 0 on a clean repository with only the defaults set', () => {
    const work = tempDir();
    const output = join(work, 'output');
    const env = Object.fromEntries(Object.entries(validate.env ?? {}).map(([k]) => [k, '']));
    const r = runStep(validate, { ...env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: output, PLAN_ROOT: join(ROOT, 'examples/nye-asker') });
    expect(r.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=0\n');
  });
});

describe('action.yml: plan diff into the job summary', { timeout: 60_000 }, () => {
  it('adds what changed since diff-base to the job summary', () => {
    const root = copyExample();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    edit(join(root, 'measures/velferd.yaml'), '{ year: 2027, operating: 1500, investment: 4000 }', '{ year: 2027, operating: 2500, investment: 4000 }');
    const summary = join(tempDir(), 'summary.md');
    const step = action.runs.steps.find((s) => s.name === 'plan diff')!;
    const r = runStep(step, { GITHUB_ACTION_PATH: ROOT, GITHUB_STEP_SUMMARY: summary, PLAN_ROOT: root, PLAN_DIFF_BASE: 'HEAD' });
    expect(r.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('## plan diff since HEAD');
    expect(text).toContain('digital-hjemmeoppfolging');
    expect(text).toMatch(/\+1[\s\u00a0]?000/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('has a plan-validate hook that checks the whole repository with the plan bin', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const hook = hooks.find((h) => h.id === 'plan-validate')!;
    expect(hook).toMatchObject({ language: 'node', pass_filenames: false, entry: 'plan validate' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(String(hook.entry).split(' ')[0]);
  });
});
