import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the built bin with NO_COLOR=1 and, unlike exec.ts, without CI unless `env` sets it; `nodeArgs` go before the script. */
export function runBin(args: readonly string[], options: { env?: Record<string, string>; nodeArgs?: readonly string[]; cwd?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('CI' in options.env)) delete env.CI;
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), 'bin/plan.js', ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
