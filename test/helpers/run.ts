import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli.js';
import { PINNED_EPOCH } from './plan-cli.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const EXAMPLE = join(REPO, 'examples/nye-asker');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with NO_COLOR and SOURCE_DATE_EPOCH pinned (PINNED_EPOCH), capturing its output. */
export async function run(args: string[], cwd = EXAMPLE): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: PINNED_EPOCH },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** A scratch copy of the example repository, to change without touching the original. */
export function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}
