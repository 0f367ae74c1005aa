import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** File contents by path; null deletes the file. */
export type Tree = Record<string, string | null>;

/** A temporary git repository built from inline file trees, one commit per step. */
export class GitRepo {
  readonly dir: string;

  constructor(initial?: Tree) {
    this.dir = mkdtempSync(join(tmpdir(), 'planverk-diff-'));
    this.git('init', '-q', '-b', 'main');
    if (initial) this.commit(initial, 'initial');
  }

  /** Runs git in the repository with a fixed identity and no user or system configuration. */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: this.dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.org',
        GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
        GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
      },
    }).trim();
  }

  /** Writes (or with null deletes) files in the working tree without committing. */
  write(tree: Tree): void {
    for (const [path, text] of Object.entries(tree)) {
      const abs = join(this.dir, path);
      if (text === null) rmSync(abs, { force: true });
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, text);
      }
    }
  }

  /** Writes the tree, commits everything and returns the new commit's SHA. */
  commit(tree: Tree, message = 'change'): string {
    this.write(tree);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Renames a file in the working tree. */
  rename(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
