import { Readable } from 'node:stream';
import { main } from '../../src/cli.js';
import { policyEnv, ROOT, type PlanOptions, type Run } from './plan-cli.js';

/**
 * `plan(args, options)` of plan-cli.ts run in the test's own process: the same
 * environment policy, working folder and stdin, the CLI's `main` instead of a spawned
 * bin. A spawn costs about 0.4 s of CPU (node's start and the modules' load); tests of
 * what a command does use this one, the tests of the bin itself (exit on EPIPE,
 * --version, stack traces, the installed package) spawn it.
 */
export async function planHere(args: readonly string[], options: Omit<PlanOptions, 'nodeArgs'> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const stdin = Object.assign(Readable.from([options.input ?? '']), { isTTY: false });
  const code = await main(args, {
    cwd: options.cwd ?? ROOT,
    env: policyEnv(options.env),
    stdout: { write: (chunk: string | Uint8Array) => (stdout += typeof chunk === 'string' ? chunk : decoder.decode(chunk)) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin,
  });
  return { code, stdout, stderr };
}
