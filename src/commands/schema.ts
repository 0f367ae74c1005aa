import { resolve } from 'node:path';
import { EXIT, type Io } from '../io.js';
import { resolveLocale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { jsonText } from '../output/json.js';
import { COMBINED_SCHEMA, exportSchemas } from '../schemas/export-schemas.js';
import { writeFiles } from '../write/write-files.js';

export interface SchemaOptions {
  /** Folder to write every schema file to; without it, the combined schema goes to stdout. */
  out?: string;
  force?: boolean;
}

/** `plan schema`: the JSON Schemas for editors and other tools. */
export async function schema(options: SchemaOptions, io: Io): Promise<number> {
  const schemas = exportSchemas();
  if (options.out === undefined) {
    io.stdout.write(json(schemas.get(COMBINED_SCHEMA)));
    return EXIT.ok;
  }
  const dir = resolve(io.cwd, options.out);
  // No repository: the language of the environment (LANG …), else nb.
  const locale = resolveLocale({ env: io.env });
  const w = words(locale).cliMore.write;
  const files = [...schemas].map(([path, content]) => ({ path, content: json(content) }));
  const { conflicts } = writeFiles(dir, files, { force: options.force, locale });
  if (conflicts.length > 0) {
    io.stderr.write(`plan: ${w.schemasExist(dir)}\n${conflicts.map((c) => `  ${c}\n`).join('')}`);
    return EXIT.usage;
  }
  io.stderr.write(`${w.wroteSchemas(files.length, dir)}\n`);
  return EXIT.ok;
}

function json(value: unknown): string {
  return `${jsonText(value)}\n`;
}
