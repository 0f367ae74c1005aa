import type { Io } from '../../src/io.js';

/** An Io that collects what a command writes, for in-process command tests. */
export function captureIo(cwd: string, env: Record<string, string | undefined> = { NO_COLOR: '1' }): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env,
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    out: () => out,
    err: () => err,
  };
}
