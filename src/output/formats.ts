import { extname } from 'node:path';
import { UsageError } from '../io.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/**
 * The one registry of output formats: every format planverk knows, with the file
 * extensions that name it, and which formats each command writes and its default.
 * cli.ts builds each `--format` (choices and help) from it, `chooseFormat` reads
 * `--out` against it, and test/output/formats.test.ts runs every listed format of
 * every command, so the list cannot claim what a command does not render.
 * Data only: `plan --help` loads no renderer.
 */
export const FORMATS = {
  stylish: { extensions: ['.txt'] },
  text: { extensions: ['.txt'] },
  md: { extensions: ['.md', '.markdown'] },
  html: { extensions: ['.html', '.htm'] },
  svg: { extensions: ['.svg'] },
  ics: { extensions: ['.ics'] },
  json: { extensions: ['.json'] },
  csv: { extensions: ['.csv'] },
  sarif: { extensions: ['.sarif'] },
  junit: { extensions: ['.xml'] },
  github: { extensions: [] },
  pdf: { extensions: ['.pdf'] },
  docx: { extensions: ['.docx'] },
} as const satisfies Record<string, { extensions: readonly string[] }>;

export type FormatName = keyof typeof FORMATS;

/** What a command writes: its formats (in the order `--help` lists them) and the one it writes without `--format` or `--out`. */
interface CommandFormats {
  formats: readonly FormatName[];
  default: FormatName;
}

export const COMMAND_FORMATS = {
  validate: { formats: ['stylish', 'json', 'github', 'sarif', 'junit'], default: 'stylish' },
  report: { formats: ['md', 'html', 'docx', 'pdf'], default: 'md' },
  matrix: { formats: ['svg', 'md'], default: 'svg' },
  trace: { formats: ['md', 'json'], default: 'md' },
  arshjul: { formats: ['svg', 'html', 'ics', 'md'], default: 'md' },
  budget: { formats: ['text', 'md', 'json', 'csv'], default: 'text' },
  status: { formats: ['text', 'md', 'json'], default: 'text' },
  diff: { formats: ['text', 'md', 'json'], default: 'text' },
} as const satisfies Record<string, CommandFormats>;

export type CommandName = keyof typeof COMMAND_FORMATS;

/** The formats of one command, as a type: a renderer table `Record<FormatOf<'matrix'>, …>` must cover exactly them. */
export type FormatOf<C extends CommandName> = (typeof COMMAND_FORMATS)[C]['formats'][number];

/** The format names of a command, for `--format` choices. */
export function formatsOf<C extends CommandName>(command: C): readonly FormatOf<C>[] {
  return COMMAND_FORMATS[command].formats;
}

/** The help of a command's `--format`: its choices, and how the default is found, in `locale` (en by default). */
export function formatHelp(command: CommandName, prefix?: string, otherwise?: string, locale: Locale = 'en'): string {
  const { formats, default: fallback } = COMMAND_FORMATS[command];
  const w = words(locale).cliMore.format;
  return w.help(prefix ?? w.output, formats.join(', '), otherwise ?? fallback);
}

/** The extensions `--out` takes for a command, for messages: `.svg, .md`. */
export function extensionsOf(command: CommandName): string[] {
  return COMMAND_FORMATS[command].formats.flatMap((f) => FORMATS[f].extensions);
}

/** The lower-case extension of a file name (`.html`), or undefined when it has none. */
function extensionOf(file: string): string | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '' || ext === '.' ? undefined : ext;
}

/** Every format of any command that an extension names. */
function formatsNamedBy(ext: string): FormatName[] {
  return (Object.keys(FORMATS) as FormatName[]).filter((f) => (FORMATS[f].extensions as readonly string[]).includes(ext));
}

/**
 * The format a command writes: `--format` if given, else the one the `--out`
 * extension names, else the command's default. A UsageError (exit 2) when
 * `--format` and the extension disagree (`--format md --out x.html`), when the
 * command cannot write what the extension names (`matrix --out x.ics`), or when the
 * extension names no format and there is no `--format` to say what to write.
 * A file without an extension takes `--format` or the default.
 */
export function chooseFormat<C extends CommandName>(command: C, flags: { format?: string; out?: string }, locale: Locale = 'en'): FormatOf<C> {
  const { formats, default: fallback } = COMMAND_FORMATS[command] as CommandFormats;
  const w = words(locale).cliMore.formats;
  const { format, out } = flags;
  if (format !== undefined && !formats.includes(format as FormatName)) {
    throw new UsageError(w.noFormat(command, format, formats.join(', ')));
  }
  const ext = out === undefined ? undefined : extensionOf(out);
  if (ext === undefined) return (format ?? fallback) as FormatOf<C>;
  const named = formatsNamedBy(ext);
  const own = named.find((f) => formats.includes(f));
  if (format !== undefined) {
    if (named.length === 0 || named.includes(format as FormatName)) return format as FormatOf<C>;
    throw new UsageError(w.contradicts(format, out!, named.join(w.or), FORMATS[format as FormatName].extensions[0] ?? w.another));
  }
  if (own !== undefined) return own as FormatOf<C>;
  const takes = extensionsOf(command).join(', ');
  if (named.length > 0) throw new UsageError(w.cannotWrite(command, named.join(w.or), out!, formats.join(', '), takes));
  throw new UsageError(w.cannotTell(command, out!, takes, formats.join(', ')));
}
