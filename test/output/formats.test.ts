import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_FORMATS, FORMATS, formatHelp, type CommandName } from '../../src/output/formats.js';
import { GitRepo } from '../helpers/git-repo.js';
import { EXAMPLE, run } from '../helpers/run.js';

/*
 * The registry of command × format (src/output/formats.ts) against what each command
 * really renders: every listed format of every command produces output on stdout,
 * and `--out` with that format's extension (no --format) writes the same document.
 */

/** The example repository as a tree, to commit into a git repository for `plan diff`. */
function exampleTree(dir = EXAMPLE): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const git = new GitRepo(exampleTree());
afterAll(() => git.remove());

/** How to run each command on a repository that has what it shows (the example; diff in a git copy of it). */
const INVOCATION: Record<CommandName, { args: string[]; cwd: string }> = {
  validate: { args: ['validate'], cwd: EXAMPLE },
  report: { args: ['report', 'handlingsprogram'], cwd: EXAMPLE },
  matrix: { args: ['matrix'], cwd: EXAMPLE },
  trace: { args: ['trace'], cwd: EXAMPLE },
  arshjul: { args: ['arshjul', '--year', '2027'], cwd: EXAMPLE },
  budget: { args: ['budget'], cwd: EXAMPLE },
  status: { args: ['status', '--year', '2024', '--as-of', '2026-06-30'], cwd: EXAMPLE },
  diff: { args: ['diff', 'HEAD'], cwd: git.dir },
};

/** The first bytes of the binary formats: a zip (docx) and a PDF. */
const BINARY = { docx: 'PK', pdf: '%PDF-' } as const;

/** validate writes files with --output-file (its -o), the others with --out. */
const outFlag = (command: CommandName) => (command === 'validate' ? '--output-file' : '--out');

describe('every format the registry lists for a command is one the command renders', () => {
  it('the registry covers every command that writes a document, and each default is one of its formats', () => {
    expect(Object.keys(INVOCATION).sort()).toEqual(Object.keys(COMMAND_FORMATS).sort());
    for (const { formats, default: fallback } of Object.values(COMMAND_FORMATS)) expect(formats).toContain(fallback);
  });

  for (const [command, { formats }] of Object.entries(COMMAND_FORMATS) as [CommandName, (typeof COMMAND_FORMATS)[CommandName]][]) {
    for (const format of formats) {
      const ext = (FORMATS[format].extensions as readonly string[])[0];
      it(`plan ${command} --format ${format}${ext ? `, and --out x${ext}` : ''}`, async () => {
        const { args, cwd } = INVOCATION[command];
        const magic = BINARY[format as keyof typeof BINARY];
        if (magic !== undefined) {
          // Bytes go to a file (stdout only when it is a pipe): the file starts as its format does.
          const file = join(mkdtempSync(join(tmpdir(), 'planverk-out-')), `x${ext}`);
          const written = await run([...args, outFlag(command), file], cwd);
          expect(written.code, written.stderr).toBe(0);
          expect(readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);
          return;
        }
        const printed = await run([...args, '--format', format], cwd);
        expect(printed.code, printed.stderr).toBe(0);
        expect(printed.stdout.length).toBeGreaterThan(10);
        if (!ext) return;
        const file = join(mkdtempSync(join(tmpdir(), 'planverk-out-')), `x${ext}`);
        const written = await run([...args, outFlag(command), file], cwd);
        expect(written.code, written.stderr).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
      });
    }
  }

  it('each --help lists the registry formats', async () => {
    for (const command of ['report', 'matrix', 'trace', 'arshjul', 'budget', 'diff'] as const) {
      const help = await run([command, '--help']);
      expect(help.stdout.replace(/\s+/g, ' '), command).toContain(formatHelp(command, undefined, undefined, 'nb'));
    }
  });
});

describe('--format against --out, for every command that takes --out', () => {
  const commands = (Object.keys(COMMAND_FORMATS) as CommandName[]).filter((c) => c !== 'validate');
  for (const command of commands) {
    const { formats } = COMMAND_FORMATS[command];
    const [first, second] = formats as readonly (keyof typeof FORMATS)[];
    const otherExt = FORMATS[second!].extensions[0]!;
    const foreign = command === 'arshjul' ? '.csv' : '.ics';
    const { args, cwd } = INVOCATION[command];

    it(`plan ${command} --format ${first} --out x${otherExt}: a contradiction, exit 2, nothing written`, async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'planverk-out-')), `x${otherExt}`);
      const r = await run([...args, '--format', first!, '--out', file], cwd);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--format ${first} strider mot --out ${file}`); // nb: the example repository speaks bokmål
      expect(existsSync(file)).toBe(false);
    });

    it(`plan ${command} --out x${foreign}: a format it cannot write, exit 2`, async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'planverk-out-')), `x${foreign}`);
      const r = await run([...args, '--out', file], cwd);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`plan ${command} kan ikke skrive`));
      expect(existsSync(file)).toBe(false);
    });
  }
});
