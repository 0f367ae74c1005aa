import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../../io.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium that prints PDFs: PLANVERK_CHROMIUM when set (it must exist), else
 * the first of chromium, chromium-browser, google-chrome on the PATH or in
 * /usr/bin. planverk never downloads a browser: without one this is a UsageError
 * that says how to get one.
 */
export function findChromium(env: Record<string, string | undefined>): string {
  const chosen = env.PLANVERK_CHROMIUM;
  if (chosen !== undefined && chosen !== '') {
    if (!executable(chosen)) throw new UsageError(`PLANVERK_CHROMIUM=${chosen}: no such program`);
    return chosen;
  }
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/local/bin'];
  for (const name of NAMES) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  throw new UsageError('--format pdf needs Chromium or Chrome, and found none; install it (Debian: apt-get install chromium) or set PLANVERK_CHROMIUM to its path');
}
