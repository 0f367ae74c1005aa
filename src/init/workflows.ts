import type { NewFile } from '../write/write-files.js';
import type { PlanverkSource } from './planverk-source.js';

/** The hidden first line that marks the pull request comment as ours, so it is updated, not repeated. */
export const DIFF_COMMENT_MARKER = '<!-- planverk:plan-diff -->';

/**
 * `.github/workflows/plan.yml`: checks every push and pull request with the planverk
 * Action at its release tag (nothing comes from a registry), keeps the SARIF and JUnit
 * reports as an artifact and, on a pull request, puts `plan diff` in the job summary and
 * in an artifact for plan-comment.yml. Read access only, so it is safe for forks.
 */
function checkWorkflow(source: PlanverkSource): string {
  return [
    'name: plan',
    'on:',
    '  push:',
    '  pull_request:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  validate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 2   # a pull request\'s merge commit and the tip of its base, for plan diff',
    '      # Annotations on the changed lines, a table of all problems in the job summary, and the',
    '      # SARIF and JUnit reports. planverk comes from its repository at the release tag, with',
    '      # nothing to install; it also puts `plan` on the PATH for the steps below.',
    '      # The reports go to the runner\'s temporary folder, outside the checkout: a pull request',
    '      # cannot put a file, folder or link in their place, or have its own file uploaded instead.',
    `      - uses: ${source.repository}@${source.tag}`,
    '        with:',
    '          sarif-file: ${{ runner.temp }}/plan.sarif',
    '          junit-file: ${{ runner.temp }}/plan-junit.xml',
    '      - uses: actions/upload-artifact@v4',
    '        if: always()',
    '        with:',
    '          name: plan-reports',
    '          path: |',
    '            ${{ runner.temp }}/plan.sarif',
    '            ${{ runner.temp }}/plan-junit.xml',
    '          if-no-files-found: ignore',
    '      # What the pull request changes in the plan, by document id: to the job summary, and as',
    '      # an artifact that plan-comment.yml posts on the pull request (this job cannot write).',
    '      - name: plan diff',
    "        if: always() && github.event_name == 'pull_request'",
    '        env:',
    '          PR_NUMBER: ${{ github.event.pull_request.number }}',
    '        run: |',
    '          mkdir -p "$RUNNER_TEMP/plan-diff"',
    '          plan diff HEAD^1 HEAD --format md > "$RUNNER_TEMP/plan-diff/plan-diff.md"',
    '          cat "$RUNNER_TEMP/plan-diff/plan-diff.md" >> "$GITHUB_STEP_SUMMARY"',
    '          echo "$PR_NUMBER" > "$RUNNER_TEMP/plan-diff/pull-request"',
    '      - uses: actions/upload-artifact@v4',
    "        if: always() && github.event_name == 'pull_request'",
    '        with:',
    '          name: plan-diff',
    '          path: ${{ runner.temp }}/plan-diff/',
    '',
  ].join('\n');
}

/** The comment script: everything in the artifact is the pull request's, so it is only read as text and checked. */
const COMMENT_SCRIPT = [
  "const fs = require('node:fs');",
  'const dir = `${process.env.RUNNER_TEMP}/plan-diff`;',
  'const read = (name) => {',
  '  const stat = fs.lstatSync(`${dir}/${name}`, { throwIfNoEntry: false });',
  "  return stat?.isFile() && stat.size <= 1_000_000 ? fs.readFileSync(`${dir}/${name}`, 'utf8') : undefined;",
  '};',
  "const number = Number(read('pull-request')?.trim());",
  "const diff = read('plan-diff.md');",
  "if (!Number.isSafeInteger(number) || number <= 0 || diff === undefined) return core.info('no plan diff to post');",
  'const { owner, repo } = context.repo;',
  'const { data: pr } = await github.rest.pulls.get({ owner, repo, pull_number: number });',
  '// Only the pull request this run checked: the artifact cannot send the comment elsewhere.',
  'if (pr.head.sha !== process.env.HEAD_SHA) return core.info(`#${number} is no longer at ${process.env.HEAD_SHA}: a newer run will comment`);',
  `const marker = '${DIFF_COMMENT_MARKER}';`,
  'const body = `${marker}\\n${diff.slice(0, 65000)}`;',
  'const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });',
  "const previous = comments.find((c) => c.user?.login === 'github-actions[bot]' && c.body?.startsWith(marker));",
  'if (previous) await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });',
  'else await github.rest.issues.createComment({ owner, repo, issue_number: number, body });',
];

/**
 * `.github/workflows/plan-comment.yml`: posts the diff of a pull request's `plan` run as one
 * sticky comment. It runs on workflow_run, in the base repository with this file as it is
 * on the default branch, and never checks out or runs the pull request's code; that is why
 * it may hold the one write permission (pull-requests), and why pull requests from forks,
 * whose own runs get a read-only token, get the comment too.
 */
function commentWorkflow(): string {
  return [
    'name: plan comment',
    'on:',
    '  workflow_run:',
    '    workflows: [plan]',
    '    types: [completed]',
    'permissions:',
    '  actions: read          # download the artifact of the pull request\'s run',
    '  pull-requests: write   # post and update the comment',
    'jobs:',
    '  comment:',
    "    if: github.event.workflow_run.event == 'pull_request'",
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/download-artifact@v4',
    '        continue-on-error: true   # a run without a diff: nothing to post',
    '        with:',
    '          name: plan-diff',
    '          path: ${{ runner.temp }}/plan-diff',
    '          run-id: ${{ github.event.workflow_run.id }}',
    '          github-token: ${{ github.token }}',
    '      - uses: actions/github-script@v7',
    '        env:',
    '          HEAD_SHA: ${{ github.event.workflow_run.head_sha }}',
    '        with:',
    '          script: |',
    ...COMMENT_SCRIPT.map((line) => `            ${line}`),
    '',
  ].join('\n');
}

/** The two GitHub workflows of a new repository. */
export function workflowFiles(source: PlanverkSource): NewFile[] {
  return [
    { path: '.github/workflows/plan.yml', content: checkWorkflow(source) },
    { path: '.github/workflows/plan-comment.yml', content: commentWorkflow() },
  ];
}
