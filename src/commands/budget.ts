import { BUDGET_FORMATTERS, type BudgetFormat } from '../output/budget/index.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { okonomiplanOf } from '../model/okonomiplan/resolve.js';
import type { Entry, Repository } from '../model/repository.js';
import { writeOutput } from '../write/output.js';
import { loadForRender, pickId, chooseFormatOf } from './load-model.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

export interface BudgetOptions {
  dir?: string;
  /** The Plan (handlingsprogram) whose Budget to show; default: the only Budget. */
  plan?: string;
  /** Default: from the --out extension (.md, .json, .csv), else text. */
  format?: BudgetFormat;
  out?: string;
  force?: boolean;
  locale?: string;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/**
 * `plan budget`: the økonomiplan's statutory tables for a plan. A repository with errors
 * gets the count on stderr and exit 1; the tables are still printed when the Budget
 * itself is valid, since they show where a year is out of balance.
 */
export async function budget(options: BudgetOptions, io: Io): Promise<number> {
  const format = chooseFormatOf('budget', options, io);
  const { repo, locale, exitCode } = loadForRender(io, options);
  const entry = pickBudget(repo, options.plan, locale);
  if (!entry.valid) {
    io.stderr.write(`plan: ${words(locale).cliMore.render.budgetHasErrors(entry.id)}\n`);
    return EXIT.problems;
  }
  writeOutput(io, BUDGET_FORMATTERS[format](okonomiplanOf(repo, entry), { locale, color: false }), options.out, options.force, '', locale);
  return exitCode;
}

/** The Budget of `--plan`, else the only Budget; valid ones are preferred, an invalid one is returned so it can be named. */
function pickBudget(repo: Repository, plan: string | undefined, locale: Locale): Entry<'Budget'> {
  const all = repo.ofKind('Budget');
  const byPlan = new Map<string, Entry<'Budget'>>();
  for (const b of all) {
    const id = typeof b.data.plan === 'string' ? b.data.plan : undefined;
    if (id !== undefined && (!byPlan.has(id) || (b.valid && !byPlan.get(id)!.valid))) byPlan.set(id, b);
  }
  if (all.length === 0) throw new UsageError(words(locale).cli.usage.noBudget);
  if (plan === undefined && all.length === 1) return all[0]!;
  const id = pickId(plan, [...byPlan.keys()], 'budgetPlan', '--plan', locale);
  return byPlan.get(id)!;
}
