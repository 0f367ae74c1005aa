import type { Severity } from './diagnostic.js';

/** A rule of the catalogue: what it checks and how bad it is by default. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** Repository rules can be set to error, warning or off in `Workspace.rules`. */
  configurable: boolean;
  /** One line: what the rule finds. docs/rules.md has the long form with examples. */
  summary: string;
}

const r = (id: string, severity: Severity, configurable: boolean, summary: string): RuleInfo => ({ id, severity, configurable, summary });

/** Every rule planverk reports, in the order the checks run; the template rules of `plan report` last. */
export const RULES: readonly RuleInfo[] = [
  r('file/read', 'error', false, 'A file could not be read.'),
  r('file/too-large', 'error', false, 'A file is larger than the size limit.'),
  r('file/binary', 'error', false, 'A .yaml file holds binary data.'),
  r('file/encoding', 'error', false, 'A file is not valid UTF-8 (or UTF-16 with a byte order mark).'),
  r('file/symlink', 'warning', false, 'A symbolic link was not followed: it loops, is broken or leaves the repository.'),
  r('yaml/syntax', 'error', false, 'The YAML cannot be parsed.'),
  r('yaml/duplicate-key', 'error', false, 'A mapping has the same key twice.'),
  r('yaml/alias-limit', 'error', false, 'A document uses too many aliases (an alias bomb), or an alias inside the node it names.'),
  r('yaml/too-deep', 'error', false, 'A document is nested too deeply to process.'),
  r('yaml/empty', 'warning', false, 'A file holds no YAML documents.'),
  r('schema/kind', 'error', false, 'A document has an unknown kind, or a kind in the wrong place.'),
  r('schema/required', 'error', false, 'A required key is missing.'),
  r('schema/additional-properties', 'error', false, 'An unknown key (keys starting with x- are allowed).'),
  r('schema/type', 'error', false, 'A value has the wrong type.'),
  r('schema/enum', 'error', false, 'A value is not one of the allowed values.'),
  r('schema/const', 'error', false, 'A value must be exactly a given value.'),
  r('schema/pattern', 'error', false, 'A value does not have the required form (ids, municipality numbers, currency codes).'),
  r('schema/format', 'error', false, 'A date or URL is not well-formed.'),
  r('schema/minimum', 'error', false, 'A number is below its minimum.'),
  r('schema/maximum', 'error', false, 'A number is above its maximum.'),
  r('schema/exclusive-minimum', 'error', false, 'A number must be above a limit.'),
  r('schema/min-items', 'error', false, 'A list has too few items.'),
  r('schema/max-items', 'error', false, 'A list has too many items (exclude globs in plan.yaml).'),
  r('schema/max-length', 'error', false, 'A text is longer than its limit (an exclude glob in plan.yaml).'),
  r('config/unknown-rule', 'error', false, 'Workspace.rules names a rule that does not exist or cannot be configured.'),
  r('config/catalog', 'error', false, 'Workspace.catalog names a file that cannot be read.'),
  r('id/duplicate', 'error', false, 'Two documents, or two items of one document, share an id.'),
  r('ref/unknown-id', 'error', false, 'A reference names an id that does not exist (documents, focus areas, units, budget frames).'),
  r('ref/wrong-kind', 'error', false, 'A reference names a document of the wrong kind.'),
  r('ref/cycle', 'error', false, 'Goal or Plan parents form a cycle.'),
  r('ref/plan-type', 'error', false, "A Measure's or a Budget's plan is not a handlingsprogram."),
  r('sdg/unknown-target', 'error', false, 'An SDG target id that the catalog does not have.'),
  r('sdg/unknown-indicator', 'error', false, 'An SDG indicator id that the catalog does not have.'),
  r('sdg/numeric-id', 'error', false, 'An SDG id written without quotes, which YAML reads as a number.'),
  r('priority-target-uncovered', 'warning', true, "A prioritised target of the plan's materiality assessment is covered by no goal."),
  r('goal-without-indicator', 'warning', true, 'A goal has no indicator.'),
  r('unused-indicator', 'warning', true, 'An indicator is used by no goal and no benefit.'),
  r('budget-outside-period', 'error', true, "A budget year lies outside the measure's period or its plan's period, or a Budget row outside its plan's period."),
  r('budget-year-duplicate', 'error', true, 'A measure, or a list of rows in a Budget, has two rows for the same year.'),
  r('budget-plan-duplicate', 'error', true, 'Two Budgets (økonomiplans) for one plan.'),
  r('budget-missing-year', 'error', true, 'A plan year has no operating or no investment row in the Budget.'),
  r('budget-measure-without-unit', 'error', true, "A measure of a Budget's plan has an operating budget but no responsible unit, so it is in no frame."),
  r('budget-unbalanced', 'error', true, 'A year of the økonomiplan does not balance: the net operating result is not fully disposed (carriedForward ≠ 0).'),
  r('budget-investment-unbalanced', 'error', true, "A year's investments are not exactly financed (investmentUncovered ≠ 0)."),
  r('budget-transfer-mismatch', 'error', true, "The operating budget's transfer to investment differs from the investment budget's transfer from operating."),
  r('budget-financial-target', 'warning', true, 'A plan year misses a financial target of the Budget, or lacks the figures to check it.'),
  r('indicator-years-order', 'error', true, "An indicator's targets or actuals are out of year order or repeat a year."),
  r('indicator-thresholds-order', 'error', true, "An indicator's målekart thresholds contradict its direction (desired worse than lowest)."),
  r('materiality-score-outside-scale', 'error', true, 'A significance or influence score lies outside the assessment scale.'),
  r('period-reversed', 'error', true, 'A period ends before it starts.'),
  r('event-date-and-month', 'error', true, 'A calendar event has both a date (one-off) and a month (yearly).'),
  r('event-without-date', 'error', true, 'A calendar event has neither a date nor a month.'),
  r('event-impossible-date', 'error', true, 'A yearly calendar event is on a day its month never has (30 February, 31 April).'),
  r('event-end-before-date', 'error', true, 'A one-off calendar event ends before it starts.'),
  r('event-council-year-without-election-year', 'warning', true, 'A calendar event has a councilYear, but the Workspace has no firstElectionYear to count council periods from.'),
  // StatusReport: tertialrapport and årsberetning (loop, issue 16).
  r('report-plan-period-duplicate', 'error', true, 'Two StatusReports of one plan for the same period (tertial or year).'),
  r('report-entry-duplicate', 'error', true, 'A StatusReport lists one unit, measure or benefit twice.'),
  r('report-period-mismatch', 'error', true, "A StatusReport's period does not fit: a tertial report without a tertial, an annual one with one, or a year outside the plan."),
  r('report-as-of-outside-period', 'error', true, "A StatusReport's asOf lies outside the tertial or year it reports on."),
  r('report-outside-plan', 'error', true, "A StatusReport names a measure or benefit of another plan, or a unit without a frame in the plan's Budget that year."),
  r('report-annual-section-missing', 'error', true, 'An årsberetning leaves out a topic kommuneloven § 14-7 requires (finances, deviations, goals, ethics, equality, activityDuty).'),
  r('report-measure-missing', 'warning', true, 'An ongoing or planned measure of the plan, running in the year, is not in the StatusReport.'),
  r('report-deviation-without-comment', 'warning', true, "A unit's forecast differs from its frame by more than 1 % and has no comment."),
  // Templates of `plan report` (checked before rendering, and while it renders).
  r('template/syntax', 'error', false, 'A report template or partial cannot be parsed.'),
  r('template/unknown-helper', 'error', false, 'A report template calls a helper that does not exist.'),
  r('template/missing-partial', 'error', false, 'A report template includes a partial that does not exist.'),
  r('template/runtime', 'error', false, 'A helper of a report template failed while rendering.'),
  r('template/work-limit', 'error', false, 'A report template does more work than any report needs (loops inside loops, partials that multiply); rendering stopped.'),
];

export const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((x) => [x.id, x]));

/** Schema rule ids follow ajv keywords; kebab-case them the way RULES names them. */
export function schemaRuleId(keyword: string): string {
  return `schema/${keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
