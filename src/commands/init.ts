import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { answersFromFlags, askAnswers, type InitFlags } from '../init/answers.js';
import { existingWorkspace } from '../init/existing-workspace.js';
import { ownSource } from '../init/planverk-source.js';
import { repositoryFiles } from '../init/repository-files.js';
import { scaffoldDocuments } from '../init/scaffold.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { isLocale, resolveLocale } from '../i18n/locale.js';
import { words, type Catalogue } from '../i18n/words.js';
import { exportSchemas } from '../schemas/export-schemas.js';
import { writeFiles } from '../write/write-files.js';

export interface InitOptions extends InitFlags {
  dir?: string;
  /** Take defaults for anything the flags leave out, even in a terminal. */
  yes?: boolean;
  force?: boolean;
  /** Say what would be written, and write nothing. */
  dryRun?: boolean;
  /** The date that picks the default election year; tests pass one. */
  now?: Date;
}

/**
 * `plan init [dir]`: a new repository that validates clean: plan.yaml, one document
 * of each kind, the schemas, the CI workflows and editor settings. Never overwrites a
 * file: lists the ones in the way and returns exit 2, unless --force. Refuses (exit 2)
 * inside an existing repository, which a second plan.yaml would split; `--dry-run`
 * prints what it would do and the exit code it would end with, and writes nothing.
 */
export async function init(options: InitOptions, io: Io): Promise<number> {
  const dir = resolve(io.cwd, options.dir ?? '.');
  // Before the answers: the language asked for (--locale, else LANG), else nb.
  const asked = words(resolveLocale({ flag: isLocale(options.locale) ? options.locale : undefined, env: io.env })).cliMore.init;
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(asked.notFolder(dir));
  const workspace = existingWorkspace(dir);
  if (workspace !== undefined && dirname(workspace) !== dir) {
    io.stderr.write(`plan: ${asked.inside(dir, dirname(workspace), workspace)}\n`);
    return EXIT.usage;
  }
  const now = options.now ?? new Date();
  const interactive = options.yes !== true && options.dryRun !== true && io.stdin?.isTTY === true;
  const answers = interactive ? await ask(options, now, io) : answersFromFlags(options, now, io.env);
  const files = [
    ...scaffoldDocuments(answers),
    ...[...exportSchemas()].map(([file, schema]) => ({ path: `schemas/${file}`, content: `${JSON.stringify(schema, null, 2)}\n` })),
    ...repositoryFiles(ownSource()),
  ];
  const w = words(answers.locale).cliMore.init;
  if (options.dryRun) return dryRun(dir, files.map((f) => f.path), options.force === true, workspace !== undefined, io, w);
  const { conflicts } = writeFiles(dir, files, { force: options.force, locale: answers.locale });
  if (conflicts.length > 0) {
    const what = workspace ? w.conflictsInRepository(dir, conflicts.length) : w.conflicts(dir, conflicts.length);
    io.stderr.write(`plan: ${w.nothingWritten(what)}\n`);
    io.stderr.write(conflicts.map((c) => `  ${c}\n`).join(''));
    return EXIT.usage;
  }
  io.stderr.write(`${w.created(answers.name, dir)}\n${files.map((f) => `  ${f.path}\n`).join('')}`);
  io.stderr.write(`${w.next(options.dir ?? '.')}\n`);
  return EXIT.ok;
}

/** What `plan init` would do: every file, marked create or overwrite, and whether it would refuse. */
function dryRun(dir: string, paths: string[], force: boolean, hasWorkspace: boolean, io: Io, w: Catalogue['cliMore']['init']): number {
  const existing = paths.filter((p) => existsSync(join(dir, p)));
  const refuse = existing.length > 0 && !force;
  const width = Math.max(...Object.values(w.marks).map((m) => m.length));
  const lines = paths.map((p) => `  ${(existing.includes(p) ? (force ? w.marks.overwrite : w.marks.exists) : w.marks.create).padEnd(width)}  ${p}\n`);
  const head = refuse ? w.wouldRefuse(dir, hasWorkspace, existing.length) : w.wouldWrite(paths.length, dir, existing.length);
  io.stdout.write(`${head}:\n${lines.join('')}`);
  return refuse ? EXIT.usage : EXIT.ok;
}

async function ask(options: InitOptions, now: Date, io: Io) {
  const rl = createInterface({ input: io.stdin!, output: io.stderr as NodeJS.WritableStream, terminal: true });
  try {
    return await askAnswers(options, now, (q) => rl.question(q), io.env);
  } finally {
    rl.close();
  }
}
