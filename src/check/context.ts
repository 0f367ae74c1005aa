import type { SdgCatalog } from '../catalog/catalog.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import { diagnosticAt } from '../load/parse-file.js';
import type { Target } from '../load/source-file.js';
import type { Entry, Repository } from '../model/repository.js';
import type { Locale } from '../i18n/locale.js';
import { today as todayOf } from '../i18n/today.js';
import { words, type Catalogue } from '../i18n/words.js';

/** What every check gets: the repository, the catalog and a way to report. */
export interface CheckContext {
  repo: Repository;
  catalog: SdgCatalog;
  /** The run's language: rule messages and hints read `words(locale).ruleText`. */
  locale: Locale;
  /** The run's date (YYYY-MM-DD, SOURCE_DATE_EPOCH honoured by the caller): what report-overdue compares with. */
  today: string;
  /** Reports a problem at a node of a document. */
  report(entry: Entry, path: readonly (string | number)[], target: Target, problem: Problem): void;
}

export interface Problem {
  rule: RuleId;
  message: string;
  hint?: string;
  /** Defaults to the rule's severity from the catalogue and the workspace. */
  severity?: Severity;
}

/** Makes a context that collects diagnostics into `out`, with severities from `severityOf`. */
export function makeContext(
  repo: Repository,
  catalog: SdgCatalog,
  severityOf: (rule: RuleId) => Severity | 'off',
  out: Diagnostic[],
  locale: Locale = 'nb',
  today: string = todayOf(),
): CheckContext {
  return {
    repo,
    catalog,
    locale,
    today,
    report(entry, path, target, problem) {
      const severity = problem.severity ?? severityOf(problem.rule);
      if (severity === 'off') return;
      out.push(diagnosticAt(entry.doc, path, target, { rule: problem.rule, severity, message: problem.message, hint: problem.hint }));
    },
  };
}

/** The words of a rule (or of a stage's rules) in the run's language. */
export function ruleText(ctx: { locale: Locale }): Catalogue['ruleText'] {
  return words(ctx.locale).ruleText;
}
