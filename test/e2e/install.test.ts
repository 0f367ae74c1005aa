import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ownSource } from '../../src/init/planverk-source.js';
import { repositoryFiles } from '../../src/init/repository-files.js';
import { tempDir } from '../helpers/plan-cli.js';
import { LONG } from '../helpers/test-level.js';
import { fakeGitHub, pullRequestCheckout } from '../ci/pull-request.js';
import { readWorkflow, runJob } from '../ci/workflow-runner.js';
import { installGlobally, offlineNpmEnv, packTarball } from './packed.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('the packed tarball, installed with no registry', { timeout: 120_000 }, () => {
  let tarball: string;
  let prefix: string;
  const bin = () => join(prefix, 'bin');
  const run = (args: string[], cwd: string) => spawnSync(join(bin(), 'plan'), args, { cwd, encoding: 'utf8', env: { PATH: `${bin()}:${process.env.PATH!}`, NO_COLOR: '1' } });

  beforeAll(() => {
    tarball = packTarball();
    prefix = installGlobally(tarball);
  });

  it('holds the bundle, the schemas and the templates, and no tests, fixtures, docs images or bench', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['README.md', 'bundle', 'package.json', 'schemas', 'templates']);
    expect(files).toContain('bundle/plan.js');
    expect(files.filter((f) => /(^|\/)(test|fixtures|bench|images|node_modules)\//.test(f))).toEqual([]);
    expect(tarball).toMatch(new RegExp(`planverk-${version.replace(/\./g, '\\.')}\\.tgz$`));
  });

  it('installs `plan` on the PATH, which answers --version', () => {
    const r = run(['--version'], tempDir());
    expect(r.stdout).toBe(`${version}\n`);
    expect(r.status).toBe(0);
  });

  it('installs into an empty folder as a local dependency too', () => {
    const dir = tempDir();
    execFileSync('npm', ['install', tarball], { cwd: dir, env: offlineNpmEnv(), stdio: 'pipe' });
    const r = spawnSync(join(dir, 'node_modules', '.bin', 'plan'), ['validate', join(ROOT, 'examples/nye-asker')], { encoding: 'utf8', env: { PATH: process.env.PATH!, NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/: ingen problemer\n$/);
    expect(r.status).toBe(0);
  });

  // A clone and a global install: 7 s of the 2-core machine's `npm test`, so it runs in the
  // long run (npm run test:long, CI); the test below, that npm has nothing to run, always runs.
  it.runIf(LONG)('installs globally from the git URL too, offline: npm has nothing to prepare, the commit holds bundle/', () => {
    const gitPrefix = installGlobally(`git+file://${ROOT}`);
    const r = spawnSync(join(gitPrefix, 'bin', 'plan'), ['validate', join(ROOT, 'examples/nye-asker')], { encoding: 'utf8', env: { PATH: process.env.PATH!, NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/: ingen problemer\n$/);
    expect(r.status).toBe(0);
  });

  it('has no script npm runs when it installs or prepares a package, so a git install needs no build', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // With any of these npm prepares a git install in a clone without the development tools and
    // links to that deleted clone; install scripts would also run at every user's install.
    for (const script of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts, script).not.toHaveProperty(script);
  });

  it('runs plan init, plan validate, and the init workflow of a pull request with the installed planverk', async () => {
    const dir = join(tempDir(), 'plan');
    const init = run(['init', dir, '--name', 'Asker kommune', '--number', '3203'], tempDir());
    expect(init.status).toBe(0);
    const validate = run(['validate', dir], dir);
    expect(validate.stdout).toMatch(/: ingen problemer\n$/);
    expect(validate.status).toBe(0);

    // The workflow as the runner would run it: the Action's steps from the installed
    // package (its layout is the Action's checkout: bundle/ at the top), `run:` steps with
    // the installed `plan` first on the PATH.
    const source = ownSource();
    const workflow = (path: string) => readWorkflow(readFileSync(join(dir, path), 'utf8'));
    expect(readFileSync(join(dir, '.github/workflows/plan.yml'), 'utf8')).toBe(repositoryFiles(source).find((f) => f.path === '.github/workflows/plan.yml')!.content);
    const pr = pullRequestCheckout(dir);
    const artifacts = tempDir();
    const pkg = join(prefix, 'lib', 'node_modules', 'planverk');
    const base = { actions: { [`${source.repository}@${source.tag}`]: pkg }, artifacts, path: `${bin()}:/usr/bin:/bin` };
    const check = await runJob(workflow('.github/workflows/plan.yml'), 'validate', { ...base, cwd: pr.dir, runnerTemp: tempDir(), github: { event_name: 'pull_request', 'event.pull_request.number': 3 } });
    expect(check.steps.filter((s) => s.code !== 0)).toEqual([]);
    expect(readdirSync(join(artifacts, 'plan-reports')).sort()).toEqual(['plan-junit.xml', 'plan.sarif']);
    expect(check.summary).toContain('god-helse');
    const github = fakeGitHub({ 3: pr.head });
    const event = { event_name: 'workflow_run', 'event.workflow_run.event': 'pull_request', 'event.workflow_run.id': 1, 'event.workflow_run.head_sha': pr.head, token: 't', repository: 'asker/plan' };
    const comment = await runJob(workflow('.github/workflows/plan-comment.yml'), 'comment', { ...base, cwd: tempDir(), runnerTemp: tempDir(), github: event, octokit: github });
    expect(comment.failed).toBe(false);
    expect(github.comments.map((c) => c.issue)).toEqual([3]);
  });
});
