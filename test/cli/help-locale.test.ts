import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { makeIo } from '../helpers/fake-io.js';
import { EXAMPLE } from '../helpers/run.js';

/** The help with its line wrapping undone, for comparing whole sentences. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** --help in the run's language (issue 18, item 5): --locale, else LANG, else nb. */
async function help(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { io, stdout } = makeIo(EXAMPLE, { env });
  expect(await main(args, io)).toBe(0);
  return stdout.text;
}

describe('plan --help speaks one language', () => {
  it('plan --help in nb (the default): Norwegian headings, summaries and shared options', async () => {
    const text = await help(['--help']);
    expect(text).toContain('Bruk: plan [valg] [kommando]');
    expect(flat(text)).toContain(nb.cli.commands.plan!);
    expect(text).toMatch(/^Valg:$/m);
    expect(text).toMatch(/^Kommandoer:$/m);
    expect(flat(text)).toContain(nb.cli.commands.validate!);
    expect(flat(text)).toContain('vis hjelp for kommandoen');
    expect(text).toContain('Eksempler:');
    expect(text).not.toMatch(/^(Usage|Options|Commands|Examples):/m);
    expect(text).not.toContain(en.cli.commands.validate!);
  });

  it('plan --help --locale en, and LANG=en_GB, give English', async () => {
    for (const text of [await help(['--help', '--locale', 'en']), await help(['--help'], { LANG: 'en_GB.UTF-8' })]) {
      expect(text).toContain('Usage: plan [options] [command]');
      expect(text).toMatch(/^Options:$/m);
      expect(text).toMatch(/^Commands:$/m);
      expect(flat(text)).toContain(en.cli.commands.validate!);
      expect(text).toContain('Examples:');
      expect(text).not.toMatch(/^(Bruk|Valg|Kommandoer|Eksempler):/m);
    }
  });

  it('plan validate --help in nb and en: summary, arguments and options', async () => {
    const nbText = await help(['validate', '--help']);
    expect(nbText).toContain('Bruk: plan validate [valg] [mappe]');
    expect(flat(nbText)).toContain(nb.cli.commands.validate!);
    expect(nbText).toMatch(/^Argumenter:$/m);
    expect(flat(nbText)).toContain(nb.cli.options['[dir]']!);
    expect(flat(nbText)).toContain(nb.cli.options['--root']!);
    expect(flat(nbText)).toContain(nb.cli.options['--fix']!);
    expect(flat(nbText)).toContain(nb.cli.options['--no-color']!);
    expect(nbText).toContain('Eksempler:\n  $ plan validate .');
    const enText = await help(['validate', '--help', '--locale', 'en']);
    expect(enText).toContain('Usage: plan validate [options] [dir]');
    expect(flat(enText)).toContain(en.cli.commands.validate!);
    expect(enText).toMatch(/^Arguments:$/m);
    expect(flat(enText)).toContain(en.cli.options['[dir]']!);
    expect(enText).toContain('Examples:\n  $ plan validate .');
  });

  it('nn: LANG=nn_NO', async () => {
    const text = await help(['validate', '--help'], { LANG: 'nn_NO.UTF-8' });
    expect(text).toMatch(/^Val:$/m);
    expect(text).toContain('Døme:');
    expect(flat(text)).toContain('kontroller repositoriet: YAML, skjema, id-ar, referansar, SDG-id-ar og reglane til repositoriet');
  });

  it('a usage error of validate speaks the locale too', async () => {
    const { io, stderr } = makeIo(EXAMPLE);
    expect(await main(['validate', '--dry-run'], io)).toBe(2);
    expect(stderr.text).toContain('--dry-run krever --fix');
  });
});
