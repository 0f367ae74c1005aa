import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/io.js';
import { outputFilePath, writeOutput } from '../../src/write/output.js';
import { captureIo } from '../helpers/capture-io.js';
import { copyExample, run } from '../helpers/run.js';

describe('outputFilePath', () => {
  it('refuses a name that can only be a folder, which resolve() would turn into a file name', () => {
    for (const name of ['x.svg/', 'out\\', 'out/.', 'out/..', '.', '..', '']) expect(() => outputFilePath('/work', name), name).toThrow(UsageError);
    expect(outputFilePath('/work', 'out/x.svg')).toBe('/work/out/x.svg');
  });
});

describe('--out with a trailing slash', { timeout: 60_000 }, () => {
  const commands: [string, string[]][] = [
    ['matrix', ['matrix', '--format', 'svg', '--out', 'x.svg/']],
    ['arshjul', ['arshjul', '--year', '2027', '--out', 'x.svg/']],
    ['trace', ['trace', '--out', 'x.md/']],
    ['report', ['report', 'handlingsprogram', '--out', 'x.md/']],
    ['validate --output-file', ['validate', '--output-file', 'sarif=x.sarif/']],
  ];
  for (const [name, args] of commands) {
    it(`plan ${name} exits 2 and writes no file`, async () => {
      const dir = copyExample();
      const before = readdirSync(dir).sort();
      const r = await run(args, dir);
      expect(r.stderr).toMatch(/^plan: x\.\w+\/: er navnet på en mappe, ikke en fil\n$/);
      expect(r.code).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  }
});

describe('writeOutput: strings or bytes, atomic, never over a file without force', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'planverk-write-'));
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x1b, 0x0a]);

  it('writes text and bytes exactly as rendered, and leaves no temporary file', () => {
    const dir = tmp();
    const io = captureIo(dir);
    writeOutput(io, 'tekst \u001b[31m\n', 'a.md', false);
    writeOutput(io, bytes, 'b.docx', false);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('tekst \u001b[31m\n');
    expect(new Uint8Array(readFileSync(join(dir, 'b.docx')))).toEqual(bytes);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.docx']);
    expect(io.err()).toBe('plan: wrote a.md\nplan: wrote b.docx\n');
  });

  it('refuses an existing file without force and keeps it; replaces it with force', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.svg'), 'old');
    expect(() => writeOutput(captureIo(dir), '<svg/>', 'x.svg', false)).toThrow('x.svg exists; use --force to overwrite it');
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toBe('old');
    writeOutput(captureIo(dir), bytes, 'x.svg', true);
    expect(new Uint8Array(readFileSync(join(dir, 'x.svg')))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(['x.svg']);
  });

  it('on stdout: text with controls shown as escapes, bytes as they are to a pipe, and never to a terminal', () => {
    const io = captureIo(tmp());
    writeOutput(io, 'a\u001b[2Jb\n', undefined, false);
    expect(io.out()).toBe('a\\u001b[2Jb\n');
    const chunks: (string | Uint8Array)[] = [];
    writeOutput({ ...io, stdout: { write: (c: string | Uint8Array) => chunks.push(c), isTTY: false } }, bytes, undefined, false);
    expect(chunks).toEqual([bytes]);
    const tty = { ...io, stdout: { write: (c: string | Uint8Array) => chunks.push(c), isTTY: true } };
    expect(() => writeOutput(tty, bytes, undefined, false)).toThrow(/binary and stdout is a terminal; write it to a file with --out/);
    expect(chunks).toHaveLength(1);
  });
});
