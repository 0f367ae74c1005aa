import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { atomicWrite } from './atomic-write.js';

/**
 * Where a generated document goes: to `out` (relative to the working folder,
 * written atomically, never over an existing file without `force`), else stdout.
 * `note` is added to the "wrote" line on stderr.
 */
export function writeOutput(io: Io, text: string, out: string | undefined, force: boolean | undefined, note = ''): void {
  if (!out) {
    io.stdout.write(text);
    return;
  }
  atomicWrite(resolve(io.cwd, out), text, { force: force === true });
  io.stderr.write(`plan: wrote ${out}${note}\n`);
}
