import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import type { Repository } from '../model/repository.js';
import { STATUS_FORMATTERS, type StatusFormat } from '../output/status/index.js';
import { UsageError, useColor, type Io } from '../io.js';
import { buildScorecard } from '../model/scorecard.js';
import { today } from '../i18n/today.js';
import { writeOutput } from '../write/output.js';
import { loadForRender, unknownChoice, chooseFormatOf } from './load-model.js';

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
  const format = options.format === undefined && options.out === undefined ? undefined : chooseFormatOf('status', options, io);
  const { repo, locale, exitCode } = loadForRender(io, { dir: options.dir, allowErrors: options.allowErrors, color: options.color });
  if (options.plan !== undefined && !repo.get(options.plan, 'Plan')) throw new UsageError(unknownChoice(options.plan, repo.ofKind('Plan').map((p) => p.id), 'plan', locale));
  if (options.year !== undefined) warnFarYear(repo, options.year, locale, io);
  const card = buildScorecard(repo, { today: options.asOf ?? today(io.env), ...(options.year !== undefined && { year: options.year }), ...(options.plan !== undefined && { planId: options.plan }) });
  if (isInteractive({ format }, io)) {
    const { runStatusUi } = await import('../ui/run-status.js');
    await runStatusUi(card, locale, io);
  } else if (options.out !== undefined) {
    writeOutput(io, STATUS_FORMATTERS[format ?? 'text'](card, { locale, color: false }), options.out, options.force, '', locale);
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

/** How far (in years) outside the indicators' actuals and targets a --year may lie before it is likely a typo. */
const FAR_YEARS = 10;

/** Warns on stderr when --year lies far outside every year the indicators have data or targets for (2205 for 2025). */
function warnFarYear(repo: Repository, year: number, locale: Locale, io: Io): void {
  let first = Infinity;
  let last = -Infinity;
  for (const i of repo.ofKind('Indicator', true)) {
    for (const p of [...(i.data.actuals ?? []), ...(i.data.targets ?? []), ...(i.data.baseline ? [i.data.baseline] : [])]) {
      if (p.year < first) first = p.year;
      if (p.year > last) last = p.year;
    }
  }
  if (first === Infinity) return;
  if (year < first - FAR_YEARS || year > last + FAR_YEARS) io.stderr.write(`plan: ${words(locale).choose.yearFar(year, first, last)}\n`);
}
