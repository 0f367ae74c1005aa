import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/plan.js', import.meta.url));
export const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `plan` (run `npm run build:dist` first) without colour and without GitHub's variables. */
export function plan(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: undefined, FORCE_COLOR: undefined, ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? process.cwd(), env: env as NodeJS.ProcessEnv, input: options.input ?? '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'planverk-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the nye-asker example in a temporary folder (outside any git checkout). */
export function copyExample(): string {
  const dir = join(tempDir(), 'nye-asker');
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file; fails when `from` is not there. Returns the 1-based line of the change. */
export function edit(file: string, from: string, to: string): number {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
  return text.slice(0, at).split('\n').length;
}
