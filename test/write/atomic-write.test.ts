import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/io.js';
import { atomicWrite, hooks, syncFolders } from '../../src/write/atomic-write.js';
import { ROOT } from '../helpers/plan-cli.js';

const folder = () => mkdtempSync(join(tmpdir(), 'planverk-write-'));

afterEach(() => {
  delete hooks.beforeRename;
});

describe('atomicWrite', () => {
  it('writes a new file and leaves no temporary file', () => {
    const dir = folder();
    atomicWrite(join(dir, 'out.md'), 'ny');
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('ny');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('refuses to overwrite without force, replaces with it', () => {
    const dir = folder();
    const file = join(dir, 'out.md');
    writeFileSync(file, 'gammel');
    expect(() => atomicWrite(file, 'ny')).toThrow(UsageError);
    expect(() => atomicWrite(file, 'ny')).toThrow(/exists; use --force/);
    expect(readFileSync(file, 'utf8')).toBe('gammel');
    expect(readdirSync(dir)).toEqual(['out.md']);
    atomicWrite(file, 'ny', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('ny');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('refuses if the file appears between the check and the write (no overwrite by a race)', () => {
    const dir = folder();
    const file = join(dir, 'out.md');
    hooks.beforeRename = () => writeFileSync(file, 'someone else');
    expect(() => atomicWrite(file, 'ny')).toThrow(/exists/);
    expect(readFileSync(file, 'utf8')).toBe('someone else');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('never writes through or replaces a symbolic link, even with force', () => {
    const dir = folder();
    const outside = folder();
    writeFileSync(join(outside, 'target.md'), 'utenfor');
    symlinkSync(join(outside, 'target.md'), join(dir, 'link.md'));
    symlinkSync(join(outside, 'missing.md'), join(dir, 'dangling.md'));
    for (const name of ['link.md', 'dangling.md']) {
      expect(() => atomicWrite(join(dir, name), 'ny', { force: true })).toThrow(/symbolic link/);
    }
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('utenfor');
    expect(existsSync(join(outside, 'missing.md'))).toBe(false);
  });

  it('never writes outside the folder the user named: not by .., not through a linked folder', () => {
    const named = folder();
    const outside = folder();
    mkdirSync(join(named, 'sub'));
    symlinkSync(outside, join(named, 'linked'));
    expect(() => atomicWrite(join(named, '../escape.md'), 'ny', { within: named })).toThrow(/lies outside/);
    expect(() => atomicWrite(join(named, 'linked/escape.md'), 'ny', { within: named })).toThrow(/lies outside/);
    expect(readdirSync(outside)).toEqual([]);
    atomicWrite(join(named, 'sub/ok.md'), 'ny', { within: named });
    expect(readFileSync(join(named, 'sub/ok.md'), 'utf8')).toBe('ny');
  });

  it('refuses folders, missing folders and special names with a one-line UsageError', () => {
    const dir = folder();
    mkdirSync(join(dir, 'a-folder'));
    for (const [path, message] of [
      [join(dir, 'a-folder'), /is a folder/],
      [`${dir}/`, /names a folder/],
      [`${dir}/..`, /names a folder/],
      [join(dir, 'missing/out.md'), /no such folder/],
    ] as const) {
      expect(() => atomicWrite(path, 'x', { force: true }), path).toThrow(message);
    }
  });

  it('an interrupted write (failure between write and rename) keeps the old file and leaves nothing behind', () => {
    const dir = folder();
    const file = join(dir, 'out.md');
    writeFileSync(file, 'gammel');
    hooks.beforeRename = () => {
      throw new Error('disk full');
    };
    expect(() => atomicWrite(file, 'ny', { force: true })).toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('gammel');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  /** Runs atomicWrite (from the build) in a child that is killed by SIGKILL between write and rename. */
  function crashBetweenWriteAndRename(file: string, line: string, times: number, force: boolean) {
    const module = pathToFileURL(join(ROOT, 'dist/write/atomic-write.js')).href;
    const script = `const { atomicWrite, hooks } = await import(${JSON.stringify(module)});
hooks.beforeRename = () => process.kill(process.pid, 'SIGKILL');
atomicWrite(${JSON.stringify(file)}, ${JSON.stringify(line)}.repeat(${times}), { force: ${force} });`;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  }

  it('a process killed between write and rename leaves the old file intact and no partial target', () => {
    const dir = folder();
    const file = join(dir, 'out.md');
    const old = 'gammel\n'.repeat(1000);
    writeFileSync(file, old);
    const r = crashBetweenWriteAndRename(file, 'ny\n', 100_000, true);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe(old);
    // What a crash leaves is a hidden temporary file beside it, complete (it was synced), never a half target.
    const left = readdirSync(dir).filter((f) => f !== 'out.md');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.out\.md\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(readFileSync(join(dir, left[0]!), 'utf8')).toBe('ny\n'.repeat(100_000));
  });

  it('a process killed before a new file is put in place leaves no target at all', () => {
    const dir = folder();
    const r = crashBetweenWriteAndRename(join(dir, 'new.md'), 'ny', 1, false);
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(join(dir, 'new.md'))).toBe(false);
  });
});

describe('atomicWrite in a batch (plan site)', () => {
  it('leaves each folder to sync once at the end, with the same files and the same refusals', () => {
    const dir = folder();
    mkdirSync(join(dir, 'nb'));
    const folders = new Set<string>();
    for (const name of ['index.html', 'nb/a.html', 'nb/b.html']) atomicWrite(join(dir, name), name, { within: dir, folders });
    // One entry a folder, by real path, however many files went into it.
    expect([...folders].sort()).toEqual([realpathSync(dir), realpathSync(join(dir, 'nb'))].sort());
    syncFolders(folders);
    expect(readFileSync(join(dir, 'nb/b.html'), 'utf8')).toBe('nb/b.html');
    expect(readdirSync(join(dir, 'nb')).sort()).toEqual(['a.html', 'b.html']);
    // Still no overwrite without force, and nothing added to the set for a refused file.
    const before = new Set(folders);
    expect(() => atomicWrite(join(dir, 'nb/a.html'), 'ny', { within: dir, folders })).toThrow(/exists; use --force/);
    expect(folders).toEqual(before);
    atomicWrite(join(dir, 'nb/a.html'), 'ny', { within: dir, folders, force: true });
    expect(readFileSync(join(dir, 'nb/a.html'), 'utf8')).toBe('ny');
  });
});

describe('writeFiles (plan init, plan schema --out)', () => {
  it('writes nothing, not even a folder, when a file would land outside the named folder through a link', async () => {
    const { writeFiles } = await import('../../src/write/write-files.js');
    const named = folder();
    const outside = folder();
    symlinkSync(outside, join(named, '.vscode'));
    expect(() => writeFiles(named, [{ path: 'plan.yaml', content: 'x' }, { path: '.vscode/sub/settings.json', content: '{}' }], { force: true })).toThrow(/lies outside/);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(named)).toEqual(['.vscode']);
    writeFiles(join(named, 'new'), [{ path: 'a/b.yaml', content: 'x' }]);
    expect(readFileSync(join(named, 'new/a/b.yaml'), 'utf8')).toBe('x');
  });
});
