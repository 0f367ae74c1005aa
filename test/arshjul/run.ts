import { fileURLToPath } from 'node:url';
import { arshjul, type ArshjulOptions } from '../../src/commands/arshjul.js';
import type { Io } from '../../src/io.js';

export const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker', import.meta.url));
/** A fixed clock: 20 May 2027, 12:00 UTC. */
export const NOW = new Date(Date.UTC(2027, 4, 20, 12, 0, 0));

/** Runs `plan arshjul` in-process and returns its exit code and output. */
export async function runArshjul(options: ArshjulOptions, cwd = EXAMPLE): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await arshjul({ now: NOW, ...options }, io);
  return { code, stdout, stderr };
}
