import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs git in `dir` with a fixed identity and no user or system configuration. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' },
  }).trim();
}

/**
 * Turns a folder made by `plan init` into what actions/checkout gives a pull_request
 * run: the merge commit of a branch (which changes the goal god-helse) into main, with
 * the base tip as HEAD^1. Returns the folder and the branch's head commit.
 */
export function pullRequestCheckout(dir: string): { dir: string; head: string } {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'switch', '-qc', 'change');
  const goal = join(dir, 'goals/god-helse.yaml');
  writeFileSync(goal, readFileSync(goal, 'utf8').replace('sdgTargets:\n  - "3.4"', 'sdgTargets:\n  - "3.4"\n  - "3.5"'));
  git(dir, 'commit', '-qam', 'change');
  const head = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'switch', '-q', 'main');
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'change');
  return { dir, head };
}

interface Comment {
  id: number;
  issue: number;
  body: string;
  user: { login: string };
}

/** The part of octokit the comment script uses, over pull requests given as number → head sha. */
export function fakeGitHub(pulls: Record<number, string>) {
  const state = { comments: [] as Comment[], updates: 0 };
  const listComments = async ({ issue_number }: { issue_number: number }) => ({ data: state.comments.filter((c) => c.issue === issue_number) });
  return {
    get comments() {
      return state.comments;
    },
    get updates() {
      return state.updates;
    },
    paginate: async (fn: typeof listComments, args: { issue_number: number }) => (await fn(args)).data,
    rest: {
      pulls: {
        get: async ({ pull_number }: { pull_number: number }) => {
          if (!(pull_number in pulls)) throw new Error(`no pull request #${pull_number}`);
          return { data: { number: pull_number, head: { sha: pulls[pull_number] } } };
        },
      },
      issues: {
        listComments,
        createComment: async ({ issue_number, body }: { issue_number: number; body: string }) => {
          state.comments.push({ id: state.comments.length + 1, issue: issue_number, body, user: { login: 'github-actions[bot]' } });
        },
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          state.comments.find((c) => c.id === comment_id)!.body = body;
          state.updates++;
        },
      },
    },
  };
}
