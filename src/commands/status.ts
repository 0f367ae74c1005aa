import { resolve } from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import { closest } from '../diagnostics/suggest.js';
import { STATUS_FORMATTERS, type StatusFormat } from '../formatters/status/index.js';
import { EXIT, UsageError, useColor, type Io } from '../io.js';
import { buildScorecard } from '../model/scorecard.js';
import { resolveLocale } from '../i18n/locale.js';
import { today } from '../i18n/today.js';
import { words } from '../i18n/words.js';
import { chooseFormat } from '../output/formats.js';
import { loadRepository } from '../workspace/load-repository.js';
import { writeOutput } from '../write/output.js';

export interface StatusOptions {
  dir?: string;
  year?: number;
  plan?: string;
  /** No format: interactive in a terminal, `text` otherwise. */
  format?: StatusFormat;
  /** YYYY-MM-DD that benefit deadlines are measured against; default today. */
  asOf?: string;
  color?: boolean;
  /** Write the table to this file instead of stdout (never over an existing one without `force`); never interactive. */
  out?: string;
  force?: boolean;
}

/**
 * `plan status`: the scorecard of indicators and benefits for a year. Interactive
 * (ink, loaded only then) when stdin and stdout are terminals, CI is not set and no
 * --format is given; a table otherwise. Exit 1 when the repository has errors (the
 * scorecard is still shown, without the invalid documents).
 */
export async function status(options: StatusOptions, io: Io): Promise<number> {
  const format = options.format === undefined && options.out === undefined ? undefined : chooseFormat('status', options);
  const loaded = loadRepository(resolve(io.cwd, options.dir ?? '.'));
  const { repo, summary } = checkRepository(loaded);
  if (options.plan !== undefined && !repo.get(options.plan, 'Plan')) {
    const hint = closest(options.plan, repo.ofKind('Plan').map((p) => p.id));
    throw new UsageError(`no plan with id "${options.plan}"${hint.length > 0 ? `; did you mean ${hint.map((h) => `"${h}"`).join(' or ')}?` : ''}`);
  }
  const card = buildScorecard(repo, { today: options.asOf ?? today(io.env), ...(options.year !== undefined && { year: options.year }), ...(options.plan !== undefined && { planId: options.plan }) });
  const locale = resolveLocale({ workspace: repo.workspace?.data.locale, hasWorkspace: true });
  if (summary.errors > 0) io.stderr.write(`plan: ${words(locale).run.statusWithErrors(summary.errors)}\n`);
  if (isInteractive({ format }, io)) {
    const { runStatusUi } = await import('../ui/run-status.js');
    await runStatusUi(card, locale, io);
  } else if (options.out !== undefined) {
    writeOutput(io, STATUS_FORMATTERS[format ?? 'text'](card, { locale, color: false }), options.out, options.force);
  } else {
    // As the formatter returns it: its colour codes are its own, and it escapes repository text itself.
    io.stdout.write(STATUS_FORMATTERS[format ?? 'text'](card, { locale, color: useColor(io, io.stdout, options.color) }));
  }
  return summary.errors > 0 ? EXIT.problems : EXIT.ok;
}

/** Interactive only for a person at a terminal: no --format, both stdin and stdout terminals, and CI not set. */
export function isInteractive(options: Pick<StatusOptions, 'format'>, io: Io): boolean {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return options.format === undefined && io.stdout.isTTY === true && io.stdin?.isTTY === true && !inCi;
}
