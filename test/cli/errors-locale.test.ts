import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commanderMessage, main } from '../../src/cli.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import type { Catalogue } from '../../src/i18n/words.js';
import { makeIo } from '../helpers/fake-io.js';
import { EXAMPLE } from '../helpers/run.js';

/** Runs `plan` in the example repository with LANG (the language of usage errors), expecting exit 2. */
async function usageError(args: string[], lang: string): Promise<string> {
  const { io, stderr } = makeIo(EXAMPLE, { env: { LANG: lang } });
  expect(await main(args, io), args.join(' ')).toBe(2);
  return stderr.text;
}

/** Each parser error and commander error, as the catalogue of a locale words it. */
const CASES: { args: string[]; expected: (w: Catalogue) => string }[] = [
  { args: ['validate', '--max-warnings', 'x'], expected: (w) => w.cliMore.commander.invalidOption('--max-warnings', 'x', w.cliMore.parse.wholeNumber) },
  { args: ['validate', '--max-file-size', '1q'], expected: (w) => w.cliMore.commander.invalidOption('--max-file-size', '1q', w.cliMore.parse.byteSize) },
  { args: ['validate', '-f', 'foo'], expected: (w) => w.cliMore.parse.oneOf('stylish, json, github, sarif, junit') },
  { args: ['validate', '--output-file', 'x'], expected: (w) => w.cliMore.parse.outputFile },
  { args: ['validate', '--output-file', 'sarif='], expected: (w) => w.cliMore.parse.outputFileEmpty },
  { args: ['validate', '--output-file', 'foo=a'], expected: (w) => w.cliMore.parse.unknownFormat('foo', 'stylish, json, github, sarif, junit') },
  { args: ['validate', '-o', 'x.svg'], expected: (w) => w.cliMore.formats.cannotWrite('validate', 'svg', 'x.svg', 'stylish, json, github, sarif, junit', '.txt, .json, .sarif, .xml') },
  { args: ['arshjul', '--year', '20'], expected: (w) => w.cliMore.commander.invalidOption('--year', '20', w.cliMore.parse.year('--year')) },
  { args: ['arshjul', '--start-month', '13'], expected: (w) => w.cliMore.parse.month },
  { args: ['arshjul', '--month-events', 'week'], expected: (w) => w.cliMore.parse.dayOrSpan },
  { args: ['status', '--as-of', '2026-13'], expected: (w) => w.cliMore.parse.date },
  { args: ['import', 'ssb', '--table', '1'], expected: (w) => w.cliMore.parse.ssbTable },
  { args: ['validate', '--locale', 'xx'], expected: (w) => w.cliMore.commander.invalidOption('--locale', 'xx', w.cliMore.commander.choices('nb, nn, en')) },
  { args: ['validate', '--frobnicate'], expected: (w) => w.cliMore.commander.unknownOption('--frobnicate') },
  { args: ['validate', '--forse'], expected: (w) => `${w.cliMore.commander.unknownOption('--forse')}; ${w.cliMore.commander.didYouMean('--force')}` },
  { args: ['valdate'], expected: (w) => `${w.cliMore.commander.unknownCommand('valdate')}; ${w.cliMore.commander.didYouMean('validate')}` },
  { args: ['diff'], expected: (w) => w.cliMore.commander.missingArgument('base') },
  { args: ['validate', 'a', 'b'], expected: (w) => w.cliMore.commander.tooMany('validate', 1, 2) },
  { args: ['validate', '--root'], expected: (w) => w.cliMore.commander.optionMissingArgument('--root') },
  { args: ['matrix', '--format', 'svg', '--out', 'x.md', '--locale', 'en'], expected: () => en.cliMore.formats.contradicts('svg', 'x.md', 'md', '.svg') },
];

describe('argument and commander errors speak the locale (issue 18)', () => {
  for (const { args, expected } of CASES) {
    it(`plan ${args.join(' ')}: nb, and en with LANG=en_GB`, async () => {
      const nbText = await usageError(args, 'nb_NO.UTF-8');
      const enText = await usageError(args, 'en_GB.UTF-8');
      const forced = args.includes('--locale') && args[args.indexOf('--locale') + 1] === 'en';
      expect(nbText.startsWith('plan: ')).toBe(true);
      expect(nbText).toContain(expected(forced ? en : nb));
      expect(enText).toContain(expected(en));
      if (!forced) expect(nbText).not.toContain(expected(en));
      expect(nbText.split('\n').filter((l) => l !== '')).toHaveLength(1);
    });
  }

  it('outside a repository: "no plan.yaml found" in the language asked for (--locale, else LANG, else nb)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'planverk-outside-'));
    for (const [env, catalogue] of [[{}, nb], [{ LANG: 'nn_NO.UTF-8' }, nn], [{ LANG: 'en_GB.UTF-8' }, en]] as const) {
      const { io, stderr } = makeIo(outside, { env: { ...env } });
      expect(await main(['validate'], io)).toBe(2);
      expect(stderr.text).toBe(`plan: ${catalogue.cliMore.root.noPlan(outside)}\n`);
    }
  });

  it('leaves a message it does not know as commander wrote it', () => {
    expect(commanderMessage('error: something new', 'commander.unknownOption', 'nb')).toBe('error: something new');
    expect(commanderMessage("error: unknown option '--x'", 'commander.unknownOption', 'nb')).toBe(nb.cliMore.commander.unknownOption('--x'));
  });

  it('a choice argument parser message reads the choices in the locale', () => {
    expect(commanderMessage("error: command-argument value 'q' is invalid for argument 'sources'. Allowed choices are a, b.", 'commander.invalidArgument', 'nb')).toBe(
      nb.cliMore.commander.invalidArgument('kilder', 'q', nb.cliMore.commander.choices('a, b')),
    );
  });
});
