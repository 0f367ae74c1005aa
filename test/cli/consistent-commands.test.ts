import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from '../helpers/run.js';

/** Every command of `plan`, as `plan --help` lists them (import ssb is a sub-command). */
const COMMANDS = [['validate'], ['schema'], ['init'], ['diff'], ['arshjul'], ['report'], ['site'], ['matrix'], ['trace'], ['budget'], ['status'], ['import'], ['import', 'ssb']];
/** Commands that work on a repository, so they take [dir] and --root. */
const ON_A_REPOSITORY = [['validate'], ['init'], ['diff'], ['arshjul'], ['report'], ['site'], ['matrix'], ['trace'], ['budget'], ['status'], ['import', 'ssb']];

describe('consistent commands (issue 18 item 6)', () => {
  it('prints the help and exits 2 for `plan` with no arguments', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bruk: plan [valg] [kommando]');
    expect(r.stderr).toContain('Eksempler:');
    expect(r.stdout).toBe('');
  });

  it.each(COMMANDS)('ends the --help of %s with two examples', async (...command) => {
    const r = await run([...command, '--help']);
    expect(r.code).toBe(0);
    const tail = r.stdout.trimEnd().split('\n').slice(-3);
    expect(tail[0]).toBe('Eksempler:');
    expect(tail.slice(1).every((l) => l.startsWith(`  $ plan ${command.join(' ')}`))).toBe(true);
  });

  it.each(COMMANDS.filter((c) => c.join(' ') !== 'import'))('takes --no-color on %s', async (...command) => {
    expect((await run([...command, '--help'])).stdout).toContain('--no-color');
  });

  it.each(ON_A_REPOSITORY)('takes --root on %s', async (...command) => {
    expect((await run([...command, '--help'])).stdout).toContain('--root <mappe>'); // nb: the placeholder in the run's words
  });

  it('gives -o one meaning, --out, on every command that writes (validate keeps --output-file)', async () => {
    for (const command of ['validate', 'schema', 'diff', 'arshjul', 'report', 'site', 'matrix', 'trace', 'budget', 'status']) {
      const help = (await run([command, '--help'])).stdout;
      expect(help, command).toMatch(/-o, --out <[^>]+>/);
    }
    expect((await run(['validate', '--help'])).stdout).toContain('--output-file <format=sti>');
    const dir = mkdtempSync(join(tmpdir(), 'planverk-o-'));
    const r = await run(['validate', EXAMPLE, '-o', join(dir, 'plan.sarif'), '--output-file', `junit=${join(dir, 'j.xml')}`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'plan.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'j.xml'), 'utf8')).toContain('<testsuites');
  });

  it('takes [dir] on diff after the refs', async () => {
    const help = (await run(['diff', '--help'])).stdout;
    expect(help).toContain('Bruk: plan diff [valg] <base> [head] [mappe]');
  });
});
