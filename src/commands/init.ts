import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { answersFromFlags, askAnswers, type InitFlags } from '../init/answers.js';
import { repositoryFiles } from '../init/repository-files.js';
import { scaffoldDocuments } from '../init/scaffold.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { exportSchemas } from '../schemas/export-schemas.js';
import { version } from '../version.js';
import { writeFiles } from '../write/write-files.js';

export interface InitOptions extends InitFlags {
  dir?: string;
  /** Take defaults for anything the flags leave out, even in a terminal. */
  yes?: boolean;
  force?: boolean;
  /** The date that picks the default election year; tests pass one. */
  now?: Date;
}

/**
 * `plan init [dir]`: a new repository that validates clean: plan.yaml, one document
 * of each kind, the schemas, a CI workflow and editor settings. Never overwrites a
 * file: lists the ones in the way and returns exit 2, unless --force.
 */
export async function init(options: InitOptions, io: Io): Promise<number> {
  const dir = resolve(io.cwd, options.dir ?? '.');
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`${dir} is not a folder`);
  const now = options.now ?? new Date();
  const interactive = options.yes !== true && io.stdin?.isTTY === true;
  const answers = interactive ? await ask(options, now, io) : answersFromFlags(options, now);
  const files = [
    ...scaffoldDocuments(answers),
    ...[...exportSchemas()].map(([file, schema]) => ({ path: `schemas/${file}`, content: `${JSON.stringify(schema, null, 2)}\n` })),
    ...repositoryFiles(version()),
  ];
  const { conflicts } = writeFiles(dir, files, { force: options.force });
  if (conflicts.length > 0) {
    io.stderr.write(`plan: ${conflicts.length} of the files to create already exist in ${dir}; nothing was written (use --force to overwrite them):\n`);
    io.stderr.write(conflicts.map((c) => `  ${c}\n`).join(''));
    return EXIT.usage;
  }
  io.stderr.write(`created a plan repository for ${answers.name} in ${dir}:\n${files.map((f) => `  ${f.path}\n`).join('')}`);
  io.stderr.write(`next: plan validate ${options.dir ?? '.'}\n`);
  return EXIT.ok;
}

async function ask(options: InitOptions, now: Date, io: Io) {
  const rl = createInterface({ input: io.stdin!, output: io.stderr as NodeJS.WritableStream, terminal: true });
  try {
    return await askAnswers(options, now, (q) => rl.question(q));
  } finally {
    rl.close();
  }
}
