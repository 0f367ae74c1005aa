import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built bin and the project root. */
export const BIN = fileURLToPath(new URL('../../bin/plan.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker', import.meta.url));

/** The date every spawned run sees unless the caller's env names SOURCE_DATE_EPOCH: 2026-12-01T12:00:00Z. */
export const PINNED_EPOCH = '1796126400';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface PlanOptions {
  /** Default: the project root. */
  cwd?: string;
  /** Set (or, with undefined, unset) variables over the policy's environment. */
  env?: Record<string, string | undefined>;
  /** Stdin; default empty. */
  input?: string;
  /** Node flags before the bin (`--import` a tracer). */
  nodeArgs?: readonly string[];
}

/** The environment of the policy below, with `overrides` on top (undefined unsets). */
export function policyEnv(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: undefined, SOURCE_DATE_EPOCH: PINNED_EPOCH };
  for (const key of Object.keys(env)) if (key.startsWith('GITHUB_')) delete env[key];
  Object.assign(env, overrides);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env as Record<string, string>;
}

/**
 * The one way tests spawn the built `plan` (test/global-setup.ts builds dist/), with
 * one environment policy, so a test passes the same on a laptop and in CI: no colour
 * (NO_COLOR=1, FORCE_COLOR unset), none of CI's or GitHub's variables (CI, GITHUB_*),
 * and SOURCE_DATE_EPOCH pinned to PINNED_EPOCH unless `env` names it. `env` goes on top.
 */
export function plan(args: readonly string[], options: PlanOptions = {}): Run {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: policyEnv(options.env) as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
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
