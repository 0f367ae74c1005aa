import type { EditProblem } from './edit-actuals.js';
import { editFile, type DocumentEdit } from './edit-file.js';
import type { TableData } from './fetch-table.js';
import { readYears, resolveSelection, type MatchProblem, type SkippedYear, type SsbSource } from './match.js';
import { mergeActuals, type Actual, type ActualStatus, type YearChange } from './merge-actuals.js';

/** An Indicator document with `source.ssb`, as the import needs it. */
export interface IndicatorInput {
  id: string;
  /** Path relative to the repository root, with `/`. */
  file: string;
  /** The document's index in its file. */
  index: number;
  source: SsbSource;
  actuals: Actual[];
  retrieved?: string;
}

export interface ImportOptions {
  /** Workspace.municipalityNumber: the region of an indicator that names none. */
  defaultRegion?: string;
  /** --status: the status of every imported value. */
  status?: ActualStatus;
  /** Today (YYYY-MM-DD), for `source.retrieved` when the dataset has no update date. */
  today: string;
}

/** What the import did, or would do, to one indicator. */
export interface IndicatorReport {
  id: string;
  file: string;
  table: string;
  added: YearChange[];
  changed: YearChange[];
  unchanged: number[];
  skipped: SkippedYear[];
  /** The new `source.retrieved`, when it changes. */
  retrieved?: string;
  /** Why the indicator could not be imported; empty when it was. */
  problems: (MatchProblem | EditProblem)[];
}

export interface ImportOutcome {
  reports: IndicatorReport[];
  /** The files to write, with their new text; only files that change. */
  files: { path: string; text: string }[];
}

/**
 * Imports tables into indicators, without touching the disk: matches every
 * indicator whose `source.ssb.table` is one of `tables` with its cube, merges the
 * values into its actuals and edits the text of its file in place. `texts` holds
 * the text of every file with such an indicator. Indicators of other tables are
 * left alone.
 */
export function importSsb(indicators: readonly IndicatorInput[], tables: ReadonlyMap<string, TableData>, texts: ReadonlyMap<string, string>, options: ImportOptions): ImportOutcome {
  const reports: IndicatorReport[] = [];
  const edits = new Map<string, { edit: DocumentEdit; report: IndicatorReport }[]>();
  for (const ind of indicators) {
    const table = tables.get(ind.source.table);
    if (!table) continue;
    const cube = table.data;
    const report: IndicatorReport = { id: ind.id, file: ind.file, table: ind.source.table, added: [], changed: [], unchanged: [], skipped: [], problems: [] };
    reports.push(report);
    // Categories are chosen from the metadata when the data was fetched: it lists every one.
    const resolved = resolveSelection(table.metadata ?? cube, ind.source, options.defaultRegion);
    if (!resolved.ok) {
      report.problems.push(...resolved.problems);
      continue;
    }
    const { values, skipped } = readYears(cube, resolved.selection);
    const plan = mergeActuals(ind.actuals, values, options.status);
    Object.assign(report, { added: plan.added, changed: plan.changed, unchanged: plan.unchanged, skipped });
    const changes = plan.updates.length > 0 || plan.inserts.length > 0;
    // Without an update date, today is the retrieval date, but only worth writing with new figures.
    const date = updatedDate(cube.updated) ?? (changes ? options.today : undefined);
    const retrieved = date !== undefined && date !== ind.retrieved ? date : undefined;
    if (retrieved) report.retrieved = retrieved;
    if (!changes && !retrieved) continue;
    const list = edits.get(ind.file) ?? [];
    list.push({ edit: { index: ind.index, plan, ...(retrieved && { retrieved }) }, report });
    edits.set(ind.file, list);
  }
  const files: ImportOutcome['files'] = [];
  for (const [path, list] of edits) {
    const original = texts.get(path);
    if (original === undefined) {
      for (const { report } of list) refuse(report, { code: 'not-editable', what: 'encoding' });
      continue;
    }
    const text = editWhatCan(original, list);
    if (text !== undefined) files.push({ path, text });
  }
  return { reports, files };
}

/**
 * Edits a file with every indicator's edit; an indicator whose edit is refused gets
 * the problem and is left out, and the others are tried again without it.
 */
function editWhatCan(text: string, list: { edit: DocumentEdit; report: IndicatorReport }[]): string | undefined {
  let pending = list;
  while (pending.length > 0) {
    const result = editFile(text, pending.map((p) => p.edit));
    if (result.ok) return result.text;
    const failed = pending.find((p) => p.edit.index === result.index) ?? pending[0]!;
    refuse(failed.report, result.problem);
    pending = pending.filter((p) => p !== failed);
  }
  return undefined;
}

/** Marks an indicator as not imported: its file is not edited for it. */
function refuse(report: IndicatorReport, problem: EditProblem): void {
  report.problems.push(problem);
  Object.assign(report, { added: [], changed: [], unchanged: [], skipped: [] });
  delete report.retrieved;
}

/**
 * The dataset's update date as a calendar date in Norway, where SSB publishes
 * ("2025-03-14T07:00:00Z" is the 14th); a plain date stays as it is.
 */
export function updatedDate(updated: string | undefined): string | undefined {
  if (updated === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(updated)) return Number.isNaN(Date.parse(updated)) ? undefined : updated;
  const time = Date.parse(updated);
  if (Number.isNaN(time)) return undefined;
  osloDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
  return osloDate.format(time);
}

/** en-CA writes dates as YYYY-MM-DD. */
let osloDate: Intl.DateTimeFormat | undefined;
