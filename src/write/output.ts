import { resolve } from 'node:path';
import type { Rendered } from '../output/render.js';
import { printableDocument } from '../output/terminal.js';
import { UsageError, type Io } from '../io.js';
import { atomicWrite } from './atomic-write.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/**
 * Where a generated document goes: to `out` (relative to the working folder,
 * written atomically, never over an existing file without `force`, exactly as
 * rendered), else stdout, with control characters and bidirectional overrides from
 * the repository shown as escapes so they cannot steer the terminal.
 * A document of bytes (docx, pdf) goes to stdout only when stdout is not a
 * terminal (a pipe or a redirect), as it is: a terminal would show garbage.
 * `note` is added to the "wrote" line on stderr; the line and the refusals speak
 * `locale` (default en). `printable` is the stdout net for a text
 * (default `printableDocument`; `printableRendered` for a template's raw output).
 */
export function writeOutput(io: Io, content: Rendered, out: string | undefined, force: boolean | undefined, note = '', locale: Locale = 'en', printable: (text: string) => string = printableDocument): void {
  const w = words(locale).cliMore.write;
  if (!out) {
    if (typeof content === 'string') io.stdout.write(printable(content));
    else if (io.stdout.isTTY === true) throw new UsageError(w.binaryTerminal);
    else io.stdout.write(content);
    return;
  }
  atomicWrite(outputFilePath(io.cwd, out, locale), content, { force: force === true, locale });
  io.stderr.write(`plan: ${w.wrote(out)}${note}\n`);
}

/**
 * The absolute path of an output file the user named (`--out`, `--output-file`).
 * A name that can only be a folder's (`x.svg/`, `out\`, `out/.`) is a UsageError:
 * resolve() would drop the slash, and `x.svg/` would become a file `x.svg`.
 */
export function outputFilePath(cwd: string, name: string, locale: Locale = 'en'): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  if (last === '' || last === '.' || last === '..') throw new UsageError(words(locale).cliMore.write.namesFolder(name));
  return resolve(cwd, name);
}
