import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, win32 } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { envValue, findExecutable } from '../../src/diff/find-executable.js';
import { gitExecutable } from '../../src/diff/git.js';
import { UsageError } from '../../src/io.js';
import { captureIo } from '../helpers/capture-io.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function plant(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

describe('findExecutable (POSIX)', () => {
  it.skipIf(process.platform === 'win32')('skips a planted git on a relative PATH entry and takes the absolute one', () => {
    dir = mkdtempSync(join(tmpdir(), 'planverk-path-'));
    plant(join(dir, 'checkout'), 'git');
    const real = plant(join(dir, 'bin'), 'git');
    // A relative entry that does reach the planted git from this process's folder.
    const planted = relative(process.cwd(), join(dir, 'checkout'));
    expect(isAbsolute(planted)).toBe(false);
    expect(findExecutable('git', { path: `${planted}:${join(dir, 'bin')}`, platform: 'linux' })).toBe(real);
    expect(findExecutable('git', { path: planted, platform: 'linux' })).toBeUndefined();
  });

  it('never looks in the current folder: empty entries, "." and relative entries are not probed', () => {
    const probed: string[] = [];
    const found = findExecutable('git', {
      path: ['', '.', './bin', 'node_modules/.bin', '/usr/local/bin', '/usr/bin'].join(':'),
      platform: 'linux',
      isExecutable: (f) => (probed.push(f), f === '/usr/bin/git' || !f.startsWith('/')),
    });
    expect(found).toBe('/usr/bin/git');
    expect(probed).toEqual(['/usr/local/bin/git', '/usr/bin/git']);
  });

  it('needs the execute bit', () => {
    if (process.platform === 'win32') return;
    dir = mkdtempSync(join(tmpdir(), 'planverk-path-'));
    const file = plant(join(dir, 'bin'), 'git');
    chmodSync(file, 0o644);
    expect(findExecutable('git', { path: join(dir, 'bin'), platform: 'linux' })).toBeUndefined();
  });
});

describe('findExecutable (Windows)', () => {
  const disk = new Set([
    '.\\git.exe',
    'git.exe',
    'tools\\git.exe',
    'C:git.exe',
    '\\git.exe',
    'C:\\Program Files\\Git\\cmd\\git.cmd',
    'C:\\Program Files\\Git\\cmd\\git.exe',
    'D:\\both\\git.com',
    'D:\\both\\git.exe',
  ]);
  const probe = (probed: string[]) => (f: string) => (probed.push(f), disk.has(f));

  it('skips ".", relative, drive-relative and rooted entries, strips quotes, and takes only .exe/.com from PATHEXT', () => {
    const probed: string[] = [];
    const path = ['.', '', 'tools', 'C:', '\\', '"C:\\Program Files\\Git\\cmd"', 'D:\\both'].join(';');
    expect(findExecutable('git', { path, pathext: '.COM;.EXE;.BAT;.CMD', platform: 'win32', isExecutable: probe(probed) })).toBe('C:\\Program Files\\Git\\cmd\\git.exe');
    expect(probed.every((f) => /^[A-Z]:\\/.test(f) && win32.isAbsolute(f))).toBe(true);
    expect(probed).not.toContain('C:\\Program Files\\Git\\cmd\\git.cmd');
  });

  it('follows the order of PATHEXT, and a UNC folder counts', () => {
    expect(findExecutable('git', { path: 'D:\\both', pathext: '.EXE;.COM', platform: 'win32', isExecutable: probe([]) })).toBe('D:\\both\\git.exe');
    expect(findExecutable('git', { path: 'D:\\both', pathext: '.COM;.EXE', platform: 'win32', isExecutable: probe([]) })).toBe('D:\\both\\git.com');
    expect(findExecutable('git', { path: '\\\\server\\tools', platform: 'win32', isExecutable: (f) => f === '\\\\server\\tools\\git.exe' })).toBe('\\\\server\\tools\\git.exe');
  });

  it('reads Path and PATHEXT whatever their case', () => {
    expect(envValue({ Path: 'C:\\Git\\cmd' }, 'PATH', 'win32')).toBe('C:\\Git\\cmd');
    expect(envValue({ Path: 'C:\\Git\\cmd' }, 'PATH', 'linux')).toBeUndefined();
  });
});

describe('git not found', () => {
  it('is a UsageError, and plan diff exits 2 with one line', async () => {
    expect(() => gitExecutable({ PATH: '.:bin' }, 'linux')).toThrow(UsageError);
    const io = captureIo(tmpdir(), { NO_COLOR: '1', PATH: '', Path: '' });
    expect(await main(['diff', 'HEAD', '--root', process.cwd()], io)).toBe(2);
    expect(io.err()).toMatch(/^plan: plan diff trenger git, og git ble ikke funnet i noen absolutt mappe på PATH\n$/);
    const en = captureIo(tmpdir(), { NO_COLOR: '1', PATH: '', Path: '', LANG: 'en_GB.UTF-8' });
    expect(await main(['diff', 'HEAD', '--root', process.cwd()], en)).toBe(2);
    expect(en.err()).toMatch(/^plan: plan diff needs git, and git was not found in any absolute folder on the PATH\n$/);
  });
});
