import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, UsageError, type Io } from './io.js';
import { RootError } from './workspace/find-root.js';
import { version } from './version.js';

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return Number(value);
}

function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 512kb or 1048576');
  const unit = (m[2] ?? '').toLowerCase()[0];
  return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}

/** Builds the commander program. Command modules load only when their command runs. */
function program(io: Io, setCode: (code: number) => void): Command {
  const p = new Command('plan')
    .description('A municipality\'s plan and governance system as plain YAML in git.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(`plan: ${s.replace(/^error: /, '')}`) })
    .showSuggestionAfterError(true);

  p.command('validate')
    .description('check the repository: YAML, schemas, ids, references, SDG ids and repository rules')
    .argument('[dir]', 'a folder inside the repository (default: the working folder)')
    .option('--root <dir>', 'the repository folder (same as [dir])')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)', byteSize)
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { validate } = await import('./commands/validate.js');
      setCode(
        await validate(
          {
            dir: (opts.root as string | undefined) ?? dir,
            format: opts.format as string,
            maxWarnings: opts.maxWarnings as number | undefined,
            quiet: opts.quiet === true,
            color: opts.color as boolean,
            maxFileSize: opts.maxFileSize as number | undefined,
          },
          io,
        ),
      );
    });
  p.command('diff')
    .description('what changed in the plan between two git refs, by document id (head: the working tree)')
    .argument('<base>', 'a git ref (branch, tag, SHA, HEAD~1), or a range: a..b, a...b (from the merge base)')
    .argument('[head]', 'a git ref to compare with (default: the working tree)')
    .option('--root <dir>', 'a folder inside the plan repository (default: the working folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
    .option('--exit-code', 'exit 1 when something changed, like git diff --exit-code')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)', byteSize)
    .action(async (base: string, head: string | undefined, opts: Record<string, unknown>) => {
      const { diff } = await import('./commands/diff.js');
      setCode(
        await diff(
          {
            base,
            head,
            dir: opts.root as string | undefined,
            format: opts.format as string,
            exitCode: opts.exitCode === true,
            color: opts.color as boolean,
            maxFileSize: opts.maxFileSize as number | undefined,
          },
          io,
        ),
      );
    });
  return p;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code:
 * 0 fine, 1 problems found, 2 the command could not run. Never throws.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof RootError || error instanceof UsageError) {
      io.stderr.write(`plan: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan: internal error: ${message}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}
