import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/io.js';
import { outputFilePath } from '../../src/write/output.js';
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
      expect(r.stderr).toMatch(/^plan: x\.\w+\/: names a folder, not a file\n$/);
      expect(r.code).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  }
});
