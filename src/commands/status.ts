import { closest, didYouMean } from '../diagnostics/suggest.js';
import { STATUS_FORMATTERS, type StatusFormat } from '../formatters/status/index.js';
import { UsageError, useColor, type Io } from '../io.js';
import { buildScorecard } from '../model/scorecard.js';
import { today } from '../i18n/today.js';
import { chooseFormat } from '../output/formats.js';
import { writeOutput } from '../write/output.js';
import { loadForRender } from './load-model.js';

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
  /** Exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/**
 * `plan status`: the scorecard of indicators and benefits for a year. Interactive
 * (ink, loaded only then) when stdin and stdout are terminals, CI is not set and no
 * --format is given; a table otherwise. Repository errors: error-policy.ts (the
 * scorecard is still shown, without the invalid documents).
 */
export async function status(options: StatusOptions, io: Io): Promise<number> {
  const format = options.format === undefined && options.out === undefined ? undefined : chooseFormat('status', options);
  const { repo, locale, exitCode } = loadForRender(io, { dir: options.dir, allowErrors: options.allowErrors, color: options.color });
  if (options.plan !== undefined && !repo.get(options.plan, 'Plan')) {
    const hint = didYouMean(closest(options.plan, repo.ofKind('Plan').map((p) => p.id)));
    throw new UsageError(`no plan with id "${options.plan}"${hint ? `; ${hint}` : ''}`);
  }
  const card = buildScorecard(repo, { today: options.asOf ?? today(io.env), ...(options.year !== undefined && { year: options.year }), ...(options.plan !== undefined && { planId: options.plan }) });
  if (isInteractive({ format }, io)) {
    const { runStatusUi } = await import('../ui/run-status.js');
    await runStatusUi(card, locale, io);
  } else if (options.out !== undefined) {
    writeOutput(io, STATUS_FORMATTERS[format ?? 'text'](card, { locale, color: false }), options.out, options.force);
  } else {
    // As the formatter returns it: its colour codes are its own, and it escapes repository text itself.
    io.stdout.write(STATUS_FORMATTERS[format ?? 'text'](card, { locale, color: useColor(io, io.stdout, options.color) }));
  }
  return exitCode;
}

/** Interactive only for a person at a terminal: no --format, both stdin and stdout terminals, and CI not set. */
export function isInteractive(options: Pick<StatusOptions, 'format'>, io: Io): boolean {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return options.format === undefined && io.stdout.isTTY === true && io.stdin?.isTTY === true && !inCi;
}
