import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

export interface FindExecutableOptions {
  /** The PATH value (on Windows the `Path` variable; look it up case-insensitively). */
  path: string | undefined;
  /** Windows only: PATHEXT, e.g. `.COM;.EXE;.BAT;.CMD`. */
  pathext?: string | undefined;
  platform?: NodeJS.Platform;
  /** Whether `file` is a file this process may run; a parameter so tests can fake a Windows disk. */
  isExecutable?: (file: string) => boolean;
}

/**
 * Finds a program by name on PATH and returns its absolute path, or undefined.
 * Only absolute PATH entries count: an empty entry, `.` or any relative entry
 * means "the current folder" (POSIX), and on Windows the bare name itself is
 * looked up in the current folder first. Spawned with `cwd` inside a checkout,
 * either would run a program a pull request committed (`git.exe` at its top).
 * On Windows the extensions come from PATHEXT, in its order, but only those the
 * system starts without a shell (`.exe`, `.com`): a `.cmd` or `.bat` would need
 * `cmd.exe`, which parses its arguments again.
 */
export function findExecutable(name: string, options: FindExecutableOptions): string | undefined {
  const windows = (options.platform ?? process.platform) === 'win32';
  const path = windows ? win32 : posix;
  const isExecutable = options.isExecutable ?? (windows ? isFile : isExecutableFile);
  const names = windows ? windowsNames(name, options.pathext) : [name];
  for (const raw of (options.path ?? '').split(windows ? ';' : ':')) {
    const dir = windows ? raw.trim().replace(/^"(.*)"$/, '$1') : raw;
    if (!isAbsoluteDir(dir, windows)) continue;
    for (const candidate of names) {
      const file = path.join(dir, candidate);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Only a folder named from a root: `/usr/bin`; on Windows `C:\…` or `\\server\share\…` (not `C:foo`, not `\foo`). */
function isAbsoluteDir(dir: string, windows: boolean): boolean {
  if (windows) return /^[A-Za-z]:[\\/]/.test(dir) || /^[\\/]{2}[^\\/]/.test(dir);
  return dir.startsWith('/');
}

function windowsNames(name: string, pathext: string | undefined): string[] {
  const runnable = new Set(['.exe', '.com']);
  const exts = (pathext ?? '.COM;.EXE;.BAT;.CMD').split(';').map((e) => e.trim().toLowerCase()).filter((e) => runnable.has(e));
  return [...new Set(exts.length > 0 ? exts : ['.exe'])].map((ext) => `${name}${ext}`);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isExecutableFile(file: string): boolean {
  if (!isFile(file)) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An environment variable; on Windows its name is matched case-insensitively (`Path` is PATH there). */
export function envValue(env: Record<string, string | undefined>, name: string, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env[name] !== undefined || platform !== 'win32') return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}
