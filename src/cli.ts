import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, UsageError, type Io } from './io.js';
import { RootError } from './workspace/find-root.js';
import { version } from './version.js';

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return Number(value);
}

function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 512kb or 1048576');
  const unit = (m[2] ?? '').toLowerCase()[0];
  return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}

/** Builds the commander program. Command modules load only when their command runs. */
function program(io: Io, setCode: (code: number) => void): Command {
  const p = new Command('plan')
    .description('A municipality\'s plan and governance system as plain YAML in git.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(`plan: ${s.replace(/^error: /, '')}`) })
    .showSuggestionAfterError(true);

  p.command('validate')
    .description('check the repository: YAML, schemas, ids, references, SDG ids and repository rules')
    .argument('[dir]', 'a folder inside the repository (default: the working folder)')
    .option('--root <dir>', 'the repository folder (same as [dir])')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)', byteSize)
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { validate } = await import('./commands/validate.js');
      setCode(
        await validate(
          {
            dir: (opts.root as string | undefined) ?? dir,
            format: opts.format as string,
            maxWarnings: opts.maxWarnings as number | undefined,
            quiet: opts.quiet === true,
            color: opts.color as boolean,
            maxFileSize: opts.maxFileSize as number | undefined,
          },
          io,
        ),
      );
    });

  // plan arshjul (issue 5). A year is four digits, 1900-2200 like the format's years.
  const arshjulYear = (value: string, flag: string): number => {
    if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200) throw new InvalidArgumentError(`${flag} expects a year from 1900 to 2200`);
    return Number(value);
  };
  p.command('arshjul')
    .description('the årshjul (annual wheel) of the calendars: an SVG wheel, an HTML page, an ICS feed or a Markdown table')
    .argument('[dir]', 'a folder inside the repository (default: the working folder)')
    .option('--root <dir>', 'the repository folder (same as [dir])')
    .option('--calendar <id>', 'one calendar (a Calendar id or an included built-in calendar); default: all together')
    .option('--year <yyyy>', 'the year (default: this year)', (v: string) => arshjulYear(v, '--year'))
    .option('--from <yyyy>', 'first year of a range', (v: string) => arshjulYear(v, '--from'))
    .option('--to <yyyy>', 'last year of a range', (v: string) => arshjulYear(v, '--to'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --out extension, else md)').choices(['svg', 'html', 'ics', 'md']))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--force', 'overwrite the --out file if it exists')
    .option('--start-month <m>', 'the month at the top of the wheel and first in lists, 1-12 (default 1)', (v: string) => {
      if (!/^\d{1,2}$/.test(v) || Number(v) < 1 || Number(v) > 12) throw new InvalidArgumentError('expected a month number from 1 to 12');
      return Number(v);
    })
    .addOption(new Option('--locale <locale>', 'language of the output (default: Workspace.locale)').choices(['nb', 'nn', 'en']))
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { arshjul } = await import('./commands/arshjul.js');
      setCode(
        await arshjul(
          {
            dir: (opts.root as string | undefined) ?? dir,
            calendar: opts.calendar as string | undefined,
            year: opts.year as number | undefined,
            from: opts.from as number | undefined,
            to: opts.to as number | undefined,
            format: opts.format as 'svg' | 'html' | 'ics' | 'md' | undefined,
            out: opts.out as string | undefined,
            force: opts.force === true,
            startMonth: opts.startMonth as number | undefined,
            locale: opts.locale as 'nb' | 'nn' | 'en' | undefined,
          },
          io,
        ),
      );
    });
  return p;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code:
 * 0 fine, 1 problems found, 2 the command could not run. Never throws.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof RootError || error instanceof UsageError) {
      io.stderr.write(`plan: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan: internal error: ${message}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}
