import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownSource, planverkSource } from '../../src/init/planverk-source.js';
import { repositoryFiles } from '../../src/init/repository-files.js';
import { DIFF_COMMENT_MARKER } from '../../src/init/workflows.js';
import { plan, tempDir } from '../helpers/plan-cli.js';
import { fakeGitHub, pullRequestCheckout } from './pull-request.js';
import { readWorkflow, runJob, type RunOptions } from './workflow-runner.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const source = ownSource();
const ACTION = `${source.repository}@${source.tag}`;
const generated = (path: string) => repositoryFiles(source).find((f) => f.path === path)!.content;
const check = readWorkflow(generated('.github/workflows/plan.yml'));
const comment = readWorkflow(generated('.github/workflows/plan-comment.yml'));

/** A new repository made by `plan init`, as a checkout. */
function initRepository(): string {
  const dir = join(tempDir(), 'plan');
  expect(plan(['init', dir, '--name', 'Asker kommune']).code).toBe(0);
  return dir;
}

function options(cwd: string, github: RunOptions['github'], artifacts = tempDir()): RunOptions {
  return { cwd, runnerTemp: tempDir(), github, actions: { [ACTION]: ROOT }, artifacts, path: process.env.PATH! };
}

describe('the planverk source', () => {
  it('is package.json: the repository, at the tag of its version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: string };
    expect(ACTION).toBe(`${pkg.repository.replace(/^github:/, '')}@v${pkg.version}`);
    expect(planverkSource({ version: '1.2.3', repository: { url: 'git+https://github.com/asker/planverk.git' } })).toEqual({ repository: 'asker/planverk', tag: 'v1.2.3' });
    expect(() => planverkSource({ version: '1.2.3', repository: 'https://gitlab.com/a/b' })).toThrow(/does not name a GitHub repository/);
  });
});

describe('the workflows plan init writes', { timeout: 60_000 }, () => {
  it('check with the planverk Action at the release tag, with read access only; the comment job alone may write', () => {
    expect(check.permissions).toEqual({ contents: 'read' });
    const steps = check.jobs.validate!.steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toContain(ACTION);
    // Nothing comes from a registry: no npx, no npm install.
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\b(npx|npm)\b/);
    expect(comment.on).toEqual({ workflow_run: { workflows: ['plan'], types: ['completed'] } });
    expect(comment.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    // The job with write access never checks out or runs anything of the pull request's.
    for (const s of comment.jobs.comment!.steps) {
      expect(s.run).toBeUndefined();
      expect(s.uses).toMatch(/^actions\/(download-artifact|github-script)@v\d+$/);
    }
  });

  it('on a push: annotations, no diff, and the SARIF and JUnit reports kept as an artifact', async () => {
    const dir = initRepository();
    const o = options(dir, { event_name: 'push' });
    const job = await runJob(check, 'validate', o);
    expect(job.failed).toBe(false);
    expect(job.steps.map((s) => s.step)).not.toContain('plan diff');
    const reports = join(o.artifacts, 'plan-reports');
    expect(readdirSync(reports).sort()).toEqual(['plan-junit.xml', 'plan.sarif']);
    expect(JSON.parse(readFileSync(join(reports, 'plan.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  for (const kind of ['file', 'folder', 'symlink'] as const) {
    it(`keeps its own reports, whatever a ${kind} planted in the checkout`, async () => {
      const dir = initRepository();
      const planted = join(dir, 'plan-junit.xml');
      if (kind === 'file') writeFileSync(planted, '<testsuites tests="0"/>');
      if (kind === 'folder') mkdirSync(planted);
      if (kind === 'symlink') symlinkSync(join(tempDir(), 'elsewhere'), planted);
      const o = options(dir, { event_name: 'push' });
      const job = await runJob(check, 'validate', o);
      expect(job.failed).toBe(false);
      expect(readFileSync(join(o.artifacts, 'plan-reports', 'plan-junit.xml'), 'utf8')).toContain('<testsuites');
      expect(readFileSync(join(o.artifacts, 'plan-reports', 'plan-junit.xml'), 'utf8')).not.toContain('tests="0"');
    });
  }

  it('on a pull request: the diff goes to the job summary and to the comment, which is updated, not repeated', async () => {
    const pr = pullRequestCheckout(initRepository());
    const artifacts = tempDir();
    const job = await runJob(check, 'validate', options(pr.dir, { event_name: 'pull_request', 'event.pull_request.number': 7 }, artifacts));
    expect(job.failed).toBe(false);
    expect(job.summary).toContain('god-helse');
    expect(readFileSync(join(artifacts, 'plan-diff', 'pull-request'), 'utf8')).toBe('7\n');

    const github = fakeGitHub({ 7: pr.head });
    const event = { event_name: 'workflow_run', 'event.workflow_run.event': 'pull_request', 'event.workflow_run.id': 1, 'event.workflow_run.head_sha': pr.head, token: 't', repository: 'asker/plan' };
    for (let run = 0; run < 2; run++) {
      const o = { ...options(tempDir(), event, artifacts), octokit: github };
      expect((await runJob(comment, 'comment', o)).failed).toBe(false);
    }
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.issue).toBe(7);
    expect(github.comments[0]!.body.startsWith(`${DIFF_COMMENT_MARKER}\n`)).toBe(true);
    expect(github.comments[0]!.body).toContain('god-helse');
    expect(github.updates).toBe(1);
  });

  it('does not comment on another pull request than the one the run checked', async () => {
    const pr = pullRequestCheckout(initRepository());
    const artifacts = tempDir();
    await runJob(check, 'validate', options(pr.dir, { event_name: 'pull_request', 'event.pull_request.number': 7 }, artifacts));
    // The artifact is the pull request's to write: here it names #8, whose head is another commit.
    writeFileSync(join(artifacts, 'plan-diff', 'pull-request'), '8\n');
    const github = fakeGitHub({ 7: pr.head, 8: '0'.repeat(40) });
    const event = { event_name: 'workflow_run', 'event.workflow_run.event': 'pull_request', 'event.workflow_run.id': 1, 'event.workflow_run.head_sha': pr.head, token: 't', repository: 'asker/plan' };
    expect((await runJob(comment, 'comment', { ...options(tempDir(), event, artifacts), octokit: github })).failed).toBe(false);
    expect(github.comments).toEqual([]);
  });

  it('comments nothing for a push, and nothing when the run left no diff', async () => {
    const github = fakeGitHub({});
    const push = { event_name: 'workflow_run', 'event.workflow_run.event': 'push', 'event.workflow_run.id': 1, 'event.workflow_run.head_sha': 'x', token: 't', repository: 'asker/plan' };
    expect((await runJob(comment, 'comment', { ...options(tempDir(), push), octokit: github })).steps).toEqual([]);
    const pr = { ...push, 'event.workflow_run.event': 'pull_request' };
    expect((await runJob(comment, 'comment', { ...options(tempDir(), pr), octokit: github })).failed).toBe(false);
    expect(github.comments).toEqual([]);
  });

  it('are the workflows docs/ci.md shows', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
    for (const path of ['.github/workflows/plan.yml', '.github/workflows/plan-comment.yml']) expect(doc).toContain(`\`\`\`yaml\n# ${path}\n${generated(path)}\`\`\``);
  });

  it('every `uses:` of planverk and pre-commit `repo:` in the docs names the source and its tag', () => {
    for (const file of ['README.md', 'docs/ci.md']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [, ref] of text.matchAll(/uses: ([\w.-]+\/planverk@[\w.-]+)/g)) expect(ref, file).toBe(ACTION);
      for (const [, repo] of text.matchAll(/repo: (\S*planverk\S*)/g)) expect(repo, file).toBe(`https://github.com/${source.repository}`);
      for (const [, rev] of text.matchAll(/rev: (\S+)/g)) expect(rev, file).toBe(source.tag);
    }
  });
});
