import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option, type ErrorOptions } from 'commander';
import { isLocale, localeFromEnv, LOCALES, type Locale } from './i18n/locale.js';
import { en } from './i18n/en.js';
import { words } from './i18n/words.js';
import { EXIT, UsageError, type Io } from './io.js';
import { chooseFormat, formatHelp, formatsOf, type CommandName } from './output/formats.js';
import { printable, printableLines } from './output/terminal.js';
import { RootError } from './workspace/find-root.js';
import { version } from './version.js';

/** validate's formats, from the registry of formats (data only: `--help` loads no formatter). */
const VALIDATE_FORMATS: readonly string[] = formatsOf('validate');

/**
 * The argument parsers, their errors in the run's language (commander puts
 * "invalid value … for --flag:" before them, see PlanCommand.error).
 */
function parsers(locale: Locale) {
  const w = words(locale).cliMore.parse;
  return {
    nonNegativeInt(value: string): number {
      if (!/^\d+$/.test(value)) throw new InvalidArgumentError(w.wholeNumber);
      return Number(value);
    },
    byteSize(value: string): number {
      const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
      if (!m) throw new InvalidArgumentError(w.byteSize);
      const unit = (m[2] ?? '').toLowerCase()[0];
      return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
    },
    formatList(value: string, previous: string[] | undefined): string[] {
      if (!VALIDATE_FORMATS.includes(value)) throw new InvalidArgumentError(w.oneOf(VALIDATE_FORMATS.join(', ')));
      return [...(previous ?? []), value];
    },
    /** `FORMAT=PATH`, or a PATH whose extension names the format (`plan.sarif`, `junit.xml`, `report.json`). */
    outputFileList(value: string, previous: { format: string; path: string }[] | undefined): { format: string; path: string }[] {
      const eq = value.indexOf('=');
      const named = eq >= 1 && /^[a-z]+$/.test(value.slice(0, eq));
      if (!named) {
        if (!/\.[A-Za-z]+$/.test(value)) throw new InvalidArgumentError(w.outputFile);
        try {
          return [...(previous ?? []), { format: chooseFormat('validate', { out: value }, locale), path: value }];
        } catch (error) {
          throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
        }
      }
      const format = value.slice(0, eq);
      const path = value.slice(eq + 1);
      if (path === '') throw new InvalidArgumentError(w.outputFileEmpty);
      if (!VALIDATE_FORMATS.includes(format)) throw new InvalidArgumentError(w.unknownFormat(format, VALIDATE_FORMATS.join(', ')));
      return [...(previous ?? []), { format, path }];
    },
    /** The parser of a year flag: four digits, 1900–2200, as the schemas allow. */
    yearOf(flag: string): (value: string) => number {
      return (value) => {
        if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200) throw new InvalidArgumentError(w.year(flag));
        return Number(value);
      };
    },
    month(value: string): number {
      if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 12) throw new InvalidArgumentError(w.month);
      return Number(value);
    },
    monthEvents(value: string): string {
      if (value !== 'day' && value !== 'span') throw new InvalidArgumentError(w.dayOrSpan);
      return value;
    },
    date(value: string): string {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError(w.date);
      return value;
    },
    ssbTable(value: string): string {
      if (!/^\d{5}$/.test(value)) throw new InvalidArgumentError(w.ssbTable);
      return value;
    },
  };
}

/**
 * What every command that writes a document takes from the shared options: the
 * repository folder (`--root` wins over the argument), `--out`, `--force`, `--locale`.
 */
function documentOptions(dir: string | undefined, opts: Record<string, unknown>) {
  return { dir: (opts.root as string | undefined) ?? dir, out: opts.out as string | undefined, force: opts.force === true, locale: opts.locale as string | undefined, allowErrors: opts.allowErrors === true, color: opts.color as boolean };
}

/** The arguments and options every command shares, described once. */
const dirArgument = () => new Argument('[dir]', 'a folder inside the repository (default: the working folder)');
const rootOption = () => new Option('--root <dir>', 'the repository folder (same as [dir])');
const outOption = () => new Option('-o, --out <file>', 'write to this file instead of stdout');
const forceOption = () => new Option('--force', 'overwrite the --out file if it exists');
/** A command's `--format`: choices and help from the registry (src/output/formats.ts); no default here, so `--out`'s extension can decide. */
const formatOption = (command: CommandName, locale: Locale, what?: string, otherwise?: string) => new Option('-f, --format <format>', formatHelp(command, what, otherwise, locale)).choices(formatsOf(command));
const localeOption = () => new Option('--locale <locale>', 'language of the output (default: the workspace locale)').choices([...LOCALES]);
const noColorOption = () => new Option('--no-color', 'no colour, even on a terminal');
const allowErrorsOption = () => new Option('--allow-errors', 'exit 0 although the repository has errors (they are still printed; invalid documents are left out)');

/** Two examples per command, shown at the end of its --help (commands and paths, no words to translate). */
const EXAMPLES: Record<string, readonly [string, string]> = {
  plan: ['plan validate .', 'plan report handlingsprogram --out handlingsprogram.html'],
  validate: ['plan validate .', 'plan validate --format github -o sarif=plan.sarif --output-file junit.xml'],
  fix: ['plan fix --dry-run', 'plan fix examples/nye-asker'],
  schema: ['plan schema > planverk.schema.json', 'plan schema -o .vscode/schemas --force'],
  init: ['plan init asker --name "Asker kommune" --number 3203 --yes', 'plan init --dry-run'],
  diff: ['plan diff main', 'plan diff origin/main...HEAD --format md -o diff.md'],
  arshjul: ['plan arshjul --year 2027 -o arshjul.svg', 'plan arshjul --from 2027 --to 2030 --format ics -o arshjul.ics'],
  report: ['plan report handlingsprogram -o handlingsprogram.html', 'plan report templates/mitt.md.hbs --plan kommuneplan-2040'],
  site: ['plan site -o _site', 'plan site --plan handlingsprogram-2027-2030 -o _site --force'],
  matrix: ['plan matrix -o matrix.svg', 'plan matrix --format md'],
  trace: ['plan trace', 'plan trace --plan kommuneplan-2040 --format json -o trace.json'],
  budget: ['plan budget', 'plan budget --format csv -o okonomiplan.csv'],
  status: ['plan status --year 2025', 'plan status --plan handlingsprogram-2027-2030 --format md -o status.md'],
  import: ['plan import ssb --dry-run', 'plan import ssb 12134 --indicator sykefravaer'],
  ssb: ['plan import ssb --dry-run', 'plan import ssb data/12134.json --table 12134'],
};

/** Ends every command's --help with its two examples. */
function addExamples(command: Command, locale: Locale = 'en'): void {
  const examples = EXAMPLES[command.name()];
  if (examples) command.addHelpText('after', `\n${words(locale).cli.titles['Examples:']}\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
  for (const sub of command.commands) addExamples(sub, locale);
}

/**
 * The language of --help and of usage errors: `--locale` on the command line, else
 * LC_ALL/LC_MESSAGES/LANG, else nb. (The workspace is not read: help needs no repository.)
 */
export function helpLocale(argv: readonly string[], env: Record<string, string | undefined>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i]!.startsWith('--locale=') ? argv[i]!.slice('--locale='.length) : undefined;
    if (isLocale(value)) return value;
  }
  return localeFromEnv(env) ?? 'nb';
}

/**
 * Puts --help in the run's language: each command's summary, the descriptions of
 * the options and arguments the commands share (`cli.options`) and of those only
 * one command has (`cliMore.options`/`cliMore.arguments`, by command name).
 * commander's own words (headings, `[options]`, placeholders, extras) come from
 * the Help hooks (helpHooks). A description is replaced only when it is the
 * catalogue's `en` text, so the catalogue's `en` must say what this file says
 * (test/cli/help-every-command.test.ts holds every description to be translated).
 */
function localizeHelp(command: Command, locale: Locale): void {
  const w = words(locale).cli;
  const own = (words(locale).cliMore.options as Record<string, Record<string, string>>)[command.name()] ?? {};
  const ownEn = (en.cliMore.options as Record<string, Record<string, string>>)[command.name()] ?? {};
  const args = (words(locale).cliMore.arguments as Record<string, Record<string, string>>)[command.name()] ?? {};
  const argsEn = (en.cliMore.arguments as Record<string, Record<string, string>>)[command.name()] ?? {};
  const summary = w.commands[command.name()];
  if (summary && command.description() === en.cli.commands[command.name()]) command.description(summary);
  for (const option of command.options) {
    const key = option.long ?? '';
    if (own[key] && option.description === ownEn[key]) option.description = own[key]!;
    else if (w.options[key] && option.description === en.cli.options[key]) option.description = w.options[key]!;
  }
  for (const argument of command.registeredArguments) {
    const key = argument.name();
    if (args[key] && argument.description === argsEn[key]) argument.description = args[key]!;
    else if (w.options[`[${key}]`] && argument.description === en.cli.options[`[${key}]`]) argument.description = w.options[`[${key}]`]!;
  }
  for (const sub of command.commands) localizeHelp(sub, locale);
}

/**
 * The words commander itself puts in --help, through its Help hooks: `[options]`,
 * `[command]`, the argument and placeholder names (`[dir]`, `<file>`), and the
 * extras after a description (`(choices: …)`, `(default: …)`, `(preset: …)`).
 */
function helpHooks(locale: Locale): Partial<Help> {
  const w = words(locale).cliMore;
  const name = (n: string): string => w.terms.names[n] ?? n;
  /** One word of a usage line or an option's flags: a placeholder in the run's words, anything else as it is. */
  const term = (word: string): string =>
    word === '[options]' ? `[${w.terms.options}]` : word === '[command]' ? `[${w.terms.command}]` : word.replace(/^([<[])([^\]>.]+)(\.\.\.)?([\]>])$/, (_m, open: string, inner: string, dots: string | undefined, close: string) => `${open}${name(inner)}${dots ?? ''}${close}`);
  const terms = (text: string): string => text.split(' ').map(term).join(' ');
  const plain = new Help();
  const withExtras = (description: string, extras: string[]): string => (extras.length === 0 ? description : [description, `(${extras.join(', ')})`].filter((x) => x !== '').join(' '));
  const choices = (values: readonly string[] | undefined): string[] => (values ? [w.extras.choices(values.map((v) => JSON.stringify(v)).join(', '))] : []);
  return {
    commandUsage: (cmd) => terms(plain.commandUsage(cmd)),
    subcommandTerm: (cmd) => terms(plain.subcommandTerm(cmd)),
    optionTerm: (option) => terms(option.flags),
    argumentTerm: (argument) => name(argument.name()),
    optionDescription: (option) => {
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      return withExtras(option.description, [
        ...choices(option.argChoices),
        ...(option.defaultValue !== undefined && showDefault ? [w.extras.default(option.defaultValueDescription ?? JSON.stringify(option.defaultValue))] : []),
        ...(option.presetArg !== undefined && option.optional ? [w.extras.preset(JSON.stringify(option.presetArg))] : []),
        ...(option.envVar !== undefined ? [w.extras.env(option.envVar)] : []),
      ]);
    },
    argumentDescription: (argument) =>
      withExtras(argument.description, [...choices(argument.argChoices), ...(argument.defaultValue !== undefined ? [w.extras.default(argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue))] : [])]),
  };
}

/** The long flag of an option's flags (`-f, --format <format>` → `--format`), for messages. */
const longFlag = (flags: string): string => /--[\w-]+/.exec(flags)?.[0] ?? flags;

/**
 * commander's own error messages (unknown option, missing argument, too many
 * arguments, an invalid value or choice) in the run's language, by the error's
 * code; the names in them are read back from commander's English message. A
 * message this does not know stays as commander wrote it.
 */
export function commanderMessage(message: string, code: string | undefined, locale: Locale): string {
  const c = words(locale).cliMore.commander;
  const names = words(locale).cliMore.terms.names;
  const [text = '', suggested] = message.split(/\n\(Did you mean (?:one of )?([^\n]*)\?\)$/);
  const suggestion = suggested !== undefined ? `; ${c.didYouMean(suggested)}` : '';
  const reason = (r: string): string => {
    const choices = /^Allowed choices are (.*)\.$/.exec(r);
    return choices ? c.choices(choices[1]!) : r;
  };
  let m: RegExpExecArray | null;
  switch (code) {
    case 'commander.invalidArgument':
      if ((m = /^error: option '(.+?)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/.exec(text))) return c.invalidOption(longFlag(m[1]!), m[2]!, reason(m[3]!));
      if ((m = /^error: command-argument value '([\s\S]*)' is invalid for argument '(.+?)'\. ([\s\S]*)$/.exec(text))) return c.invalidArgument(names[m[2]!] ?? m[2]!, m[1]!, reason(m[3]!));
      break;
    case 'commander.missingArgument':
      if ((m = /^error: missing required argument '(.+)'$/.exec(text))) return c.missingArgument(names[m[1]!] ?? m[1]!);
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^error: option '(.+)' argument missing$/.exec(text))) return c.optionMissingArgument(longFlag(m[1]!));
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((m = /^error: required option '(.+)' not specified$/.exec(text))) return c.missingMandatory(longFlag(m[1]!));
      break;
    case 'commander.unknownOption':
      if ((m = /^error: unknown option '(.+)'$/.exec(text))) return `${c.unknownOption(m[1]!)}${suggestion}`;
      break;
    case 'commander.unknownCommand':
      if ((m = /^error: unknown command '(.+)'$/.exec(text))) return `${c.unknownCommand(m[1]!)}${suggestion}`;
      break;
    case 'commander.excessArguments':
      if ((m = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) return c.tooMany(m[1], Number(m[2]), Number(m[3]));
      break;
  }
  return message;
}

/** A commander Command whose errors speak the run's language; its subcommands are made the same way. */
class PlanCommand extends Command {
  locale: Locale = 'en';

  override createCommand(name?: string): PlanCommand {
    const command = new PlanCommand(name);
    command.locale = this.locale;
    return command;
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(commanderMessage(message, errorOptions?.code, this.locale), errorOptions);
  }
}

/** Builds the commander program. Command modules load only when their command runs. */
function program(io: Io, setCode: (code: number) => void, locale: Locale = 'en'): Command {
  const cli = words(locale).cli;
  const parse = parsers(locale);
  const root = new PlanCommand('plan');
  root.locale = locale;
  const p = root
    .description('A municipality\'s plan and governance system as plain YAML in git.')
    .version(version(), '-V, --version', cli.options['--version'])
    .helpOption('-h, --help', cli.options['--help'])
    .helpCommand('help [command]', cli.commands.help!)
    .configureHelp({ ...helpHooks(locale), styleTitle: (title) => cli.titles[title] ?? title })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(`plan: ${s.replace(/^error: /, '')}`) })
    .showSuggestionAfterError(true);

  p.command('validate')
    .description('check the repository: YAML, schemas, ids, references, SDG ids and repository rules')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('-f, --format <format>', words(locale).cliMore.format.validate(VALIDATE_FORMATS.join(', ')), parse.formatList)
    .option('--output-file <format=path>', 'also write the report in FORMAT to PATH, repeatable (e.g. sarif=plan.sarif, or plan.sarif: the extension names the format)', parse.outputFileList)
    .addOption(new Option('-o, --out <format=path>', 'the same as --output-file (-o means --out on every command)').argParser(parse.outputFileList))
    .option('--force', 'overwrite existing --output-file files')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parse.nonNegativeInt)
    .option('-q, --quiet', 'report errors only')
    .addOption(noColorOption())
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)', parse.byteSize)
    .addOption(localeOption())
    .option('--fix', 'apply the safe mechanical fixes in place instead of reporting: the same as plan fix')
    .option('--dry-run', 'show the changes as a diff and write nothing')
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      if (opts.dryRun === true && opts.fix !== true) throw new UsageError(words(locale).cli.dryRunNeedsFix);
      if (opts.fix === true) {
        // The one code path of plan fix: validate --fix is its alias, as eslint --fix is.
        const { fix } = await import('./commands/fix.js');
        setCode(await fix({ dir: (opts.root as string | undefined) ?? dir, dryRun: opts.dryRun === true, locale: opts.locale as Locale | undefined, maxFileSize: opts.maxFileSize as number | undefined }, io));
        return;
      }
      const { validate } = await import('./commands/validate.js');
      setCode(
        await validate(
          {
            dir: (opts.root as string | undefined) ?? dir,
            formats: (opts.format as string[] | undefined) ?? [],
            outputFiles: [...((opts.outputFile as { format: string; path: string }[] | undefined) ?? []), ...((opts.out as { format: string; path: string }[] | undefined) ?? [])],
            force: opts.force === true,
            maxWarnings: opts.maxWarnings as number | undefined,
            quiet: opts.quiet === true,
            color: opts.color as boolean,
            maxFileSize: opts.maxFileSize as number | undefined,
            locale: opts.locale as Locale | undefined,
          },
          io,
        ),
      );
    });

  p.command('fix')
    .description('apply the safe mechanical fixes in place (quote SDG ids written as numbers, sort indicator years) and show what changed')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--dry-run', 'show the changes as a diff and write nothing')
    .addOption(localeOption())
    .option('--no-color', 'no colour, even on a terminal')
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)', parse.byteSize)
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { fix } = await import('./commands/fix.js');
      setCode(await fix({ dir: (opts.root as string | undefined) ?? dir, dryRun: opts.dryRun === true, locale: opts.locale as Locale | undefined, maxFileSize: opts.maxFileSize as number | undefined }, io));
    });

  p.command('schema')
    .description('print the combined JSON Schema of all document kinds, or write every schema file to a folder (for editors)')
    .option('-o, --out <dir>', 'write one schema per kind, the shared definitions and the combined planverk.schema.json to this folder')
    .option('--force', 'overwrite existing schema files in --out')
    .addOption(noColorOption())
    .action(async (opts: Record<string, unknown>) => {
      const { schema } = await import('./commands/schema.js');
      setCode(await schema({ out: opts.out as string | undefined, force: opts.force === true }, io));
    });

  p.command('init')
    .description('create a new plan repository with one document of each kind, CI workflows and editor settings; never overwrites files, refuses inside an existing one')
    .argument('[dir]', 'the folder to create it in (default: the working folder)')
    .option('--root <dir>', 'the folder to create it in (same as [dir])')
    .option('--name <name>', 'the municipality name, e.g. "Asker kommune"')
    .option('--number <nnnn>', 'the municipality number (4 digits)')
    .option('--locale <locale>', 'language of reports: nb, nn or en (default: LC_ALL, LC_MESSAGES or LANG, else nb)')
    .option('--first-election-year <year>', 'first election year of the council periods (default: the latest election)')
    .option('-y, --yes', 'ask nothing: take defaults for what the flags leave out')
    .option('--force', 'overwrite files that exist')
    .option('--dry-run', 'list the files it would create or overwrite, and write nothing')
    .addOption(noColorOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { init } = await import('./commands/init.js');
      setCode(
        await init(
          {
            dir: (opts.root as string | undefined) ?? dir,
            name: opts.name as string | undefined,
            number: opts.number as string | undefined,
            locale: opts.locale as string | undefined,
            firstElectionYear: opts.firstElectionYear as string | undefined,
            yes: opts.yes === true,
            force: opts.force === true,
            dryRun: opts.dryRun === true,
          },
          io,
        ),
      );
    });
  p.command('diff')
    .description('what changed in the plan between two git refs, by document id (head: the working tree)')
    .argument('<base>', 'a git ref (branch, tag, SHA, HEAD~1), or a range: a..b, a...b (from the merge base)')
    .argument('[head]', 'a git ref to compare with (default: the working tree)')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .addOption(formatOption('diff', locale))
    .addOption(outOption())
    .addOption(forceOption())
    .option('--exit-code', 'exit 1 when something changed, like git diff --exit-code')
    .addOption(noColorOption())
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)', parse.byteSize)
    .action(async (base: string, head: string | undefined, dir: string | undefined, opts: Record<string, unknown>) => {
      const { diff } = await import('./commands/diff.js');
      setCode(
        await diff(
          {
            base,
            head,
            dir: (opts.root as string | undefined) ?? dir,
            format: opts.format as string | undefined,
            out: opts.out as string | undefined,
            force: opts.force === true,
            exitCode: opts.exitCode === true,
            color: opts.color as boolean,
            maxFileSize: opts.maxFileSize as number | undefined,
          },
          io,
        ),
      );
    });

  p.command('arshjul')
    .description('the årshjul (annual wheel) of the calendars: an SVG wheel, an HTML page, an ICS feed or a Markdown table')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--calendar <id>', 'one calendar (a Calendar id or an included built-in calendar); default: all together')
    .option('--year <yyyy>', 'the year (default: this year)', parse.yearOf('--year'))
    .option('--from <yyyy>', 'first year of a range', parse.yearOf('--from'))
    .option('--to <yyyy>', 'last year of a range', parse.yearOf('--to'))
    .addOption(formatOption('arshjul', locale))
    .addOption(outOption())
    .addOption(forceOption())
    .option('--start-month <m>', 'the month at the top of the wheel and first in lists, 1-12 (default 1)', parse.month)
    .option('--month-events <mode>', 'ics: an event dated only to a month as one day on the 1st, marked "during <month>" (day, the default) or as a month-long span (span)', parse.monthEvents)
    .addOption(localeOption())
    .addOption(noColorOption())
    .addOption(allowErrorsOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { arshjul } = await import('./commands/arshjul.js');
      setCode(
        await arshjul(
          {
            ...documentOptions(dir, opts),
            calendar: opts.calendar as string | undefined,
            year: opts.year as number | undefined,
            from: opts.from as number | undefined,
            to: opts.to as number | undefined,
            format: opts.format as 'svg' | 'html' | 'ics' | 'md' | undefined,
            startMonth: opts.startMonth as number | undefined,
            monthEvents: opts.monthEvents as 'day' | 'span' | undefined,
            locale: opts.locale as Locale | undefined,
          },
          io,
        ),
      );
    });

  p.command('report')
    .description('render a document from a Handlebars template (built in: handlingsprogram, tertialrapport, arsberetning, gevinstplan)')
    .argument('<template>', 'template name (looked up in templates/ of the repository, then built in) or path to a .hbs file')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--plan <id>', 'the plan to report on (default: the only plan of the template\'s type)')
    .option('--report <id>', 'the StatusReport of tertialrapport and arsberetning (default: the latest of its type)')
    .addOption(formatOption('report', locale))
    .addOption(outOption())
    .addOption(forceOption())
    .addOption(localeOption())
    .option('--reference-docx <file>', 'docx: take the styles of this Word document (fonts, colours, heading styles)')
    .addOption(noColorOption())
    .addOption(allowErrorsOption())
    .action(async (template: string, dir: string | undefined, opts: Record<string, unknown>) => {
      const { report } = await import('./commands/report.js');
      setCode(
        await report(
          {
            template,
            ...documentOptions(dir, opts),
            plan: opts.plan as string | undefined,
            report: opts.report as string | undefined,
            format: opts.format as 'md' | 'html' | 'docx' | 'pdf' | undefined,
            referenceDocx: opts.referenceDocx as string | undefined,
            color: opts.color as boolean,
          },
          io,
        ),
      );
    });

  p.command('site')
    .description('the plan as a static website: front page, a page per focus area and goal, search, open data')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--plan <id>', 'the plan (default: the only handlingsprogram)')
    .option('-o, --out <dir>', 'the folder to write the site to')
    .option('--force', 'write into a folder that is not empty')
    .addOption(localeOption())
    .addOption(allowErrorsOption())
    .addOption(noColorOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { site } = await import('./commands/site.js');
      setCode(await site({ ...documentOptions(dir, opts), plan: opts.plan as string | undefined }, io));
    });

  p.command('matrix')
    .description('the materiality matrix: significance × influence, prioritised targets highlighted')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--assessment <id>', 'the MaterialityAssessment (default: the only one)')
    .addOption(formatOption('matrix', locale))
    .addOption(outOption())
    .addOption(forceOption())
    .addOption(localeOption())
    .addOption(noColorOption())
    .addOption(allowErrorsOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { matrix } = await import('./commands/matrix.js');
      setCode(
        await matrix(
          {
            ...documentOptions(dir, opts),
            assessment: opts.assessment as string | undefined,
            format: opts.format as 'svg' | 'md' | undefined,
          },
          io,
        ),
      );
    });

  p.command('trace')
    .description('the golden thread SDG target → goal → indicator / measure / benefit, with its gaps')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--plan <id>', 'follow one plan only (default: the whole repository)')
    .addOption(formatOption('trace', locale))
    .addOption(outOption())
    .addOption(forceOption())
    .addOption(localeOption())
    .addOption(noColorOption())
    .addOption(allowErrorsOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { trace } = await import('./commands/trace.js');
      setCode(
        await trace(
          {
            ...documentOptions(dir, opts),
            plan: opts.plan as string | undefined,
            format: opts.format as 'md' | 'json' | undefined,
          },
          io,
        ),
      );
    });

  p.command('budget')
    .description('the økonomiplan of a handlingsprogram: the statutory tables of drift and investering, frames per unit and financial targets')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--plan <id>', 'the handlingsprogram whose Budget to show (default: the only Budget)')
    .addOption(formatOption('budget', locale))
    .addOption(outOption())
    .addOption(forceOption())
    .addOption(localeOption())
    .addOption(noColorOption())
    .addOption(allowErrorsOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { budget } = await import('./commands/budget.js');
      setCode(await budget({ ...documentOptions(dir, opts), plan: opts.plan as string | undefined, format: opts.format as 'text' | 'md' | 'json' | 'csv' | undefined }, io));
    });

  p.command('status')
    .description('the indicator scorecard for a year: interactive in a terminal, a table otherwise')
    .addArgument(dirArgument())
    .addOption(rootOption())
    .option('--year <yyyy>', 'the year to measure (default: the latest year with data)', parse.yearOf('--year'))
    .option('--plan <id>', 'one plan (default: every plan with goals)')
    .addOption(formatOption('status', locale, words(locale).cliMore.format.statusWhat, words(locale).cliMore.format.statusOtherwise))
    .addOption(outOption())
    .addOption(forceOption())
    .option('--as-of <date>', 'the day benefit deadlines are measured against (default: today)', parse.date)
    .addOption(noColorOption())
    .addOption(allowErrorsOption())
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { status } = await import('./commands/status.js');
      setCode(
        await status(
          {
            dir: (opts.root as string | undefined) ?? dir,
            year: opts.year as number | undefined,
            plan: opts.plan as string | undefined,
            format: opts.format as 'text' | 'md' | 'json' | undefined,
            out: opts.out as string | undefined,
            force: opts.force === true,
            asOf: opts.asOf as string | undefined,
            color: opts.color as boolean,
            allowErrors: opts.allowErrors === true,
          },
          io,
        ),
      );
    });

  p.command('import')
    .description('bring figures into the repository from outside')
    .command('ssb')
    .description('indicator actuals from Statistics Norway: JSON-stat files (1.x or 2.0) or tables fetched from PxWebApi v2')
    .argument('[sources...]', 'JSON-stat files, five-digit table ids to fetch, and the repository folder (default: every table the indicators name)')
    .addOption(rootOption())
    .option('--dry-run', 'show what would change and write nothing')
    .option('--indicator <id>', 'import only this indicator; repeatable', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--api <url>', 'the PxWebApi v2 address (default: https://data.ssb.no/api/pxwebapi/v2)')
    .option('--table <id>', 'the SSB table of a file whose dataset does not name it', parse.ssbTable)
    .addOption(new Option('--status <status>', 'mark every imported value (default: what the dataset says)').choices(['preliminary', 'final']))
    .addOption(localeOption())
    .addOption(noColorOption())
    .action(async (sources: string[], opts: Record<string, unknown>) => {
      const { importSsbCommand } = await import('./commands/import.js');
      setCode(
        await importSsbCommand(
          {
            sources,
            dir: opts.root as string | undefined,
            dryRun: opts.dryRun === true,
            indicators: opts.indicator as string[] | undefined,
            api: opts.api as string | undefined,
            table: opts.table as string | undefined,
            status: opts.status as 'preliminary' | 'final' | undefined,
            locale: opts.locale as Locale | undefined,
          },
          io,
        ),
      );
    });

  addExamples(p, locale);
  localizeHelp(p, locale);
  return p;
}

/** The program as `plan` builds it, in `locale`, for tests that walk every command's --help. */
export function cliProgram(io: Io, locale: Locale): Command {
  return program(io, () => undefined, locale);
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code:
 * 0 fine, 1 problems found, 2 the command could not run. Never throws.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  // `plan` alone: the help, on stderr, and exit 2 (it did nothing).
  const locale = helpLocale(argv, io.env);
  if (argv.length === 0) {
    const p = program(io, () => undefined, locale);
    io.stderr.write(p.helpInformation());
    io.stderr.write(`\n${words(locale).cli.titles['Examples:']}\n${EXAMPLES.plan!.map((e) => `  $ ${e}`).join('\n')}\n`);
    return EXIT.usage;
  }
  try {
    await program(io, (c) => (code = c), locale).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Messages may quote the repository (ids, paths, git's words): escaped, on one line.
    if (error instanceof RootError || error instanceof UsageError) {
      io.stderr.write(`plan: ${printable(error.message)}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan: ${words(locale).cliMore.commander.internal(printable(message))}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${printableLines(error.stack)}\n`);
    return EXIT.usage;
  }
}
