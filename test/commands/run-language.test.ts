import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EXAMPLE } from '../helpers/example-repo.js';
import { makeIo } from '../helpers/fake-io.js';
import { copyExample, edit } from '../helpers/plan-cli.js';

describe('one language per run', () => {
  it('plan validate on a broken nn workspace: the summary line is nynorsk, with no bokmål or English word', async () => {
    const root = copyExample();
    edit(join(root, 'plan.yaml'), 'locale: nb', 'locale: nn');
    edit(join(root, 'goals/tjenester.yaml'), 'indicators: [hjemmeboende-over-80', 'indicators: [hjemmeboende-over-90');
    const { io, stdout } = makeIo(root);
    expect(await main(['validate', '--no-color'], io)).toBe(1);
    const summary = stdout.text.trimEnd().split('\n').at(-1)!;
    expect(summary).toMatch(/^✖ \d+ problem \(1 feil, \d+ åtvaring(ar)?\) i \d+ dokument i \d+ filer$/);
    for (const foreign of ['error', 'warning', 'problems', 'documents', 'files in', ' in ', 'problemer', 'dokumenter', 'advarsel']) expect(summary).not.toContain(foreign);
  });

  it('plan validate on an English workspace says it in English, with plurals', async () => {
    const root = copyExample();
    edit(join(root, 'plan.yaml'), 'locale: nb', 'locale: en');
    edit(join(root, 'goals/tjenester.yaml'), 'indicators: [hjemmeboende-over-80', 'indicators: [hjemmeboende-over-90');
    const { io, stdout } = makeIo(root);
    expect(await main(['validate', '--no-color'], io)).toBe(1);
    expect(stdout.text.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ problems? \(1 error, \d+ warnings?\) in \d+ documents in \d+ files$/);
  });

  it('plan status measures benefits against SOURCE_DATE_EPOCH when no --as-of is given', async () => {
    const { io, stdout } = makeIo(EXAMPLE);
    io.env = { ...io.env, SOURCE_DATE_EPOCH: '1788219000' };
    expect(await main(['status', '--format', 'md'], io)).toBe(0);
    expect(stdout.text).toContain('(gevinster per 2026-08-31)');
  });
});
