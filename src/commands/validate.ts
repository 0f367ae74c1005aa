import { resolve } from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import { FORMATTERS } from '../formatters/index.js';
import { EXIT, useColor, type Io } from '../io.js';
import { parseFiles } from '../load/parse-files.js';
import { SourceFile } from '../load/source-file.js';
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
  // PLANVERK_SLOW_PATH=1: parse everything with yaml and compile schemas at run time (same result, slower).
  const slowPath = io.env.PLANVERK_SLOW_PATH === '1';
  // PLANVERK_THREADS=1|2 overrides whether a large repository is parsed on a second thread.
  const threads = io.env.PLANVERK_THREADS === '1' ? 1 : io.env.PLANVERK_THREADS === '2' ? 2 : undefined;
  const parsed = await parseFiles(loaded.files, { slowPath, threads });
  const result = checkRepository({ ...loaded, slowPath, parsed });
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const texts = new Map(loaded.files.map((f) => [f.path, f.bytes]));
  const sources = new Map<string, SourceFile | undefined>();
  const lineText = (file: string, line: number): string => {
    if (!sources.has(file)) {
      const bytes = texts.get(file);
      sources.set(file, bytes ? new SourceFile(file, new TextDecoder().decode(bytes)) : undefined);
    }
    const source = sources.get(file);
    if (!source) return '';
    // Line starts are filled by parsing; a fresh SourceFile needs them counted.
    if (source.lineCounter.lineStarts.length === 0) countLines(source);
    return source.lineText(line);
  };
  const formatter = FORMATTERS[options.format]!;
  io.stdout.write(formatter({ diagnostics: shown, summary: result.summary, lineText }, { color: useColor(io, io.stdout, options.color) }));
  if (result.summary.errors > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && result.summary.warnings > options.maxWarnings) {
    io.stderr.write(`plan: ${result.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function countLines(source: SourceFile): void {
  source.lineCounter.addNewLine(0);
  for (let i = source.text.indexOf('\n'); i !== -1; i = source.text.indexOf('\n', i + 1)) source.lineCounter.addNewLine(i + 1);
}
