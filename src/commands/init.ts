import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { answersFromFlags, askAnswers, type InitFlags } from '../init/answers.js';
import { existingWorkspace } from '../init/existing-workspace.js';
import { ownSource } from '../init/planverk-source.js';
import { repositoryFiles } from '../init/repository-files.js';
import { scaffoldDocuments } from '../init/scaffold.js';
import { EXIT, UsageError, type Io } from '../io.js';
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
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`${dir} is not a folder`);
  const workspace = existingWorkspace(dir);
  if (workspace !== undefined && dirname(workspace) !== dir) {
    io.stderr.write(
      `plan: ${dir} is inside the plan repository ${dirname(workspace)} (${workspace}); nothing was written. ` +
        'A plan.yaml here would start a second repository whose documents repeat its ids. ' +
        `Add documents to that repository, or run plan init in a folder outside it.\n`,
    );
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
  if (options.dryRun) return dryRun(dir, files.map((f) => f.path), options.force === true, workspace !== undefined, io);
  const { conflicts } = writeFiles(dir, files, { force: options.force });
  if (conflicts.length > 0) {
    const what = workspace ? `${dir} already holds a plan repository (plan.yaml), and ${conflicts.length} of the files to create exist` : `${conflicts.length} of the files to create already exist in ${dir}`;
    io.stderr.write(`plan: ${what}; nothing was written (use --force to overwrite them):\n`);
    io.stderr.write(conflicts.map((c) => `  ${c}\n`).join(''));
    return EXIT.usage;
  }
  io.stderr.write(`created a plan repository for ${answers.name} in ${dir}:\n${files.map((f) => `  ${f.path}\n`).join('')}`);
  io.stderr.write(`next: plan validate ${options.dir ?? '.'}, then commit and push: .github/workflows/ checks every pull request and comments what it changes\n`);
  return EXIT.ok;
}

/** What `plan init` would do: every file, marked create or overwrite, and whether it would refuse. */
function dryRun(dir: string, paths: string[], force: boolean, hasWorkspace: boolean, io: Io): number {
  const existing = paths.filter((p) => existsSync(join(dir, p)));
  const refuse = existing.length > 0 && !force;
  const lines = paths.map((p) => `  ${existing.includes(p) ? (force ? 'overwrite' : 'exists   ') : 'create   '}  ${p}\n`);
  const head = refuse
    ? `plan init would write nothing in ${dir}: ${hasWorkspace ? 'it already holds a plan repository (plan.yaml), and ' : ''}${existing.length} of its files exist (--force overwrites them)`
    : `plan init would write ${paths.length} files in ${dir}${existing.length > 0 ? `, overwriting ${existing.length}` : ''}`;
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
