import { resolve } from 'node:path';
import { checkSides } from '../diff/check-sides.js';
import { readDiffSources, type DiffSource } from '../diff/git-source.js';
import { semanticDiff, type DiffSide } from '../diff/semantic-diff.js';
import type { DiffSnapshot } from '../diff/snapshot.js';
import { DIFF_FORMATTERS } from '../output/diff/index.js';
import { EXIT, useColor, type Io } from '../io.js';
import { chooseFormatOf, usageLocale } from './load-model.js';
import { writeOutput } from '../write/output.js';

export interface DiffOptions {
  base: string;
  head?: string;
  dir?: string;
  /** Default: from the --out extension, else text. */
  format?: string;
  /** Write the report to this file instead of stdout (never over an existing one without `force`). */
  out?: string;
  force?: boolean;
  exitCode?: boolean;
  color?: boolean;
  maxFileSize?: number;
}

/**
 * `plan diff <base> [head]`: reads both sides from git, checks each (a side
 * with errors is still compared, and the report says so), compares them by
 * document id and prints the chosen format. Exit 0, or 1 with --exit-code when
 * something changed.
 */
export async function diff(options: DiffOptions, io: Io): Promise<number> {
  const format = chooseFormatOf('diff', options, io);
  // io.env is the whole environment when run from bin/plan.js; tests give a few variables over the real one.
  const env = { ...process.env, ...io.env };
  const sources = readDiffSources(resolve(io.cwd, options.dir ?? '.'), options.base, options.head, { maxFileSize: options.maxFileSize, env, usageLocale: () => usageLocale(io, options) });
  const [base, head] = checkSides(sources.base.input, sources.head.input, sources.locale);
  const result = semanticDiff(side(sources.base, base), side(sources.head, head));
  // Stdout as the formatter returns it: its colour codes are its own and it escapes repository text itself
  // (writeOutput's stdout net would show the colour codes as escapes). A file never gets colour.
  const text = DIFF_FORMATTERS[format](result, { locale: result.locale, color: options.out === undefined && useColor(io, io.stdout, options.color) });
  if (options.out === undefined) io.stdout.write(text);
  else writeOutput(io, text, options.out, options.force, '', result.locale);
  return options.exitCode && result.changed ? EXIT.problems : EXIT.ok;
}

function side(source: DiffSource, snapshot: DiffSnapshot | undefined): DiffSide {
  const s: DiffSide = { label: source.label };
  if (source.commit) s.commit = source.commit;
  if (snapshot) s.snapshot = snapshot;
  return s;
}
