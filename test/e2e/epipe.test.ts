import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE } from '../helpers/plan-cli.js';

/** A reader that closes the pipe early (`| head -c 1`) must not make plan print a stack trace. */
describe('a closed stdout pipe', () => {
  for (const args of [['--help'], ['report', 'handlingsprogram', EXAMPLE]]) {
    it(`plan ${args[0]} | head -c 1 ends quietly`, () => {
      const quoted = args.map((a) => `'${a}'`).join(' ');
      const r = spawnSync('sh', ['-c', `'${process.execPath}' '${BIN}' ${quoted} | head -c 1 >/dev/null`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\(/);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
