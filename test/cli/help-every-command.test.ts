import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { cliProgram, main } from '../../src/cli.js';
import type { Locale } from '../../src/i18n/locale.js';
import { makeIo } from '../helpers/fake-io.js';
import { EXAMPLE } from '../helpers/run.js';

/** Every command path of the program: [], ['validate'], …, ['import', 'ssb']. */
function commandPaths(command: Command, path: string[] = []): string[][] {
  return [path, ...command.commands.filter((c) => c.name() !== 'help').flatMap((c) => commandPaths(c, [...path, c.name()]))];
}

async function help(path: string[], locale: Locale): Promise<string> {
  const { io, stdout } = makeIo(EXAMPLE, { env: {} });
  expect(await main([...path, '--help', '--locale', locale], io), path.join(' ')).toBe(0);
  return stdout.text;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The help without its examples (commands and paths) and without flags, for the word check. */
const prose = (text: string): string => text.replace(/\n(Eksempler|Døme|Examples):[\s\S]*$/, '').replace(/(^|\s)-{1,2}[\w-]+/g, ' ');

/** English words of the en help that must not be left in the nb and nn help ("to", "a" and "i" are Norwegian words too). */
const ENGLISH = /\b(the|of|and|with|default|choices|preset|options|command|arguments|usage|write|file|folder|year|only|this|when|show|repeatable|instead)\b/i;

describe('every --help speaks the locale, every description and commander word in it (issue 18)', () => {
  const en = cliProgram(makeIo(EXAMPLE).io, 'en');
  const paths = commandPaths(en);

  it('walks every command and subcommand', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(expect.arrayContaining(['', 'validate', 'arshjul', 'import', 'import ssb', 'status']));
  });

  for (const path of paths) {
    it(`plan ${path.join(' ')} --help: no description of the en help is left in nb or nn, and no English word`, async () => {
      let command = en;
      for (const name of path) command = command.commands.find((c) => c.name() === name)!;
      const descriptions = [
        ...command.options.map((o) => o.description),
        ...command.registeredArguments.map((a) => a.description),
        ...command.commands.map((c) => c.description()),
        command.description(),
      ].filter((d) => d !== '');
      const enText = flat(await help(path, 'en'));
      for (const d of descriptions) expect(enText).toContain(flat(d));
      for (const locale of ['nb', 'nn'] as const) {
        const text = await help(path, locale);
        for (const d of descriptions) expect(flat(text), `${locale}: ${d}`).not.toContain(flat(d));
        expect(prose(text), `${locale}: ${prose(text).match(ENGLISH)?.[0]}`).not.toMatch(ENGLISH);
        expect(text).not.toMatch(/\[options\]|\[command\]|\(choices:|\(default:|\(preset:/);
      }
    });
  }

  it('commander words in nb: [valg], [kommando], placeholders and (valg: …)', async () => {
    const root = await help([], 'nb');
    expect(root).toContain('Bruk: plan [valg] [kommando]');
    expect(root).toContain('help [kommando]');
    const arshjul = await help(['arshjul'], 'nb');
    expect(arshjul).toContain('Bruk: plan arshjul [valg] [mappe]');
    expect(arshjul).toMatch(/--year <åååå>/);
    expect(arshjul).toMatch(/-o, --out <fil>/);
    expect(flat(arshjul)).toContain('(valg: "nb", "nn", "en")');
    const ssb = await help(['import', 'ssb'], 'nn');
    expect(ssb).toContain('Bruk: plan import ssb [val] [kjelder...]');
    expect(ssb).toMatch(/^ {2}kjelder /m);
    const enSsb = await help(['import', 'ssb'], 'en');
    expect(enSsb).toContain('Usage: plan import ssb [options] [sources...]');
    expect(flat(enSsb)).toContain('(choices: "preliminary", "final")');
  });
});
