import { resolve } from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import { FORMATTERS } from '../formatters/index.js';
import { EXIT, useColor, type Io } from '../io.js';
import { sourceLines } from '../load/source-lines.js';
import { loadRepository } from '../workspace/load-repository.js';

export interface ValidateOptions {
  dir?: string;
  format: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  maxFileSize?: number;
}

/** `plan validate`: every check; prints the report and returns the exit code. */
export async function validate(options: ValidateOptions, io: Io): Promise<number> {
  const loaded = loadRepository(resolve(io.cwd, options.dir ?? '.'), { maxFileSize: options.maxFileSize });
  const result = checkRepository(loaded);
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const lineText = sourceLines(loaded.catalogFile ? [...loaded.files, loaded.catalogFile] : loaded.files);
  const formatter = FORMATTERS[options.format]!;
  io.stdout.write(formatter({ diagnostics: shown, summary: result.summary, lineText }, { color: useColor(io, io.stdout, options.color) }));
  if (result.summary.errors > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && result.summary.warnings > options.maxWarnings) {
    io.stderr.write(`plan: ${result.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

